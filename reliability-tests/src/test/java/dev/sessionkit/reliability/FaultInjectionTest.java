package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiTimeoutException;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.SessionKitException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint family of the three vendors against WireMock's faults, stalled bodies and 429/503 storms:
 * each call ends in the right result after retries, or in the right typed exception after exactly the
 * attempts the retry policy allows (one for a POST or PATCH: never replayed). Retries wait on a recording
 * sleeper; the 30-second bound only guards against a hang and measures nothing.
 */
@ExtendWith(SecretsNeverLogged.class)
class FaultInjectionTest {
  /** A hang guard, not a performance bound. */
  static final Duration HANG_GUARD = Duration.ofSeconds(30);
  /** Attempts of an idempotent call under the default policy: the first and two retries. */
  static final int ATTEMPTS = 3;

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static Stream<Arguments> endpointsAndFaults() {
    List<Arguments> out = new ArrayList<>();
    for (Endpoint e : Endpoints.all()) {
      for (Fault f : List.of(Fault.CONNECTION_RESET_BY_PEER, Fault.EMPTY_RESPONSE, Fault.MALFORMED_RESPONSE_CHUNK,
          Fault.RANDOM_DATA_THEN_CLOSE)) {
        out.add(Arguments.of(e, f));
      }
    }
    return out.stream();
  }

  static Stream<Endpoint> endpoints() {
    return Endpoints.all().stream();
  }

  static Stream<Endpoint> idempotentEndpoints() {
    return Endpoints.all().stream().filter(Endpoint::idempotent);
  }

  /** What the call returns when the server is healthy: the result every recovery must equal. */
  private Object baseline(Endpoint e) {
    wm.stubFor(e.stub().willReturn(e.ok()));
    Object result = e.invoke(Clients.at(wm.baseUrl()));
    wm.resetAll();
    return result;
  }

  private static int attempts(Endpoint e) {
    return e.idempotent() ? ATTEMPTS : 1;
  }

  /** A listener that counts the SDK's attempts (each one it sends, retries included). */
  private static RequestListener counting(AtomicInteger attempts) {
    return new RequestListener() {
      @Override
      public void requestSent(RequestInfo request) {
        attempts.incrementAndGet();
      }
    };
  }

  /**
   * Whether java.net.http itself sends a GET a second time after {@code fault}: it re-sends a GET once when
   * the connection ends before any byte of the response (it takes the connection for a stale pooled one).
   * The SDK's own attempts are still exactly those of its policy; the server may see up to twice as many.
   */
  static boolean jdkResends(Endpoint e, Fault fault) {
    return e.method().equals("GET") && (fault == Fault.CONNECTION_RESET_BY_PEER || fault == Fault.EMPTY_RESPONSE);
  }

  @ParameterizedTest(name = "{0} after {1}")
  @MethodSource("endpointsAndFaults")
  void aFaultThatPassesIsRetriedWhereSafe(Endpoint e, Fault fault) {
    Object expected = baseline(e);
    Stubs.sequence(wm, e::stub, List.of(aResponse().withFault(fault), e.ok()));
    // Fresh clients: a pooled connection from the baseline would let the JDK retry on its own.
    AtomicInteger sdkAttempts = new AtomicInteger();
    Clients clients = Clients.at(wm.baseUrl(), b -> b.listener(counting(sdkAttempts)));

    if (e.idempotent()) {
      Object result = assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients));
      assertEquals(expected, result);
      wm.verify(2, e.requests());
      // Two requests reached the server: two SDK attempts, or, only where the JDK re-sends a GET on its own,
      // one SDK attempt that the JDK sent twice (its re-send absorbed the fault before the SDK saw it).
      if (jdkResends(e, fault)) {
        assertTrue(sdkAttempts.get() == 1 || sdkAttempts.get() == 2, () -> "SDK attempts: " + sdkAttempts);
      } else {
        assertEquals(2, sdkAttempts.get(), "SDK attempts: the one that met the fault, and its retry");
      }
      // Attempts are counted by the listener, sleeps by the sleeper: one sleep per SDK attempt after the first.
      assertEquals(sdkAttempts.get() - 1, clients.sleeps().size(), "SDK retries");
    } else {
      // A POST or PATCH is never replayed: it may have reached the server before the connection broke.
      SessionKitException error = assertThrows(SessionKitException.class,
          () -> assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients)));
      assertInstanceOf(ApiConnectionException.class, error, () -> "got " + error);
      wm.verify(1, e.requests());
      assertEquals(List.of(), clients.sleeps());
    }
  }

  @ParameterizedTest(name = "{0} under {1}")
  @MethodSource("endpointsAndFaults")
  void aFaultThatLastsEndsInApiConnectionExceptionAfterTheAllowedAttempts(Endpoint e, Fault fault) {
    wm.stubFor(e.stub().willReturn(aResponse().withFault(fault)));
    Clients clients = Clients.at(wm.baseUrl());

    SessionKitException error = assertThrows(SessionKitException.class,
        () -> assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients)));

    assertInstanceOf(ApiConnectionException.class, error, () -> "got " + error);
    assertFalse(error instanceof ApiTimeoutException, () -> "a fault is not a timeout: " + error);
    assertTrue(error.getMessage().contains(e.method() + " " + wm.baseUrl() + e.path()),
        () -> "names the call: " + error.getMessage());
    assertEquals(attempts(e) - 1, clients.sleeps().size(), "SDK retries");
    int sent = wm.findAll(e.requests()).size();
    int most = jdkResends(e, fault) ? 2 * attempts(e) : attempts(e);
    assertTrue(sent >= attempts(e) && sent <= most, () -> "requests on the wire: " + sent);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void responseHeadersLaterThanTheTimeoutEndInApiTimeoutException(Endpoint e) {
    wm.stubFor(e.stub().willReturn(e.ok().withFixedDelay(3_000)));
    AtomicInteger sdkAttempts = new AtomicInteger();
    Clients clients = Clients.at(wm.baseUrl(), b -> b.timeout(Duration.ofMillis(200)).listener(counting(sdkAttempts)));

    SessionKitException error = assertThrows(SessionKitException.class,
        () -> assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients)));

    assertInstanceOf(ApiTimeoutException.class, error, () -> "got " + error);
    assertTrue(error.getMessage().contains("timed out"), error.getMessage());
    // Counted by the SDK: WireMock journals a delayed response once it has answered, seconds after the client
    // gave up, so at this point its count depends on the machine's load.
    assertEquals(attempts(e), sdkAttempts.get(), "SDK attempts");
    assertEquals(attempts(e) - 1, clients.sleeps().size());
  }

  static Stream<Endpoint> endpointsWithBodies() {
    return Endpoints.parsing().stream().filter(e -> !e.streaming());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpointsWithBodies")
  void aBodyThatStallsMidStreamEndsInApiTimeoutException(Endpoint e) {
    // The body trickles out in 8 chunks over 4 s; each attempt may take 300 ms, body included.
    wm.stubFor(e.stub().willReturn(e.ok().withChunkedDribbleDelay(8, 4_000)));
    AtomicInteger sdkAttempts = new AtomicInteger();
    Clients clients = Clients.at(wm.baseUrl(), b -> b.timeout(Duration.ofMillis(300)).listener(counting(sdkAttempts)));

    SessionKitException error = assertThrows(SessionKitException.class,
        () -> assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients)));

    assertInstanceOf(ApiTimeoutException.class, error, () -> "got " + error);
    // Counted by the SDK, not by WireMock: WireMock journals a dribbled response only once it has all been
    // sent, seconds after the client gave up, so its count depends on the machine's load.
    assertEquals(attempts(e), sdkAttempts.get(), "SDK attempts");
    assertEquals(attempts(e) - 1, clients.sleeps().size(), "SDK retries");
  }

  @Test
  void anEventStreamThatTricklesOutlivesTheTimeoutWhichCoversItsHeadersOnly() {
    Endpoint e = Endpoints.AGENTS_STREAM;
    Object expected = baseline(e);
    // The headers come at once and the body over 4 s: five times the timeout, which covers the headers only.
    // (At 300 ms the headers themselves could miss the timeout on a loaded machine, and the call be retried.)
    wm.stubFor(e.stub().willReturn(e.ok().withChunkedDribbleDelay(6, 4_000)));
    Clients clients = Clients.at(wm.baseUrl(), b -> b.timeout(Duration.ofMillis(800)));

    Object events = assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients));

    assertEquals(expected, events);
    wm.verify(1, e.requests());
  }

  private static ResponseDefinitionBuilder status(int status, String retryAfter) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withHeader("Retry-After", retryAfter).withBody("{\"code\": \"busy\", \"message\": \"try again later\"}");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void aRateLimitStormThatPassesEndsInTheResultAfterTheWaitsTheServerAskedFor(Endpoint e) {
    Object expected = baseline(e);
    Stubs.sequence(wm, e::stub, List.of(status(429, "7"), status(429, "7"), e.ok()));
    Clients clients = Clients.at(wm.baseUrl());

    if (e.idempotent()) {
      Object result = assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients));
      assertEquals(expected, result);
      assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(7)), clients.sleeps());
      wm.verify(3, e.requests());
    } else {
      RateLimitException error = assertThrows(RateLimitException.class,
          () -> assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients)));
      assertEquals(Duration.ofSeconds(7), error.retryAfter().orElseThrow());
      assertEquals(List.of(), clients.sleeps());
      wm.verify(1, e.requests());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void aRateLimitStormThatLastsEndsInRateLimitExceptionWithTheServersWait(Endpoint e) {
    wm.stubFor(e.stub().willReturn(status(429, "7")));
    Clients clients = Clients.at(wm.baseUrl());

    RateLimitException error = assertThrows(RateLimitException.class,
        () -> assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients)));

    assertEquals(429, error.statusCode());
    assertEquals(Duration.ofSeconds(7), error.retryAfter().orElseThrow());
    assertEquals("try again later", error.detail().message());
    assertEquals(Collections.nCopies(attempts(e) - 1, Duration.ofSeconds(7)), clients.sleeps());
    wm.verify(attempts(e), e.requests());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void anOutageThatLastsEndsInInternalServerExceptionAfterTheWaitsTheServerAskedFor(Endpoint e) {
    wm.stubFor(e.stub().willReturn(status(503, "3")));
    Clients clients = Clients.at(wm.baseUrl());

    InternalServerException error = assertThrows(InternalServerException.class,
        () -> assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients)));

    assertEquals(503, error.statusCode());
    assertTrue(error.getMessage().startsWith("503 Service Unavailable from " + e.method() + " "), error.getMessage());
    assertEquals(Collections.nCopies(attempts(e) - 1, Duration.ofSeconds(3)), clients.sleeps());
    wm.verify(attempts(e), e.requests());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idempotentEndpoints")
  void anOutageThatPassesEndsInTheResult(Endpoint e) {
    Object expected = baseline(e);
    Stubs.sequence(wm, e::stub, List.of(status(503, "3"), status(502, "1"), e.ok()));
    Clients clients = Clients.at(wm.baseUrl());

    Object result = assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients));

    assertEquals(expected, result);
    assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(1)), clients.sleeps());
    wm.verify(3, e.requests());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idempotentEndpoints")
  void aRetryAfterOfAnHourIsCutToTheCap(Endpoint e) {
    wm.stubFor(e.stub().willReturn(status(503, "3600")));
    Clients clients = Clients.at(wm.baseUrl());

    assertThrows(InternalServerException.class, () -> assertTimeoutPreemptively(HANG_GUARD, () -> e.invoke(clients)));

    assertEquals(List.of(Duration.ofSeconds(60), Duration.ofSeconds(60)), clients.sleeps());
  }
}
