package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.retry.RetryPolicy;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Runs the attempts of one call: retries what the policy allows (idempotent calls, connection failures
 * and the policy's statuses), waits as the server asks or as the backoff says, and tells the listener of
 * each retry and of the final failure. Thread-safe.
 *
 * <p>An interrupt (the call's future was cancelled) ends the call: no retry is scheduled once the thread
 * is interrupted, the back-off sleep is cut short, and no attempt starts after it.
 */
final class RetryLoop {
  /** One attempt of a call. */
  @FunctionalInterface
  interface Attempt<T> {
    /**
     * @param attempt 1 for the first
     * @param sent to be told of each request the attempt sends, so that a failure names the last one
     * @throws SessionKitException when the attempt fails
     */
    T run(int attempt, Consumer<RequestInfo> sent);
  }

  private final RetryPolicy policy;
  private final RequestListener listener;

  RetryLoop(RetryPolicy policy, RequestListener listener) {
    this.policy = policy;
    this.listener = listener;
  }

  /**
   * Runs attempts until one succeeds or a failure may not be retried.
   *
   * @param method and {@code uri} name the call in the messages of an interrupt
   * @param idempotent whether the call may be sent again
   * @param maxRetries how many times at most
   * @throws SessionKitException the last attempt's failure, or the interrupt that stopped the call
   */
  <T> T run(String method, URI uri, boolean idempotent, int maxRetries, Attempt<T> attempt) {
    for (int n = 1; ; n++) {
      long start = System.nanoTime();
      Sent sent = new Sent();
      try {
        return attempt.run(n, info -> sent.info = info);
      } catch (SessionKitException e) {
        if (!idempotent || n > maxRetries || !isRetryable(e, policy)) {
          throw failed(sent.info, start, e);
        }
        // Checked before the listener hears of a retry: a cancelled call is over, whatever its last
        // attempt did (an interrupted body read can look like a dropped connection).
        if (Failures.stopRequested()) {
          throw failed(sent.info, start, waitInterrupted(method, uri, e));
        }
        Duration delay = delayBefore(n, e, policy);
        listener.retryScheduled(sent.info, delay, e);
        try {
          policy.sleeper().sleep(delay);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw failed(sent.info, start, waitInterrupted(method, uri, e));
        }
        // A sleeper need not wake on an interrupt (a test's does not sleep at all); the next attempt must
        // still not start.
        if (Failures.stopRequested()) {
          throw failed(sent.info, start, waitInterrupted(method, uri, e));
        }
      }
    }
  }

  private SessionKitException failed(RequestInfo last, long start, SessionKitException e) {
    listener.requestFailed(last, Duration.ofNanos(System.nanoTime() - start), e);
    return e;
  }

  // The cause is the failure that would have been retried: it is what the caller most needs to see.
  private static SessionKitException waitInterrupted(String method, URI uri, SessionKitException cause) {
    return Failures.interrupted("waiting to retry " + method + " " + uri.getRawPath(), cause);
  }

  /** What the current attempt last sent, for the listener when it fails. */
  private static final class Sent {
    RequestInfo info;
  }

  static boolean isRetryable(SessionKitException e, RetryPolicy policy) {
    if (e instanceof ApiConnectionException) {
      return true;
    }
    return e instanceof ApiException && policy.retryableStatuses().contains(((ApiException) e).statusCode());
  }

  /** The server's {@code Retry-After}, capped by the policy, or else the policy's backoff. */
  static Duration delayBefore(int attempt, SessionKitException e, RetryPolicy policy) {
    if (e instanceof ApiException) {
      ApiException api = (ApiException) e;
      Duration asked = api instanceof RateLimitException
          ? ((RateLimitException) api).retryAfter().orElse(null)
          : RetryAfter.parse(HttpHeaders.of(api.headers(), (a, b) -> true), policy.clock()).orElse(null);
      if (asked != null) {
        return asked.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : asked;
      }
    }
    return policy.backoff().computeDelay(attempt);
  }
}
