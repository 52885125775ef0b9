package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.errors.SessionKitException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;

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

  /**
   * The attempt's request with the headers the user's listener adds ({@link RequestListener#headersToAdd}),
   * each one checked; the request itself when there are none.
   */
  HttpRequest withAddedHeaders(HttpRequest httpRequest, RequestInfo request) {
    Map<String, String> added;
    try {
      added = user.headersToAdd(request);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "a RequestListener threw; ignored", e);
      return httpRequest;
    }
    if (added == null || added.isEmpty()) {
      return httpRequest;
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(httpRequest, (name, value) -> true);
    boolean any = false;
    for (Map.Entry<String, String> header : added.entrySet()) {
      String refused = refusal(header.getKey(), header.getValue(), request);
      if (refused == null) {
        try {
          b.header(header.getKey(), header.getValue());
          any = true;
          continue;
        } catch (IllegalArgumentException restricted) {
          refused = "java.net.http refuses it";
        }
      }
      LOG.log(Level.WARNING, "header '" + HeaderValues.printable(header.getKey())
          + "' from a RequestListener left out: " + refused);
    }
    return any ? b.build() : httpRequest;
  }

  // Why a listener's header may not be sent, or null when it may. The messages never quote the value.
  private static String refusal(String name, String value, RequestInfo request) {
    try {
      HeaderValues.requireValidName(name);
      HeaderValues.requireSendable(name, value);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (HeaderValues.isSensitive(name)) {
      return "its value would be hidden as a credential's; credentials belong in the client's credentials";
    }
    for (String present : request.headers().keySet()) {
      if (present.equalsIgnoreCase(name)) {
        return "the request already carries it";
      }
    }
    return null;
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
