package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.SessionKitException;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RedirectsTest {
  private static final URI FROM = URI.create("https://api.example.com/v1/runs?page=2");

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void theseStatusesRedirect(int status) {
    assertTrue(Redirects.isRedirect(status));
  }

  @ParameterizedTest
  @ValueSource(ints = {200, 300, 304, 305, 306, 400})
  void theseDoNot(int status) {
    assertFalse(Redirects.isRedirect(status));
  }

  @Test
  void aRelativeLocationResolvesAgainstTheRequest() {
    assertEquals(URI.create("https://api.example.com/v2/runs"),
        Redirects.target("GET", FROM, 301, Optional.of(" /v2/runs "), 0));
  }

  @Test
  void aRedirectWithoutLocationIsAConnectionFailure() {
    ApiConnectionException e = assertThrows(ApiConnectionException.class,
        () -> Redirects.target("GET", FROM, 302, Optional.empty(), 0));
    assertEquals("302 redirect without a Location header: GET https://api.example.com/v1/runs", e.getMessage());
  }

  @Test
  void aPostIsNeverReplayedElsewhere() {
    SessionKitException e = assertThrows(SessionKitException.class,
        () -> Redirects.target("POST", FROM, 307, Optional.of("/x"), 0));
    assertEquals("the server redirected POST https://api.example.com/v1/runs (status 307); SessionKit does not"
        + " replay a POST to another location", e.getMessage());
  }

  @Test
  void theSixthRedirectIsRefused() {
    assertEquals(URI.create("https://api.example.com/x"), Redirects.target("GET", FROM, 302, Optional.of("/x"), 4));
    ApiConnectionException e = assertThrows(ApiConnectionException.class,
        () -> Redirects.target("GET", FROM, 302, Optional.of("/x"), 5));
    assertEquals("more than 5 redirects: GET https://api.example.com/v1/runs", e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://api.example.com/x", "file:///etc/passwd", "mailto:a@b.c"})
  void aNonHttpLocationIsRefused(String location) {
    assertThrows(ApiConnectionException.class, () -> Redirects.target("GET", FROM, 302, Optional.of(location), 0));
  }

  @ParameterizedTest
  @CsvSource({
      "https://api.example.com/a, https://API.example.com:443/b, true",
      "http://127.0.0.1:8080/a, http://127.0.0.1:8080/b, true",
      "https://api.example.com/a, https://evil.example.com/a, false",
      "https://api.example.com/a, https://api.example.com:8443/a, false",
      "https://api.example.com/a, http://api.example.com/a, false",
      "http://127.0.0.1/a, https://127.0.0.1/a, false"})
  void credentialsFollowOnlyWithinTheOriginAndNeverDownToPlainHttp(String from, String to, boolean keeps) {
    assertEquals(keeps, Redirects.keepsCredentials(URI.create(from), URI.create(to)));
  }
}
