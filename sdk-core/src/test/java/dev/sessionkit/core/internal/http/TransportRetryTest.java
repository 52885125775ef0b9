package dev.sessionkit.core.internal.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.ApiTimeoutException;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.retry.BackoffStrategy;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TransportRetryTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

  private TestClient client(int maxRetries) {
    RetryPolicy policy = RetryPolicy.builder()
        .maxRetries(maxRetries)
        // random() = 0 means no jitter: the waits are exactly 0.5 s, 1 s, 2 s, …
        .backoff(BackoffStrategy.exponentialWithJitter(Duration.ofMillis(500), Duration.ofSeconds(8), () -> 0.0))
        .sleeper(sleeper)
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
    return TestClient.builder().baseUrl(wm.baseUrl()).retryPolicy(policy).timeout(Duration.ofSeconds(5)).build();
  }

  private JsonNode getThing(TestClient c) {
    return c.transport.executeJson(ApiRequest.get("thing").build(), RequestOptions.none(), JsonNode.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {408, 429, 500, 502, 503, 504})
  void retriesRetryableStatusesUpToMaxRetriesThenThrows(int status) {
    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(status).withBody("{\"detail\":\"busy\"}")));
    ApiException e = assertThrows(ApiException.class, () -> getThing(client(2)));
    assertEquals(status, e.statusCode());
    wm.verify(3, getRequestedFor(urlPathEqualTo("/thing")));
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.sleeps());
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 410, 422})
  void neverRetriesOtherStatuses(int status) {
    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(status).withBody("{\"detail\":\"no\"}")));
    ApiException e = assertThrows(ApiException.class, () -> getThing(client(3)));
    assertEquals(status, e.statusCode());
    wm.verify(1, getRequestedFor(urlPathEqualTo("/thing")));
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void conflictIsNeverRetriedEvenWhenThePolicyIsAskedTo() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RetryPolicy.builder().retryableStatuses(java.util.Set.of(409, 503)));
    assertEquals("409 Conflict is never retried", e.getMessage());
    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(409).withBody("{\"detail\":\"ambiguous\"}")));
    assertInstanceOf(ConflictException.class, assertThrows(ApiException.class, () -> getThing(client(2))));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/thing")));
  }

  @Test
  void succeedsWhenARetryWorks() {
    wm.stubFor(get("/thing").inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(get("/thing").inScenario("flaky").whenScenarioStateIs("ok").willReturn(okJson("{\"n\":1}")));
    assertEquals(1, getThing(client(2)).get("n").asInt());
    wm.verify(2, getRequestedFor(urlPathEqualTo("/thing")));
  }

  @Test
  void honoursRetryAfterSeconds() {
    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
    RateLimitException e = assertThrows(RateLimitException.class, () -> getThing(client(1)));
    assertEquals(Duration.ofSeconds(7), e.retryAfter().orElseThrow());
    assertEquals(List.of(Duration.ofSeconds(7)), sleeper.sleeps());
  }

  @Test
  void honoursRetryAfterAsAnHttpDate() {
    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(503)
        .withHeader("Retry-After", "Mon, 23 Nov 2026 10:00:12 GMT")));
    assertThrows(InternalServerException.class, () -> getThing(client(1)));
    assertEquals(List.of(Duration.ofSeconds(12)), sleeper.sleeps());
  }

  @Test
  void prefersRetryAfterMsAndCapsLongWaitsAtSixtySeconds() {
    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(429)
        .withHeader("retry-after-ms", "1500").withHeader("Retry-After", "3")));
    assertThrows(RateLimitException.class, () -> getThing(client(1)));
    assertEquals(List.of(Duration.ofMillis(1500)), sleeper.sleeps());

    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
    assertThrows(RateLimitException.class, () -> getThing(client(1)));
    assertEquals(Duration.ofSeconds(60), sleeper.sleeps().get(1));
  }

  @Test
  void aPostIsNeverReplayed() {
    wm.stubFor(post("/thing").willReturn(aResponse().withStatus(503)));
    assertThrows(InternalServerException.class, () -> client(3).transport.executeJson(
        ApiRequest.post("thing").jsonBody(java.util.Map.of("a", 1)).build(), RequestOptions.none(), JsonNode.class));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/thing")));

    wm.stubFor(post("/reset").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThrows(ApiConnectionException.class, () -> client(3).transport.executeJson(
        ApiRequest.post("reset").build(), RequestOptions.none(), JsonNode.class));
    wm.verify(1, postRequestedFor(urlPathEqualTo("/reset")));
  }

  @Test
  void connectionResetsEndInApiConnectionExceptionAfterTheConfiguredAttempts() {
    wm.stubFor(get("/thing").willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    List<Integer> attempts = Collections.synchronizedList(new ArrayList<>());
    RetryPolicy policy = RetryPolicy.builder().maxRetries(2).sleeper(sleeper).build();
    TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).retryPolicy(policy)
        .listener(new RequestListener() {
          @Override
          public void requestSent(RequestInfo r) {
            attempts.add(r.attempt());
          }
        }).build();
    ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> getThing(c));
    assertTrue(e.getMessage().startsWith("connection failed: GET http://localhost:"), e.getMessage());
    // Three attempts of ours. (java.net.http itself re-sends a GET once when a connection dies before
    // the response, so the server may count up to six: that retry is the JDK's, below ours.)
    assertEquals(List.of(1, 2, 3), attempts);
    assertEquals(2, sleeper.sleeps().size());
  }

  @Test
  void aSlowResponseEndsInApiTimeoutExceptionAfterTheConfiguredAttempts() {
    wm.stubFor(get("/thing").willReturn(okJson("{}").withFixedDelay(2_000)));
    RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(200)).maxRetries(1).build();
    ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
        () -> client(5).transport.executeJson(ApiRequest.get("thing").build(), fast, JsonNode.class));
    assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    wm.verify(2, getRequestedFor(urlPathEqualTo("/thing")));
  }

  @Test
  void aBodyThatStallsMidStreamEndsInApiTimeoutException() {
    // 10 chunks over 20 s: the headers come with the first chunk after ~2 s, then the body stalls past
    // the 3 s timeout, which covers the whole exchange and not only the wait for the headers.
    wm.stubFor(get("/thing").willReturn(okJson("{\"items\":[1,2,3,4,5,6,7,8,9,10,11,12]}")
        .withChunkedDribbleDelay(10, 20_000)));
    RequestOptions fast = RequestOptions.builder().timeout(Duration.ofMillis(3_000)).maxRetries(0).build();
    ApiTimeoutException e = assertThrows(ApiTimeoutException.class,
        () -> client(0).transport.executeJson(ApiRequest.get("thing").build(), fast, JsonNode.class));
    assertTrue(e.getMessage().contains("while reading the response"), e.getMessage());
  }

  @Test
  void theListenerSeesEveryAttemptRetryAndTheFailure() {
    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(500)));
    List<String> events = Collections.synchronizedList(new ArrayList<>());
    RequestListener listener = new RequestListener() {
      @Override
      public void requestSent(RequestInfo r) {
        events.add("sent " + r.attempt());
      }

      @Override
      public void responseReceived(RequestInfo r, int status, Duration elapsed) {
        events.add("received " + r.attempt() + " " + status);
      }

      @Override
      public void retryScheduled(RequestInfo r, Duration delay, SessionKitException cause) {
        events.add("retry " + r.attempt() + " in " + delay.toMillis());
      }

      @Override
      public void requestFailed(RequestInfo r, Duration elapsed, SessionKitException error) {
        events.add("failed " + r.attempt() + " " + error.getClass().getSimpleName());
      }
    };
    RetryPolicy policy = RetryPolicy.builder().maxRetries(1).sleeper(sleeper)
        .backoff(BackoffStrategy.fixed(Duration.ofMillis(10))).build();
    TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).retryPolicy(policy).listener(listener).build();
    assertThrows(InternalServerException.class, () -> getThing(c));
    assertEquals(List.of("sent 1", "received 1 500", "retry 1 in 10", "sent 2", "received 2 500",
        "failed 2 InternalServerException"), events);
  }

  @Test
  void aThrowingListenerDoesNotBreakTheCall() {
    wm.stubFor(get("/thing").willReturn(okJson("{\"ok\":true}")));
    RequestListener bad = new RequestListener() {
      @Override
      public void requestSent(RequestInfo request) {
        throw new IllegalStateException("listener bug");
      }
    };
    TestClient c = TestClient.builder().baseUrl(wm.baseUrl()).listener(bad).build();
    assertTrue(getThing(c).get("ok").asBoolean());
  }

  @Test
  void perCallMaxRetriesOverridesTheClient() {
    wm.stubFor(get("/thing").willReturn(aResponse().withStatus(502)));
    RequestOptions none = RequestOptions.builder().maxRetries(0).build();
    assertThrows(InternalServerException.class,
        () -> client(4).transport.executeJson(ApiRequest.get("thing").build(), none, JsonNode.class));
    wm.verify(1, getRequestedFor(urlPathEqualTo("/thing")));
  }
}
