package dev.sessionkit.core;

import dev.sessionkit.core.errors.SessionKitException;
import java.time.Duration;

/**
 * Observes a client's HTTP traffic: each attempt sent, each response, each retry scheduled, each failure.
 * For metrics and tracing; SessionKit's own debug logging is one of these.
 *
 * <p>Methods are called on the thread that makes the call; they must be quick and must not throw (an
 * exception from a listener is logged and ignored). Implementations must be thread-safe when the client
 * is shared.
 */
public interface RequestListener {

  /**
   * An attempt is about to be sent.
   *
   * @param request the attempt
   */
  default void requestSent(RequestInfo request) {}

  /**
   * Response headers arrived.
   *
   * @param request the attempt
   * @param statusCode the HTTP status
   * @param elapsed time since the attempt was sent
   */
  default void responseReceived(RequestInfo request, int statusCode, Duration elapsed) {}

  /**
   * The attempt failed and will be retried after {@code delay}.
   *
   * @param request the attempt that failed
   * @param delay the wait before the next attempt
   * @param cause why it failed
   */
  default void retryScheduled(RequestInfo request, Duration delay, SessionKitException cause) {}

  /**
   * The call failed for good: this exception is thrown to the caller.
   *
   * @param request the last attempt
   * @param elapsed time since the last attempt was sent
   * @param error the exception
   */
  default void requestFailed(RequestInfo request, Duration elapsed, SessionKitException error) {}

  /**
   * A listener that does nothing.
   *
   * @return the listener
   */
  static RequestListener none() {
    return new RequestListener() {};
  }
}
