package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.timbal.sessions.ComposeSessionDetail;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bugs the reliability tests found in the SDK modules, each fixed in its module since and kept here as a
 * regression test. A new bug found here gets a test in this class, disabled with the bug it shows until its
 * module is fixed.
 */
@ExtendWith(SecretsNeverLogged.class)
class KnownBugsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /**
   * Found here, fixed in sdk-core since ({@code TokenUsage.reported()}); kept as a regression test. A server's
   * -1 cache-creation count parses as -1, and {@code toSessionUsage()} reads it as 0 instead of throwing, the
   * other three counts as the server sent them.
   */
  @Test
  void aNegativeTokenCountDoesNotMakeToSessionUsageThrow() {
    String timbalBody = Endpoints.TIMBAL_COMPOSE_GET.body();
    String timbalEdited = withNegativeCacheCreation(timbalBody, "\"cache_creation_tokens\": 18432");
    wm.stubFor(Endpoints.TIMBAL_COMPOSE_GET.stub().willReturn(okJson(timbalEdited)));
    ComposeSessionDetail compose = (ComposeSessionDetail) Endpoints.TIMBAL_COMPOSE_GET.invoke(Clients.at(wm.baseUrl()));
    assertEquals(Optional.of(-1L), compose.cacheCreationTokens(), "the edit reached the parsed model");
    TokenUsage timbal = assertDoesNotThrow(compose::toSessionUsage).tokens();
    assertEquals(TokenUsage.builder().input(40211).output(9312).cacheCreation(0).cacheRead(250113).build(), timbal);
    Exercise.everything(compose);

    String synBody = Endpoints.SYN_GET.body();
    String synEdited = withNegativeCacheCreation(synBody, "\"cache_creation_tokens\": 4096");
    wm.stubFor(Endpoints.SYN_GET.stub().willReturn(okJson(synEdited)));
    SessionDetail detail = (SessionDetail) Endpoints.SYN_GET.invoke(Clients.at(wm.baseUrl()));
    assertEquals(-1L, detail.cacheCreationTokens(), "the edit reached the parsed model");
    TokenUsage syntropic = assertDoesNotThrow(detail::toSessionUsage).tokens();
    assertEquals(TokenUsage.builder().input(120433).output(18210).cacheCreation(0).cacheRead(88123).build(), syntropic);
    Exercise.everything(detail);
  }

  /** {@code body} with its one {@code count} set to -1; fails if the fixture no longer holds that count once. */
  private static String withNegativeCacheCreation(String body, String count) {
    assertEquals(1, body.split(java.util.regex.Pattern.quote(count), -1).length - 1,
        () -> "the fixture holds " + count + " exactly once");
    return body.replace(count, "\"cache_creation_tokens\": -1");
  }

  /** Found here, fixed in sdk-core since (a null list element is a parse error); kept as a regression test. */
  @Test
  void aNullItemInAPageIsAResponseParseExceptionNotANullPointerException() {
    for (Endpoint e : new Endpoint[] {Endpoints.TIMBAL_RUNS_LIST, Endpoints.TIMBAL_REACTIONS_LIST,
        Endpoints.AGENTS_MESSAGES, Endpoints.SYN_LIST}) {
      wm.stubFor(e.stub().willReturn(okJson(e.body().replaceFirst("\\[\\s*\\{", "[null, {"))));
      assertThrows(ResponseParseException.class, () -> e.invoke(Clients.at(wm.baseUrl())), e.name());
    }
  }

  /**
   * Found here, fixed in sdk-core since (a root-level list, Timbal's bare-array compose listing, is checked for
   * null elements like a list property); kept as a regression test.
   */
  @Test
  void aNullItemInTheComposeListingIsAResponseParseException() {
    Endpoint e = Endpoints.TIMBAL_COMPOSE_LIST;
    wm.stubFor(e.stub().willReturn(okJson("[null, " + JsonMutation.parse(e.body()).get(0) + "]")));
    assertThrows(ResponseParseException.class, () -> e.invoke(Clients.at(wm.baseUrl())));
  }

  /** Found here, fixed in sdk-core and sdk-timbal since; kept as a regression test. */
  @Test
  void aBodyOfJsonNullIsAResponseParseException() {
    for (Endpoint e : Endpoints.parsing()) {
      if (e.path().startsWith("/timbal/") && e != Endpoints.TIMBAL_COMPOSE_LIST) {
        wm.stubFor(e.stub().willReturn(okJson("null")));
        assertThrows(ResponseParseException.class,
            () -> e.invoke(Clients.at(wm.baseUrl())), e.name());
      }
    }
  }
}
