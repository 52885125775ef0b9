package dev.sessionkit.testkit;

import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.testkit.internal.Faults;
import dev.sessionkit.testkit.internal.FakeHttpServer;
import dev.sessionkit.testkit.internal.RetrySleeps;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every fake server offers: its address, fault injection for the next requests, a log of the requests it
 * received, and {@link #close()}. Thread-safe.
 *
 * <p>Faults queue up in the order they are added and each one applies to the next {@code n} requests, before
 * any authentication or routing, as a flaky proxy in front of the real server would:
 * <pre>{@code
 * fake.failNext(2, 503);              // the next two requests get a 503
 * fake.failNext(1, 429, 3);           // then one 429 with Retry-After: 3
 * fake.dropNext(1);                   // then one connection closed without an answer
 * fake.delayNext(1, Duration.ofSeconds(2));
 * }</pre>
 *
 * <p>The clients a fake's {@code clientBuilder()} makes (and so those {@link SessionKitFakes} injects) do not
 * sleep between retries: each wait, the server's {@code Retry-After} or the SDK's backoff, is recorded in
 * {@link #sleeps()} and the next attempt starts at once. A test of waits asserts on them, not on the clock:
 * <pre>{@code
 * fake.failNext(2, 429, 1);
 * client.runs().list(ListRunsRequest.builder().build());
 * assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), fake.sleeps());
 * }</pre>
 * A test that wants the waits slept (say, to watch a timeout race a retry) sets
 * {@link Builder#realSleeps(boolean) realSleeps(true)}; they are still recorded.
 */
public abstract sealed class FakeServer implements AutoCloseable permits FakeTimbal, FakeSyntropic, FakeAgentScope {
  /** The seed of the data when none is given. */
  public static final long DEFAULT_SEED = 42L;
  /** The end of the ~30 days the seeded data spreads over, when none is given: fixed, so output is repeatable. */
  public static final Instant DEFAULT_REFERENCE_TIME = Instant.parse("2026-05-01T12:00:00Z");

  private final FakeHttpServer http;
  private final String basePath;
  private final RetrySleeps sleeps;
  private final RetryPolicy retryPolicy;

  FakeServer(FakeHttpServer http, String basePath, boolean realSleeps) {
    this.http = http;
    this.basePath = basePath;
    this.sleeps = new RetrySleeps(realSleeps);
    this.retryPolicy = RetryPolicy.defaults().toBuilder().sleeper(sleeps).build();
  }

  /**
   * The URL to give a client as its base URL, e.g. {@code http://127.0.0.1:51234}; no trailing slash.
   *
   * @return the base URL, without a trailing slash
   */
  public String baseUrl() {
    return http.origin() + basePath;
  }

  /**
   * The loopback port this fake listens on.
   *
   * @return the port
   */
  public int port() {
    return http.port();
  }

  /**
   * Answers the next {@code n} requests with {@code status} and the vendor's error body.
   *
   * @param n how many of the next requests, at least 1
   * @param status the status code, 400..599
   * @throws IllegalArgumentException when n is not positive or status is not 400..599
   */
  public void failNext(int n, int status) {
    fail(n, status, -1);
  }

  /**
   * Answers the next {@code n} requests with {@code status}, the vendor's error body and
   * {@code Retry-After: retryAfterSeconds} (a Timbal 429 also carries its {@code RateLimit-*} headers).
   *
   * @param n how many of the next requests, at least 1
   * @param status the status code, 400..599
   * @param retryAfterSeconds the {@code Retry-After} value in whole seconds, zero or more
   * @throws IllegalArgumentException when n is not positive, status is not 400..599 or the seconds are negative
   */
  public void failNext(int n, int status, int retryAfterSeconds) {
    if (retryAfterSeconds < 0) {
      throw new IllegalArgumentException("retryAfterSeconds must not be negative, was " + retryAfterSeconds);
    }
    fail(n, status, retryAfterSeconds);
  }

  private void fail(int n, int status, int retryAfterSeconds) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("status must be 400..599, was " + status);
    }
    http.faults().add(n, new Faults.Fault(Faults.Kind.FAIL, status, retryAfterSeconds, Duration.ZERO));
  }

  /**
   * Holds each of the next {@code n} requests for {@code delay}, then answers it normally.
   *
   * @param n how many of the next requests, at least 1
   * @param delay how long to hold each request, zero or more
   * @throws IllegalArgumentException when n is not positive or the delay is negative
   */
  public void delayNext(int n, Duration delay) {
    if (delay.isNegative()) {
      throw new IllegalArgumentException("delay must not be negative, was " + delay);
    }
    http.faults().add(n, new Faults.Fault(Faults.Kind.DELAY, 0, -1, delay));
  }

  /**
   * Closes the connection of each of the next {@code n} requests without answering: the client sees an I/O
   * error. (A client may replay a dropped idempotent request on its own; count with {@link #requests()}.)
   *
   * @param n how many of the next requests, at least 1
   * @throws IllegalArgumentException when n is not positive
   */
  public void dropNext(int n) {
    http.faults().add(n, new Faults.Fault(Faults.Kind.DROP, 0, -1, Duration.ZERO));
  }

  /** Forgets every fault not yet used. */
  public void clearFaults() {
    http.faults().clear();
  }

  /**
   * Every request received so far, oldest first (a snapshot; the newest 10 000 when there were more).
   *
   * @return an unmodifiable snapshot
   */
  public List<RecordedRequest> requests() {
    return http.requests();
  }

  /** Forgets the requests received so far, e.g. after a test's set-up. */
  public void clearRequests() {
    http.clearRequests();
  }

  /**
   * The retry policy that {@code clientBuilder()} sets: the SDK's defaults ({@link RetryPolicy#defaults()}),
   * with a sleeper that records each wait in {@link #sleeps()} and sleeps it only when
   * {@link Builder#realSleeps(boolean)} is set. A policy of your own given to the client builder replaces it,
   * sleeper and all: start from this one to keep the recording,
   * {@code clientBuilder().retryPolicy(fake.retryPolicy().toBuilder().backoff(…).build())}. (The builder's
   * {@code maxRetries(n)} keeps it.)
   *
   * @return the policy, shared by every client this fake makes
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Every wait between retries of the clients made by {@code clientBuilder()} (all of them, blocking and async,
   * injected ones included), oldest first: the server's {@code Retry-After} (capped at 60 s) or the backoff's
   * delay, whether or not it was slept. A wait is recorded when it begins.
   *
   * @return an unmodifiable snapshot
   */
  public List<Duration> sleeps() {
    return sleeps.recorded();
  }

  /** Forgets the waits recorded so far. */
  public void clearSleeps() {
    sleeps.clear();
  }

  /** Stops at once: open connections, event streams included, are closed. Calling it again does nothing. */
  @Override
  public void close() {
    http.close();
  }

  /**
   * What every fake's builder takes: the seed and the time the data is spread before.
   *
   * @param <B> the builder itself
   * @param <F> the fake it starts
   */
  public abstract static class Builder<B extends Builder<B, F>, F extends FakeServer> {
    long seed = DEFAULT_SEED;
    Instant referenceTime = DEFAULT_REFERENCE_TIME;
    Clock clock;
    boolean realSleeps;

    Builder() {}

    abstract B self();

    /**
     * The seed of the data: the same seed and sizes give the same records. Default {@link #DEFAULT_SEED}.
     *
     * @param seed the seed, any value
     * @return this builder
     */
    public B seed(long seed) {
      this.seed = seed;
      return self();
    }

    /**
     * The instant the seeded data ends at; records spread over the ~30 days before it. Default
     * {@link #DEFAULT_REFERENCE_TIME}.
     *
     * @param referenceTime the end of the seeded period, not null
     * @return this builder
     */
    public B referenceTime(Instant referenceTime) {
      this.referenceTime = Objects.requireNonNull(referenceTime, "referenceTime");
      return self();
    }

    /**
     * The clock that stamps records created or changed through the API. Default: one that starts at the
     * reference time when the fake starts and runs at the wall clock's pace, so new records are the newest.
     *
     * @param clock the clock, not null
     * @return this builder
     */
    public B clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return self();
    }

    /**
     * Whether the clients that {@code clientBuilder()} makes really sleep between retries. Default false: they
     * record each wait in {@link FakeServer#sleeps()} and retry at once, so that a test of {@code Retry-After}
     * takes no time. True sleeps each wait too (still recorded).
     *
     * @param realSleeps true to sleep
     * @return this builder
     */
    public B realSleeps(boolean realSleeps) {
      this.realSleeps = realSleeps;
      return self();
    }

    /**
     * Starts the fake on 127.0.0.1 and a free port.
     *
     * @return the started fake; close it when done
     * @throws java.io.UncheckedIOException when no port can be bound
     */
    public abstract F start();

    Clock effectiveClock() {
      return clock != null ? clock : Clock.offset(Clock.systemUTC(), Duration.between(Instant.now(), referenceTime));
    }

    static int nonNegative(String name, int value) {
      if (value < 0) {
        throw new IllegalArgumentException(name + " must not be negative, was " + value);
      }
      return value;
    }
  }
}
