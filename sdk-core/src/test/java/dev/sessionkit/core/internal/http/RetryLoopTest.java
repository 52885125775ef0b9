package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.ErrorDetail;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryLoopTest {
  private static final URI URI_ = URI.create("http://127.0.0.1:9/v1/things?q=1");

  final RecordingSleeper sleeper = new RecordingSleeper();
  final List<String> events = new ArrayList<>();
  final RequestListener listener = new RequestListener() {
    @Override
    public void retryScheduled(RequestInfo request, Duration delay, SessionKitException cause) {
      events.add("retry #" + request.attempt() + " in " + delay.toMillis() + " ms");
    }

    @Override
    public void requestFailed(RequestInfo request, Duration elapsed, SessionKitException error) {
      events.add("failed #" + request.attempt() + ": " + error.getMessage());
    }
  };

  RetryLoop loop(int maxRetries) {
    return new RetryLoop(RetryPolicy.builder().maxRetries(maxRetries)
        .backoff(attempt -> Duration.ofMillis(500L << (attempt - 1)))
        .sleeper(sleeper).build(), listener);
  }

  static ApiException status(int status, Map<String, List<String>> headers) {
    return new ApiException(status + " failed", status, headers, "", new ErrorDetail("x", null, List.of()));
  }

  /** An attempt that fails with the given exceptions in turn, then succeeds with its number. */
  static RetryLoop.Attempt<Integer> failing(AtomicInteger runs, SessionKitException... failures) {
    return (attempt, sent) -> {
      runs.incrementAndGet();
      sent.accept(RequestInfo.of("GET", URI_, Map.of(), attempt));
      if (attempt <= failures.length) {
        throw failures[attempt - 1];
      }
      return attempt;
    };
  }

  @Test
  void retriesConnectionFailuresAndRetryableStatusesWithTheBackoff() {
    AtomicInteger runs = new AtomicInteger();
    int result = loop(2).run("GET", URI_, true, 2,
        failing(runs, new ApiConnectionException("reset", null), status(503, Map.of())));
    assertEquals(3, result);
    assertEquals(List.of(Duration.ofMillis(500), Duration.ofMillis(1000)), sleeper.sleeps());
    assertEquals(List.of("retry #1 in 500 ms", "retry #2 in 1000 ms"), events);
  }

  @Test
  void theLastFailureIsThrownAndReportedOnceRetriesRunOut() {
    ApiException last = status(500, Map.of());
    AtomicInteger runs = new AtomicInteger();
    SessionKitException e = assertThrows(SessionKitException.class, () -> loop(1).run("GET", URI_, true, 1,
        failing(runs, status(502, Map.of()), last)));
    assertSame(last, e);
    assertEquals(2, runs.get());
    assertEquals(List.of("retry #1 in 500 ms", "failed #2: 500 failed"), events);
  }

  @Test
  void aCallThatIsNotIdempotentIsNeverRetried() {
    AtomicInteger runs = new AtomicInteger();
    assertThrows(ApiConnectionException.class, () -> loop(2).run("POST", URI_, false, 2,
        failing(runs, new ApiConnectionException("reset", null))));
    assertEquals(1, runs.get());
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void otherFailuresAreNotRetried() {
    AtomicInteger runs = new AtomicInteger();
    assertThrows(SessionKitException.class, () -> loop(2).run("GET", URI_, true, 2,
        failing(runs, status(404, Map.of()))));
    assertThrows(SessionKitException.class, () -> loop(2).run("GET", URI_, true, 2,
        failing(runs, new SessionKitException("refused", null))));
    assertEquals(2, runs.get());
  }

  @ParameterizedTest
  @CsvSource({"2, 2000", "90, 60000"})
  void theServersRetryAfterWinsOverTheBackoffUpToTheCap(String seconds, long expectedMillis) {
    ApiException busy = status(503, Map.of("Retry-After", List.of(seconds)));
    assertEquals(Duration.ofMillis(expectedMillis), RetryLoop.delayBefore(1, busy, RetryPolicy.defaults()));
  }

  @Test
  void aRateLimitUsesItsOwnRetryAfter() {
    RateLimitException limited = new RateLimitException("429", 429, Map.of(), "", new ErrorDetail("x", null,
        List.of()), Duration.ofSeconds(3));
    assertEquals(Duration.ofSeconds(3), RetryLoop.delayBefore(1, limited, RetryPolicy.defaults()));
  }

  @Test
  void anInterruptDuringTheBackOffStartsNoOtherAttemptEvenIfTheSleeperIgnoresIt() {
    // The sleeper stands for a cancel that arrives while waiting: it interrupts and returns at once.
    RetryLoop loop = new RetryLoop(RetryPolicy.builder().maxRetries(2).backoff(attempt -> Duration.ofMillis(500))
        .sleeper(d -> Thread.currentThread().interrupt())
        .build(), listener);
    AtomicInteger runs = new AtomicInteger();
    ApiException busy = status(503, Map.of());
    try {
      SessionKitException e = assertThrows(SessionKitException.class, () -> loop.run("GET", URI_, true, 2,
          failing(runs, busy, busy)));
      assertEquals("interrupted while waiting to retry GET /v1/things", e.getMessage());
      assertSame(busy, e.getCause());
    } finally {
      assertTrue(Thread.interrupted());
    }
    assertEquals(1, runs.get());
    assertEquals(List.of("retry #1 in 500 ms", "failed #1: interrupted while waiting to retry GET /v1/things"),
        events);
  }

  @Test
  void aFailureOnAnInterruptedThreadIsNotRetried() {
    AtomicInteger runs = new AtomicInteger();
    RetryLoop.Attempt<Integer> cancelledMidAttempt = (attempt, sent) -> {
      runs.incrementAndGet();
      sent.accept(RequestInfo.of("GET", URI_, Map.of(), attempt));
      Thread.currentThread().interrupt();
      throw new ApiConnectionException("connection failed while reading", null);
    };
    try {
      SessionKitException e = assertThrows(SessionKitException.class,
          () -> loop(2).run("GET", URI_, true, 2, cancelledMidAttempt));
      assertEquals("interrupted while waiting to retry GET /v1/things", e.getMessage());
    } finally {
      assertTrue(Thread.interrupted());
    }
    assertEquals(1, runs.get());
    assertEquals(List.of(), sleeper.sleeps());
    assertEquals(List.of("failed #1: interrupted while waiting to retry GET /v1/things"), events);
  }
}
