package dev.sessionkit.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.Secret;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.LogCapture;
import java.net.http.HttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientSafetyTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void refusesCredentialsOverPlainHttpToANonLoopbackHost() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TestClient.builder().baseUrl("http://sessions.example.com").apiKey("k").build());
    assertEquals("refusing to send credentials over plain http to sessions.example.com: use an https:// baseUrl,"
        + " or call allowInsecureHttp(true) if the network is trusted", e.getMessage());
    assertDoesNotThrow(() -> TestClient.builder().baseUrl("http://sessions.example.com").apiKey("k")
        .allowInsecureHttp(true).build());
    assertDoesNotThrow(() -> TestClient.builder().baseUrl("https://sessions.example.com").apiKey("k").build());
    assertDoesNotThrow(() -> TestClient.builder().baseUrl("http://sessions.example.com").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://localhost:8137", "http://127.0.0.1:1", "http://127.3.4.5", "http://[::1]:80",
      "http://api.localhost"})
  void plainHttpIsFineOnLoopback(String url) {
    assertDoesNotThrow(() -> TestClient.builder().baseUrl(url).apiKey("k").build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://host", "localhost:8000", "/relative", "http://user:pw@host", "http://h/?q=1", "http:// bad"})
  void refusesBaseUrlsThatAreNotPlainHttpUrls(String url) {
    assertThrows(IllegalArgumentException.class, () -> TestClient.builder().baseUrl(url));
  }

  @Test
  void aBaseUrlKeepsItsPathWithoutTheTrailingSlash() {
    assertEquals("http://localhost:8137/api/v1",
        TestClient.builder().baseUrl("http://localhost:8137/api/v1/").build().config.baseUrl().toString());
  }

  @Test
  void refusesAnHttpClientThatFollowsRedirectsWhenCredentialsAreSet() {
    HttpClient follows = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TestClient.builder().baseUrl(wm.baseUrl()).apiKey("k").httpClient(follows).build());
    assertTrue(e.getMessage().startsWith("the given httpClient follows redirects (NORMAL)"), e.getMessage());
    assertDoesNotThrow(() -> TestClient.builder().baseUrl(wm.baseUrl()).apiKey("k")
        .httpClient(HttpClient.newBuilder().build()).build());
  }

  @Test
  void usesTheHttpClientTheUserHandsIn() {
    wm.stubFor(get("/ok").willReturn(okJson("{}")));
    java.util.concurrent.atomic.AtomicInteger tasks = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool();
    try {
      HttpClient mine = HttpClient.newBuilder().executor(r -> {
        tasks.incrementAndGet();
        pool.execute(r);
      }).build();
      TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).httpClient(mine).build();
      c.transport.executeJson(ApiRequest.get("ok").build(), RequestOptions.none(), JsonNode.class);
      assertTrue(tasks.get() > 0, "the user's HttpClient (and its executor) did the exchange");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void refusesCarriageReturnsAndLineFeedsInEveryHeaderValue() {
    assertEquals("secret must not contain CR or LF",
        assertThrows(IllegalArgumentException.class, () -> Secret.of("abc\r\nX-Evil: 1")).getMessage());
    assertEquals("x-user-id must not contain CR, LF or NUL",
        assertThrows(IllegalArgumentException.class, () -> Credentials.header("x-user-id", "alice\nX: 1")).getMessage());
    assertEquals("header X-Trace must not contain CR, LF or NUL", assertThrows(IllegalArgumentException.class,
        () -> RequestOptions.builder().header("X-Trace", "a\rb")).getMessage());
    assertEquals("userAgent must not contain CR, LF or NUL", assertThrows(IllegalArgumentException.class,
        () -> TestClient.builder().userAgent("app\n")).getMessage());
    assertEquals("header X-Team must not contain CR, LF or NUL", assertThrows(IllegalArgumentException.class,
        () -> TestClient.builder().defaultHeader("X-Team", "a\nb")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().header("Bad Name", "v"));
    assertThrows(IllegalArgumentException.class, () -> Credentials.basic("us:er", Secret.of("pw")));
  }

  @Test
  void refusesHeaderValuesThatJavaNetHttpCannotSendWithoutQuotingThem() {
    // java.net.http would refuse them only when each request is built, quoting the value (the key).
    IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
        () -> Credentials.bearer(Secret.of("sk-live-\u200bSECRET")));
    assertEquals("token must not contain control characters or characters past U+00FF (java.net.http cannot send"
        + " them in a header); found U+200B at index 8", key.getMessage());
    assertEquals("x-user-id must not contain control characters or characters past U+00FF (java.net.http cannot"
        + " send them in a header); found U+674E at index 0", assertThrows(IllegalArgumentException.class,
        () -> Credentials.header("x-user-id", "李雷")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().header("X-Trace", "t\u0007"));
    assertThrows(IllegalArgumentException.class, () -> TestClient.builder().userAgent("app\u007f"));
    assertThrows(IllegalArgumentException.class, () -> TestClient.builder().defaultHeader("X-Team", "a\u001bb"));
    // Latin-1, tabs and spaces go through, as java.net.http sends them.
    Credentials.header("x-user-id", "José\tMaría");
    Credentials.basic("李雷", Secret.of("pässwörd-李"));
  }

  @Test
  void secretsNeverShowInToStringOrInTheDebugLog() {
    Secret secret = Secret.of("sk-live-TOPSECRET");
    assertEquals("****", secret.toString());
    assertEquals("Credentials[bearer]", Credentials.bearer(secret).toString());
    assertEquals("Credentials[basic]", Credentials.basic("bob", secret).toString());
    wm.stubFor(get("/ok").willReturn(okJson("{}")));
    wm.stubFor(get("/fail").willReturn(aResponse().withStatus(500).withBody("{\"detail\":\"boom\"}")));
    try (LogCapture log = new LogCapture()) {
      TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).apiKey("sk-live-TOPSECRET")
          .retryPolicy(RetryPolicy.builder().maxRetries(1).sleeper(d -> { }).build()).build();
      assertFalse(c.config.toString().contains("TOPSECRET"));
      c.transport.executeJson(ApiRequest.get("ok").build(),
          RequestOptions.builder().header("X-Api-Key", "per-call-TOPSECRET").build(), JsonNode.class);
      ApiException e = assertThrows(ApiException.class,
          () -> c.transport.executeJson(ApiRequest.get("fail").build(), RequestOptions.none(), JsonNode.class));
      assertFalse(e.getMessage().contains("TOPSECRET"));
      String text = log.text();
      assertTrue(text.contains("--> GET " + wm.baseUrl() + "/ok"), text);
      assertTrue(text.contains("Authorization=[****]"), text);
      assertTrue(text.contains("retrying GET"), text);
      assertFalse(text.contains("TOPSECRET"), text);
    }
    assertFalse(RequestOptions.builder().header("X-Api-Key", "per-call-TOPSECRET").build().toString().contains("TOPSECRET"));
  }
}
