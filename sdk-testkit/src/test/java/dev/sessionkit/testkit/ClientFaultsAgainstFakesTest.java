package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.ApiTimeoutException;
import dev.sessionkit.core.errors.AuthenticationException;
import dev.sessionkit.core.errors.BadRequestException;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.PermissionDeniedException;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.UnprocessableEntityException;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.CreateReactionRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Sentiment;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The faults a fake injects, as each vendor's client meets them: retried statuses with {@code Retry-After}
 * waits (recorded, never slept), statuses that are not retried, dropped connections and delays, and a POST that
 * is never replayed.
 */
class ClientFaultsAgainstFakesTest {
  /** The calls made through one vendor's client: an idempotent GET, and a POST where the API has one. */
  interface Calls {
    void get(RequestOptions options);

    /** A POST, or nothing for an API without one (Syntropic137 is read-only). */
    Optional<Runnable> post();
  }

  /** One vendor: how to start its fake, and the calls of a client of it with a given retry policy. */
  record Vendor(String name, Supplier<FakeServer> start, BiFunction<FakeServer, RetryPolicy, Calls> client) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Vendor> vendors() {
    return Stream.of(
        new Vendor("timbal", () -> FakeTimbal.builder().runs(10).start(), (fake, policy) -> {
          FakeTimbal f = (FakeTimbal) fake;
          TimbalClient c = f.clientBuilder().retryPolicy(policy).build();
          String run = f.runsJson().get(0).get("id").asText();
          return calls(o -> c.runs().list(ListRunsRequest.builder().build(), o),
              () -> c.runs().reactions().create(CreateReactionRequest.builder().runId(run).sentiment(Sentiment.POSITIVE)
                  .build()));
        }),
        new Vendor("syntropic", () -> FakeSyntropic.builder().sessions(10).start(), (fake, policy) -> {
          SyntropicClient c = ((FakeSyntropic) fake).clientBuilder().retryPolicy(policy).build();
          return calls(o -> c.sessions().list(dev.sessionkit.syntropic.sessions.ListSessionsRequest.builder().build(), o),
              null);
        }),
        new Vendor("agentscope", () -> FakeAgentScope.builder().sessions(4).start(), (fake, policy) -> {
          FakeAgentScope f = (FakeAgentScope) fake;
          AgentsClient c = f.clientBuilder().retryPolicy(policy).build();
          String agent = f.agentIds("alice").get(0);
          return calls(o -> c.sessions().list(dev.sessionkit.agents.sessions.ListSessionsRequest.builder()
              .agentId(agent).build(), o),
              () -> c.sessions().create(CreateSessionRequest.builder().agentId(agent).build()));
        }));
  }

  static Calls calls(Consumer<RequestOptions> get, Runnable post) {
    return new Calls() {
      @Override
      public void get(RequestOptions options) {
        get.accept(options);
      }

      @Override
      public Optional<Runnable> post() {
        return Optional.ofNullable(post);
      }
    };
  }

  static Stream<Vendor> vendorsWithAPost() {
    return vendors().filter(v -> !v.name().equals("syntropic"));
  }

  /** A started fake, a client of it whose retries record their waits instead of sleeping, and those waits. */
  record Harness(FakeServer fake, RecordingSleeper sleeper, Calls client) implements AutoCloseable {
    static Harness of(Vendor vendor, int maxRetries) {
      FakeServer fake = vendor.start().get();
      RecordingSleeper sleeper = new RecordingSleeper();
      return new Harness(fake, sleeper, vendor.client().apply(fake,
          RetryPolicy.builder().sleeper(sleeper).maxRetries(maxRetries).build()));
    }

    @Override
    public void close() {
      fake.close();
    }
  }

  static Stream<Arguments> vendorsAndStatuses(int... statuses) {
    List<Arguments> all = new ArrayList<>();
    vendors().forEach(v -> {
      for (int s : statuses) {
        all.add(Arguments.of(v, s));
      }
    });
    return all.stream();
  }

  static Stream<Arguments> retriedStatuses() {
    return vendorsAndStatuses(408, 429, 500, 502, 503, 504);
  }

  static Stream<Arguments> finalStatuses() {
    return vendorsAndStatuses(400, 401, 403, 404, 409, 422);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("retriedStatuses")
  void aRetriedStatusIsRetriedAfterItsRetryAfter(Vendor vendor, int status) {
    try (Harness h = Harness.of(vendor, 2)) {
      FakeServer fake = h.fake();
      Calls client = h.client();
      fake.failNext(1, status, 3);
      fake.failNext(1, status, 1);
      fake.clearRequests();
      client.get(RequestOptions.none());
      assertEquals(3, fake.requests().size(), "two failures, then the answer");
      assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(1)), h.sleeper().sleeps(), "as long as the server asked");
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vendors")
  void aStatusThatOutlastsTheRetriesIsThrownAfterBackingOff(Vendor vendor) {
    try (Harness h = Harness.of(vendor, 2)) {
      FakeServer fake = h.fake();
      Calls client = h.client();
      fake.failNext(3, 503);
      fake.clearRequests();
      InternalServerException e = assertThrows(InternalServerException.class, () -> client.get(RequestOptions.none()));
      assertEquals(503, e.statusCode());
      assertEquals("Service Unavailable", e.detail().message());
      assertEquals(3, fake.requests().size());
      assertEquals(2, h.sleeper().sleeps().size());
      for (Duration d : h.sleeper().sleeps()) {
        assertTrue(!d.isNegative() && d.compareTo(Duration.ofSeconds(8)) <= 0, "backoff without Retry-After: " + d);
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vendors")
  void aRateLimitWithoutRetriesLeftIsARateLimitExceptionWithItsWait(Vendor vendor) {
    try (Harness h = Harness.of(vendor, 2)) {
      FakeServer fake = h.fake();
      Calls client = h.client();
      fake.failNext(1, 429, 7);
      fake.clearRequests();
      RateLimitException e = assertThrows(RateLimitException.class,
          () -> client.get(RequestOptions.builder().maxRetries(0).build()));
      assertEquals(Optional.of(Duration.ofSeconds(7)), e.retryAfter());
      assertEquals(1, fake.requests().size(), "the per-call maxRetries wins over the client's");
      assertEquals(List.of(), h.sleeper().sleeps());
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("finalStatuses")
  void aStatusThatIsNotRetriedIsItsTypedExceptionAtOnce(Vendor vendor, int status) {
    Map<Integer, Class<? extends ApiException>> types = Map.of(400, BadRequestException.class,
        401, AuthenticationException.class, 403, PermissionDeniedException.class, 404, NotFoundException.class,
        409, ConflictException.class, 422, UnprocessableEntityException.class);
    try (Harness h = Harness.of(vendor, 2)) {
      FakeServer fake = h.fake();
      Calls client = h.client();
      fake.failNext(1, status, 1);
      fake.clearRequests();
      ApiException e = assertThrows(ApiException.class, () -> client.get(RequestOptions.none()));
      assertInstanceOf(types.get(status), e);
      assertEquals(status, e.statusCode());
      assertEquals(ApiException.reasonPhrase(status), e.detail().message());
      assertEquals(1, fake.requests().size());
      assertEquals(List.of(), h.sleeper().sleeps());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vendorsWithAPost")
  void aPostIsNeverReplayedAfterAFailureOrADroppedConnection(Vendor vendor) {
    try (Harness h = Harness.of(vendor, 2)) {
      FakeServer fake = h.fake();
      Runnable post = h.client().post().orElseThrow();
      fake.failNext(1, 503, 0);
      fake.clearRequests();
      assertThrows(InternalServerException.class, post::run);
      assertEquals(1, fake.requests().size());

      fake.dropNext(1);
      fake.clearRequests();
      ApiConnectionException e = assertThrows(ApiConnectionException.class, post::run);
      assertEquals(ApiConnectionException.class, e.getClass(), "an I/O error, not a timeout");
      assertEquals(1, fake.requests().size(), "neither the SDK nor java.net.http replays a POST");
      assertEquals(List.of(), h.sleeper().sleeps());
      post.run();
      assertEquals("POST", fake.requests().get(fake.requests().size() - 1).method());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vendors")
  void oneDroppedConnectionIsReplayedByTheHttpClientAndTwoByTheSdk(Vendor vendor) {
    try (Harness h = Harness.of(vendor, 2)) {
      FakeServer fake = h.fake();
      Calls client = h.client();
      // java.net.http replays a GET once, on its own, when the connection closes before any response byte.
      fake.dropNext(1);
      fake.clearRequests();
      client.get(RequestOptions.none());
      assertEquals(2, fake.requests().size());
      assertEquals(List.of(), h.sleeper().sleeps(), "the SDK saw no error");

      // Two drops outlast the HTTP client's replay: the SDK sees an I/O error and retries.
      fake.dropNext(2);
      fake.clearRequests();
      client.get(RequestOptions.none());
      assertEquals(3, fake.requests().size());
      assertEquals(1, h.sleeper().sleeps().size());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vendors")
  void connectionsDroppedBeyondTheRetriesAreAnApiConnectionException(Vendor vendor) {
    try (Harness h = Harness.of(vendor, 1)) {
      FakeServer fake = h.fake();
      Calls client = h.client();
      fake.dropNext(4);
      fake.clearRequests();
      ApiConnectionException e = assertThrows(ApiConnectionException.class, () -> client.get(RequestOptions.none()));
      assertEquals(ApiConnectionException.class, e.getClass());
      assertEquals(4, fake.requests().size(), "two attempts, each replayed once by java.net.http");
      assertEquals(1, h.sleeper().sleeps().size());
      client.get(RequestOptions.none());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vendors")
  void aDelayPastTheTimeoutIsAnApiTimeoutExceptionAndIsRetried(Vendor vendor) {
    try (Harness h = Harness.of(vendor, 1)) {
      FakeServer fake = h.fake();
      Calls client = h.client();
      // The delay is far past the timeout, so that a slow machine cannot blur the two.
      fake.delayNext(1, Duration.ofSeconds(30));
      fake.clearRequests();
      assertThrows(ApiTimeoutException.class,
          () -> client.get(RequestOptions.builder().timeout(Duration.ofMillis(500)).maxRetries(0).build()));
      assertEquals(List.of(), h.sleeper().sleeps());

      fake.delayNext(1, Duration.ofSeconds(30));
      fake.clearRequests();
      client.get(RequestOptions.builder().timeout(Duration.ofSeconds(2)).build());
      assertEquals(2, fake.requests().size(), "the timed-out GET was sent again");
      assertEquals(1, h.sleeper().sleeps().size());
    }
  }
}
