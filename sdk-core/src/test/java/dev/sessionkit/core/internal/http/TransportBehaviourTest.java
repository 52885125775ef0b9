package dev.sessionkit.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.ResponseTooLargeException;
import dev.sessionkit.core.errors.UnprocessableEntityException;
import dev.sessionkit.core.errors.ValidationError;
import dev.sessionkit.core.retry.RetryPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TransportBehaviourTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private TestClient client() {
    return TestClient.builder().baseUrl(wm.baseUrl()).retryPolicy(RetryPolicy.none()).apiKey("sk-live-SECRET").build();
  }

  private JsonNode call(TestClient c, ApiRequest request) {
    return c.transport.executeJson(request, RequestOptions.none(), JsonNode.class);
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void sendsTheStandardHeadersAndTheBearerToken() {
    wm.stubFor(get("/v/thing").willReturn(okJson("{}")));
    TestClient c = TestClient.builder().baseUrl(wm.baseUrl() + "/v/").apiKey("sk-1").userAgent("my-app/1.0")
        .defaultHeader("X-Team", "core").build();
    call(c, ApiRequest.get("thing").build());
    wm.verify(getRequestedFor(urlEqualTo("/v/thing"))
        .withHeader("Authorization", equalTo("Bearer sk-1"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("Accept-Encoding", equalTo("gzip"))
        .withHeader("X-Team", equalTo("core"))
        .withHeader("User-Agent", com.github.tomakehurst.wiremock.client.WireMock.matching(
            "my-app/1\\.0 SessionKit/\\S+ \\(test; Java \\d+\\)")));
  }

  @Test
  void decodesAGzipBody() throws IOException {
    wm.stubFor(get("/z").willReturn(aResponse().withHeader("Content-Type", "application/json")
        .withHeader("Content-Encoding", "gzip").withBody(gzip("{\"name\":\"zipped\"}"))));
    assertEquals("zipped", call(client(), ApiRequest.get("z").build()).get("name").asText());
  }

  @Test
  void aBodyOverTheCapIsAnErrorNotAnOutOfMemory() {
    String big = "{\"pad\":\"" + "x".repeat(5000) + "\"}";
    wm.stubFor(get("/big").willReturn(okJson(big)));
    TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).maxResponseBytes(2048).build();
    ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class, () -> call(c, ApiRequest.get("big").build()));
    assertEquals(2048, e.limit());
    assertTrue(e.getMessage().contains("larger than the 2048-byte cap"), e.getMessage());
  }

  /** A list of objects, as the vendors' listings are: Jackson wraps what the stream throws inside one. */
  private static final java.lang.reflect.Type LIST = new com.fasterxml.jackson.core.type.TypeReference<
      List<java.util.Map<String, Object>>>() {}.getType();

  @Test
  void aListingOverTheCapIsTooLargeNotMalformed() {
    String big = "[" + ("{\"pad\":\"" + "x".repeat(1000) + "\"},").repeat(10) + "{}]";
    wm.stubFor(get("/list").willReturn(okJson(big)));
    TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).maxResponseBytes(2048).build();
    assertThrows(ResponseTooLargeException.class,
        () -> c.transport.executeJson(ApiRequest.get("list").build(), RequestOptions.none(), LIST));
  }

  @Test
  void aListingThatStallsOrBreaksOffInsideItsItemsIsAnIoFailureAndRetried() throws Exception {
    byte[] listing = ("[{\"id\": \"a\", \"pad\": \"" + "x".repeat(2000) + "\"}, {\"id\": \"b\"}]")
        .getBytes(StandardCharsets.UTF_8);
    java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicBoolean stall = new java.util.concurrent.atomic.AtomicBoolean(true);
    // A raw socket server (java.base only): headers, the first 1000 bytes of the body, then a stall or a close.
    java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress());
    Thread accept = new Thread(() -> {
      while (!server.isClosed()) {
        java.net.Socket accepted;
        try {
          accepted = server.accept();
        } catch (IOException closed) {
          return;
        }
        // One thread per connection: a retry must not wait behind the stalled attempt.
        new Thread(() -> {
          try (java.net.Socket socket = accepted) {
            java.io.InputStream in = socket.getInputStream();
            for (int matched = 0; matched < 4; ) {
              int b = in.read();
              matched = b < 0 ? 4 : (b == (matched % 2 == 0 ? '\r' : '\n') ? matched + 1 : 0);
            }
            requests.incrementAndGet();
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + listing.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(listing, 0, 1000);
            out.flush();
            if (stall.get()) {
              Thread.sleep(1500);
            }
          } catch (IOException | InterruptedException e) {
            // the test is over, or the client gave up
          }
        }).start();
      }
    });
    accept.setDaemon(true);
    accept.start();
    try {
      TestClient c = TestClient.builder().baseUrl("http://127.0.0.1:" + server.getLocalPort())
          .timeout(java.time.Duration.ofMillis(300))
          .retryPolicy(RetryPolicy.builder().maxRetries(1).sleeper(d -> { }).build()).build();
      assertThrows(dev.sessionkit.core.errors.ApiTimeoutException.class,
          () -> c.transport.executeJson(ApiRequest.get("l").build(), RequestOptions.none(), LIST));
      assertEquals(2, requests.getAndSet(0), "retried");
      stall.set(false);
      dev.sessionkit.core.errors.ApiConnectionException cut = assertThrows(
          dev.sessionkit.core.errors.ApiConnectionException.class,
          () -> c.transport.executeJson(ApiRequest.get("l").build(), RequestOptions.none(), LIST));
      assertTrue(cut.getMessage().startsWith("connection failed while reading the response of GET"), cut.getMessage());
      assertEquals(2, requests.get(), "retried");
    } finally {
      server.close();
    }
  }

  @Test
  void theCapAppliesToTheDecodedSizeOfAGzipBomb() throws IOException {
    byte[] bomb = gzip("[" + "0,".repeat(200_000) + "0]");
    wm.stubFor(get("/bomb").willReturn(aResponse().withHeader("Content-Encoding", "gzip").withBody(bomb)));
    TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).maxResponseBytes(64 * 1024).build();
    assertThrows(ResponseTooLargeException.class, () -> call(c, ApiRequest.get("bomb").build()));
  }

  @Test
  void readsFastApiTextDetail() {
    wm.stubFor(get("/s/x").willReturn(aResponse().withStatus(404).withHeader("x-request-id", "req-42")
        .withBody("{\"detail\":\"Session not found: x\"}")));
    NotFoundException e = assertThrows(NotFoundException.class, () -> call(client(), ApiRequest.get("s", "x").build()));
    assertEquals("Session not found: x", e.detail().message());
    assertEquals("req-42", e.requestId().orElseThrow());
    assertEquals("{\"detail\":\"Session not found: x\"}", e.body());
    assertEquals("404 Not Found from GET /s/x: Session not found: x [request id req-42]", e.getMessage());
  }

  @Test
  void readsFastApiValidationErrors() {
    wm.stubFor(get("/s").willReturn(aResponse().withStatus(422).withBody("{\"detail\":[{\"loc\":[\"query\",\"limit\"],"
        + "\"msg\":\"Input should be less than or equal to 200\",\"type\":\"less_than_equal\",\"input\":\"500\","
        + "\"ctx\":{\"le\":200}}]}")));
    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> call(client(), ApiRequest.get("s").build()));
    ValidationError v = e.detail().validationErrors().get(0);
    assertEquals(List.of("query", "limit"), v.location());
    assertEquals("Input should be less than or equal to 200", v.message());
    assertEquals("less_than_equal", v.type().orElseThrow());
    assertEquals("500", v.input().orElseThrow().asText());
    assertEquals(200, v.context().orElseThrow().get("le").asInt());
    assertEquals("query.limit: Input should be less than or equal to 200", e.detail().message());
  }

  @Test
  void readsCodeAndMessageErrors() {
    wm.stubFor(get("/r").willReturn(aResponse().withStatus(400)
        .withBody("{\"code\":\"invalid_sort\",\"message\":\"sort_by must be one of id, created_at\"}")));
    ApiException e = assertThrows(ApiException.class, () -> call(client(), ApiRequest.get("r").build()));
    assertEquals("invalid_sort", e.detail().code().orElseThrow());
    assertEquals("sort_by must be one of id, created_at", e.detail().message());
    assertEquals("400 Bad Request from GET /r: sort_by must be one of id, created_at (code invalid_sort)", e.getMessage());
  }

  @Test
  void anErrorBodyThatIsNotJsonKeepsTheBodyAndUsesTheReasonPhrase() {
    wm.stubFor(get("/p").willReturn(aResponse().withStatus(502).withBody("<html>bad gateway</html>")));
    ApiException e = assertThrows(ApiException.class, () -> call(client(), ApiRequest.get("p").build()));
    assertEquals("Bad Gateway", e.detail().message());
    assertEquals("<html>bad gateway</html>", e.body());
  }

  @Test
  void malformedJsonIsAResponseParseExceptionWithStatusTypeAndExcerpt() {
    wm.stubFor(get("/m").willReturn(aResponse().withHeader("Content-Type", "text/html").withBody("<html>oops</html>")));
    ResponseParseException e = assertThrows(ResponseParseException.class, () -> call(client(), ApiRequest.get("m").build()));
    assertEquals(200, e.statusCode());
    assertEquals("text/html", e.contentType().orElseThrow());
    assertTrue(e.getMessage().startsWith("could not read the response of GET http://localhost:"), e.getMessage());
    assertTrue(e.getMessage().contains("(status 200, content type text/html)"), e.getMessage());
    assertTrue(e.getMessage().endsWith("the body starts: <html>oops</html>"), e.getMessage());
  }

  @Test
  void aBodyOfJsonNullIsAParseErrorNotANullResult() {
    wm.stubFor(get("/n").willReturn(okJson("null")));
    ResponseParseException e = assertThrows(ResponseParseException.class,
        () -> client().transport.executeJson(ApiRequest.get("n").build(), RequestOptions.none(), java.util.Map.class));
    assertTrue(e.getMessage().contains("(status 200, content type application/json): the body is JSON null where a"
        + " Map was expected; the body starts: null"), e.getMessage());
  }

  @Test
  void truncatedAndTrailingGarbageJsonAreParseErrors() {
    wm.stubFor(get("/t").willReturn(okJson("{\"a\":[1,2")));
    assertThrows(ResponseParseException.class, () -> call(client(), ApiRequest.get("t").build()));
    wm.stubFor(get("/g").willReturn(okJson("{\"a\":1} trailing")));
    assertThrows(ResponseParseException.class, () -> call(client(), ApiRequest.get("g").build()));
  }

  @Test
  void pathSegmentsArePercentEncodedWhole() {
    wm.stubFor(get(urlEqualTo("/runs/a%2Fb/x%20y/%2E%2E/caf%C3%A9%3Fq%23f")).willReturn(okJson("{}")));
    call(client(), ApiRequest.get("runs", "a/b", "x y", "..", "café?q#f").build());
    wm.verify(getRequestedFor(urlEqualTo("/runs/a%2Fb/x%20y/%2E%2E/caf%C3%A9%3Fq%23f")));
  }

  @Test
  void queryValuesAreEncodedAndPerCallParametersAdded() {
    wm.stubFor(get(urlPathEqualTo("/q")).willReturn(okJson("{}")));
    RequestOptions opts = RequestOptions.builder().queryParam("extra", "1&2").header("X-Call", "c").build();
    client().transport.executeJson(ApiRequest.get("q").query("statuses", "running,failed").query("none", null)
        .query("t", "2026-05-01T00:00:00+02:00").build(), opts, JsonNode.class);
    wm.verify(getRequestedFor(urlEqualTo("/q?statuses=running%2Cfailed&t=2026-05-01T00%3A00%3A00%2B02%3A00&extra=1%262"))
        .withHeader("X-Call", equalTo("c")));
  }

  @Test
  void aPerCallParameterReplacesTheSdksOfTheSameName() {
    wm.stubFor(get(urlPathEqualTo("/q")).willReturn(okJson("{}")));
    client().transport.executeJson(ApiRequest.get("q").query("limit", 50).query("status", "x").build(),
        RequestOptions.builder().queryParam("limit", "5").build(), JsonNode.class);
    wm.verify(getRequestedFor(urlEqualTo("/q?status=x&limit=5")));
  }

  @Test
  void aSameOriginRedirectKeepsCredentials() {
    wm.stubFor(get("/old").willReturn(aResponse().withStatus(301).withHeader("Location", "/new")));
    wm.stubFor(get("/new").willReturn(okJson("{\"moved\":true}")));
    assertTrue(call(client(), ApiRequest.get("old").build()).get("moved").asBoolean());
    wm.verify(getRequestedFor(urlEqualTo("/new")).withHeader("Authorization", equalTo("Bearer sk-live-SECRET")));
  }

  @Test
  void aRedirectToAnotherOriginDropsCredentials() {
    wm.stubFor(get("/away").willReturn(aResponse().withStatus(302).withHeader("Location", other.baseUrl() + "/landing")));
    other.stubFor(get("/landing").willReturn(okJson("{\"there\":true}")));
    TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).apiKey("sk-live-SECRET")
        .defaultHeader("X-Api-Key", "k2").build();
    assertTrue(call(c, ApiRequest.get("away").build()).get("there").asBoolean());
    other.verify(getRequestedFor(urlEqualTo("/landing")).withHeader("Authorization", absent())
        .withHeader("X-Api-Key", absent()));
  }

  @Test
  void aRedirectLoopEnds() {
    wm.stubFor(get("/loop").willReturn(aResponse().withStatus(307).withHeader("Location", "/loop")));
    assertTrue(assertThrows(dev.sessionkit.core.errors.ApiConnectionException.class,
        () -> call(client(), ApiRequest.get("loop").build())).getMessage().startsWith("more than 5 redirects"));
  }

  @Test
  void credentialsThatTheServerEchoesBackAreRedactedFromTheException() {
    wm.stubFor(get("/echo").willReturn(aResponse().withStatus(401)
        .withBody("{\"detail\":\"invalid: Bearer sk-live-SECRET (key sk-live-SECRET)\"}")));
    ApiException e = assertThrows(ApiException.class, () -> call(client(), ApiRequest.get("echo").build()));
    assertEquals("401 Unauthorized from GET /echo: invalid: **** (key ****)", e.getMessage());
    assertEquals("{\"detail\":\"invalid: **** (key ****)\"}", e.body());

    wm.stubFor(get("/page").willReturn(aResponse().withHeader("Content-Type", "text/html")
        .withBody("<p>Authorization: Basic " + java.util.Base64.getEncoder().encodeToString(
            "admin:pa55word".getBytes(StandardCharsets.UTF_8)) + " password pa55word</p>")));
    TestClient basic = TestClient.builder().baseUrl(wm.baseUrl()).retryPolicy(RetryPolicy.none())
        .basic("admin", "pa55word").build();
    ResponseParseException parse = assertThrows(ResponseParseException.class,
        () -> call(basic, ApiRequest.get("page").build()));
    assertTrue(parse.getMessage().endsWith("the body starts: <p>Authorization: **** password ****</p>"),
        parse.getMessage());
  }

  @Test
  void noExceptionMessageCarriesTheSecret() {
    wm.stubFor(get("/e").willReturn(aResponse().withStatus(401).withBody("{\"detail\":\"bad token\"}")));
    ApiException e = assertThrows(ApiException.class, () -> call(client(), ApiRequest.get("e").build()));
    assertFalse(e.getMessage().contains("SECRET"));
    assertFalse(e.toString().contains("SECRET"));
    assertInstanceOf(dev.sessionkit.core.errors.AuthenticationException.class, e);
  }

  @Test
  void theCallsObserversSeeEachSuccessfulResponseOnceAfterItsBodyWasRead() throws IOException {
    wm.stubFor(get("/seen").willReturn(okJson("{\"a\":1}").withHeader("X-Request-Id", "req_77")));
    wm.stubFor(get("/broken").willReturn(okJson("{\"a\":")));
    wm.stubFor(get("/events").willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/event-stream")
        .withHeader("X-Request-Id", "req_sse").withBody("data: {}\n\n")));
    java.util.List<dev.sessionkit.core.ResponseInfo> seen = new java.util.ArrayList<>();
    RequestOptions observed = RequestOptions.builder().onResponse(seen::add).build();
    TestClient c = client();

    c.transport.executeJson(ApiRequest.get("seen").build(), observed, JsonNode.class);
    assertEquals(1, seen.size());
    assertEquals(200, seen.get(0).statusCode());
    assertEquals("req_77", seen.get(0).requestId().orElseThrow());

    // A body that cannot be read is a failed call: no response is handed out for it.
    assertThrows(ResponseParseException.class,
        () -> c.transport.executeJson(ApiRequest.get("broken").build(), observed, JsonNode.class));
    assertEquals(1, seen.size());

    // A stream is observed when it opens.
    try (java.io.InputStream events = c.transport.openStream(ApiRequest.get("events").build(), observed)) {
      assertEquals("req_sse", seen.get(1).requestId().orElseThrow());
      assertEquals('d', events.read(), "the body is still there to read");
    }
  }

  @Test
  void anObserverThatThrowsFailsTheCallWithItsOwnException() {
    wm.stubFor(get("/seen").willReturn(okJson("{}")));
    RequestOptions failing = RequestOptions.builder().onResponse(r -> {
      throw new IllegalStateException("observer broke");
    }).build();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> client().transport.executeJson(ApiRequest.get("seen").build(), failing, JsonNode.class));
    assertEquals("observer broke", e.getMessage());
    assertEquals(1, wm.findAll(getRequestedFor(urlEqualTo("/seen"))).size(), "not retried");
  }
}
