package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiTimeoutException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Makes one attempt of a call: sends it, follows redirects by {@link Redirects}' rules, reports each hop
 * to the listener, and turns a send failure or an error status into its exception. What comes back is an
 * exchange whose status is 2xx and whose body is unread. Thread-safe.
 *
 * <p>Cancellation: java.net.http cancels the exchange (and closes an HTTP/1.1 connection) when the
 * thread blocked in {@link HttpClient#send} is interrupted, since JDK 16 (JDK-8245462; checked on 17 and
 * 25); the interrupt then ends the attempt as "interrupted while sending".
 */
final class Sender {
  private final HttpClient http;
  private final RequestFactory requests;
  private final Redactor redactor;
  private final ListenerChain listener;
  private final ResponseBodies bodies;

  Sender(HttpClient http, RequestFactory requests, Redactor redactor, ListenerChain listener,
      ResponseBodies bodies) {
    this.http = http;
    this.requests = requests;
    this.redactor = redactor;
    this.listener = listener;
    this.bodies = bodies;
  }

  /**
   * Sends one attempt.
   *
   * @param streaming whether the body is an event stream: then the timeout covers the headers only
   * @param sent told of each hop's request before it is sent, so that a failure can name the last one
   * @throws dev.sessionkit.core.errors.SessionKitException for every failure
   */
  Exchange send(ApiRequest request, URI first, RequestOptions options, Duration timeout, int attempt,
      boolean streaming, Consumer<RequestInfo> sent) {
    URI uri = first;
    boolean sendCredentials = true;
    for (int hop = 0; ; hop++) {
      long start = System.nanoTime();
      HttpRequest httpRequest = requests.build(request, uri, options, timeout, sendCredentials);
      RequestInfo info = RequestInfo.of(request.method(), uri, redactor.headers(httpRequest.headers().map()), attempt);
      sent.accept(info);
      listener.requestSent(info);
      httpRequest = listener.withAddedHeaders(httpRequest, info);
      long deadline = streaming ? Long.MAX_VALUE : start + timeout.toNanos();
      HttpResponse<InputStream> response = send(httpRequest, request.method(), uri, timeout, deadline);
      int status = response.statusCode();
      listener.responseReceived(info, status, Duration.ofNanos(System.nanoTime() - start));
      if (Redirects.isRedirect(status)) {
        Failures.closeQuietly(response.body());
        URI next = Redirects.target(request.method(), uri, status, response.headers().firstValue("location"), hop);
        sendCredentials = sendCredentials && Redirects.keepsCredentials(uri, next);
        uri = next;
        continue;
      }
      Exchange exchange = new Exchange(response, request.method(), uri);
      if (status >= 400) {
        throw bodies.error(exchange);
      }
      return exchange;
    }
  }

  private HttpResponse<InputStream> send(HttpRequest httpRequest, String method, URI uri, Duration timeout,
      long deadline) {
    try {
      return http.send(httpRequest, ResponseInputStream.handler(deadline));
    } catch (HttpConnectTimeoutException e) {
      throw new ApiTimeoutException("connect timed out: " + Failures.describe(method, uri), e);
    } catch (HttpTimeoutException e) {
      throw new ApiTimeoutException("request timed out after " + timeout.toMillis() + " ms: "
          + Failures.describe(method, uri), e);
    } catch (IOException e) {
      throw new ApiConnectionException("connection failed: " + Failures.describe(method, uri) + ": "
          + Failures.ioMessage(e), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Failures.interrupted("sending " + Failures.describe(method, uri), e);
    }
  }
}
