package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.errors.SessionKitException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * The SDK's debug log (System.Logger {@code dev.sessionkit.http}, DEBUG) followed by the user's listener.
 * A listener that throws is logged and otherwise ignored: observing a call must not break it.
 */
final class ListenerChain implements RequestListener {
  static final Logger LOG = System.getLogger("dev.sessionkit.http");

  private final RequestListener user;

  ListenerChain(RequestListener user) {
    this.user = user;
  }

  @Override
  public void requestSent(RequestInfo request) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "--> " + request + " " + request.headers());
    }
    guard(() -> user.requestSent(request));
  }

  @Override
  public void responseReceived(RequestInfo request, int statusCode, Duration elapsed) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "<-- " + statusCode + " " + request + " in " + elapsed.toMillis() + " ms");
    }
    guard(() -> user.responseReceived(request, statusCode, elapsed));
  }

  @Override
  public void retryScheduled(RequestInfo request, Duration delay, SessionKitException cause) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "retrying " + request + " in " + delay.toMillis() + " ms after: " + cause.getMessage());
    }
    guard(() -> user.retryScheduled(request, delay, cause));
  }

  @Override
  public void requestFailed(RequestInfo request, Duration elapsed, SessionKitException error) {
    if (LOG.isLoggable(Level.DEBUG)) {
      LOG.log(Level.DEBUG, "failed " + request + " after " + elapsed.toMillis() + " ms: " + error.getMessage());
    }
    guard(() -> user.requestFailed(request, elapsed, error));
  }

  private static void guard(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a RequestListener threw; ignored", e);
    }
  }
}
