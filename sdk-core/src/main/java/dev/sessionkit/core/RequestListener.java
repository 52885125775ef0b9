package dev.sessionkit.core;

import dev.sessionkit.core.errors.SessionKitException;
import java.time.Duration;
import java.util.Map;

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
   * Headers to add to an attempt: for trace-context propagation ({@code traceparent}, {@code baggage}),
   * which must reach the server of the attempt being observed. Asked right after {@link #requestSent} with
   * the same {@code RequestInfo} instance (so an implementation can tell which of its attempts is meant)
   * and before the attempt goes on the wire; asked again for each redirect hop.
   *
   * <p>The headers are added to what is sent and nothing else: they are not in {@link RequestInfo#headers()}.
   * A header is left out, with a warning in the log naming the header but not its value, when its name is
   * not an HTTP token, its value contains a control character or a character past U+00FF, the request
   * already carries a header of that name (the client's and the call's headers win), its name is one whose
   * value SessionKit hides (credentials and the like: those belong in the client's credentials, where they
   * are redacted and not sent across origins) or java.net.http refuses it ({@code Host},
   * {@code Content-Length}, ...). An exception thrown here is logged and ignored: the attempt is sent
   * without the headers.
   *
   * @param request the attempt, the same instance {@link #requestSent} was given
   * @return header names and values to add; empty (the default) for none
   */
  default Map<String, String> headersToAdd(RequestInfo request) {
    return Map.of();
  }

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
