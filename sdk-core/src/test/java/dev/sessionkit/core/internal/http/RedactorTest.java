package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.Secret;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactorTest {
  @Test
  void aBearerTokenIsHiddenWithAndWithoutItsScheme() {
    Redactor r = new Redactor(Credentials.bearer(Secret.of("sk-live-SECRET")));
    assertEquals("got **** and ****", r.text("got Bearer sk-live-SECRET and sk-live-SECRET"));
  }

  @Test
  void aBasicPasswordIsHiddenAloneAndInsideItsHeaderValue() {
    Redactor r = new Redactor(Credentials.basic("ann", Secret.of("hunter22")));
    String header = "Basic " + java.util.Base64.getEncoder().encodeToString("ann:hunter22".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("**** / user ann, password ****", r.text(header + " / user ann, password hunter22"));
  }

  @Test
  void secretsShorterThanFourCharactersAreLeftAloneRatherThanGarblingEveryMessage() {
    Redactor r = new Redactor(Credentials.bearer(Secret.of("abc")));
    assertEquals("**** but abc stays", r.text("Bearer abc but abc stays"));
  }

  @Test
  void withoutCredentialsTextIsUnchanged() {
    assertEquals("Bearer x-token", new Redactor(Credentials.none()).text("Bearer x-token"));
  }

  @Test
  void sensitiveHeadersAreMaskedAndOthersKeptInOrder() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("Accept", List.of("application/json"));
    headers.put("authorization", List.of("Bearer sk-live-SECRET"));
    headers.put("X-Api-Key", List.of("k"));
    headers.put("Cookie", List.of("a=b"));
    Map<String, List<String>> shown = new Redactor(Credentials.bearer(Secret.of("sk-live-SECRET"))).headers(headers);
    assertEquals(List.of("Accept", "authorization", "X-Api-Key", "Cookie"), List.copyOf(shown.keySet()));
    assertEquals(List.of("application/json"), shown.get("Accept"));
    assertEquals(List.of("****"), shown.get("authorization"));
    assertEquals(List.of("****"), shown.get("X-Api-Key"));
    assertEquals(List.of("****"), shown.get("Cookie"));
  }
}
