package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.RequestOptions;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestFactoryTest {
  private final RequestFactory factory = new RequestFactory(TestClient.builder().baseUrl("http://127.0.0.1:9/v1")
      .apiKey("sk-1").defaultHeader("X-Team", "core").defaultHeader("X-Trace-Token", "t-1").build().config);

  private HttpRequest build(ApiRequest request, RequestOptions options, boolean sendCredentials) {
    return factory.build(request, factory.uri(request, options), options, Duration.ofSeconds(3), sendCredentials);
  }

  @Test
  void theUrlJoinsBaseEncodedSegmentsAndTheQuery() {
    ApiRequest request = ApiRequest.get("runs", "a/b").query("q", "x y").build();
    assertEquals(URI.create("http://127.0.0.1:9/v1/runs/a%2Fb?q=x%20y"), factory.uri(request, RequestOptions.none()));
  }

  @Test
  void aPerCallParameterReplacesTheRequestsOwnOfTheSameNameAndComesLast() {
    ApiRequest request = ApiRequest.get("runs").query("limit", 10).query("page", "p1").build();
    assertEquals(URI.create("http://127.0.0.1:9/v1/runs?page=p1&limit=5"),
        factory.uri(request, RequestOptions.builder().queryParam("limit", "5").build()));
  }

  @Test
  void standardHeadersCredentialsAndTheTimeoutAreSet() {
    HttpRequest r = build(ApiRequest.get("runs").build(), RequestOptions.none(), true);
    HttpHeaders h = r.headers();
    assertEquals("Bearer sk-1", h.firstValue("authorization").orElseThrow());
    assertEquals("application/json", h.firstValue("accept").orElseThrow());
    assertEquals("gzip", h.firstValue("accept-encoding").orElseThrow());
    assertTrue(h.firstValue("user-agent").orElseThrow().startsWith("SessionKit/"));
    assertEquals("core", h.firstValue("x-team").orElseThrow());
    assertEquals(Duration.ofSeconds(3), r.timeout().orElseThrow());
    assertEquals("GET", r.method());
  }

  @Test
  void laterHeadersReplaceEarlierOnesWhateverTheCaseOfTheirNames() {
    ApiRequest request = ApiRequest.get("runs").header("x-team", "request").build();
    assertEquals(List.of("request"), build(request, RequestOptions.none(), true).headers().allValues("X-Team"));
    RequestOptions options = RequestOptions.builder().header("X-TEAM", "call").build();
    assertEquals(List.of("call"), build(request, options, true).headers().allValues("X-Team"));
  }

  @Test
  void withoutCredentialsNoSensitiveHeaderIsSentButOthersAre() {
    RequestOptions options = RequestOptions.builder().header("Authorization", "Bearer other").build();
    HttpHeaders h = build(ApiRequest.get("runs").build(), options, false).headers();
    assertFalse(h.firstValue("authorization").isPresent());
    assertFalse(h.firstValue("x-trace-token").isPresent());
    assertEquals("core", h.firstValue("x-team").orElseThrow());
  }

  @Test
  void aBodyComesWithItsContentType() {
    ApiRequest request = ApiRequest.post("runs").jsonBody(java.util.Map.of("a", 1)).build();
    HttpRequest r = build(request, RequestOptions.none(), true);
    assertEquals("POST", r.method());
    assertEquals("application/json", r.headers().firstValue("content-type").orElseThrow());
    assertEquals(7L, r.bodyPublisher().orElseThrow().contentLength());
  }
}
