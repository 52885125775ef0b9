package dev.sessionkit.otel;

import dev.sessionkit.core.RequestListener;
import dev.sessionkit.otel.internal.HttpClientTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.Objects;

/**
 * OpenTelemetry for SessionKit's clients. Give {@link #requestListener()} to a client's builder and every
 * HTTP attempt of that client becomes an OpenTelemetry HTTP client span, is counted in the
 * {@code http.client.request.duration} histogram, and carries the current trace context to the server.
 * One instance serves any number of clients. Thread-safe.
 *
 * <h2>Spans and metrics</h2>
 * Per the stable HTTP semantic conventions (v1.37.0): one span of kind {@code CLIENT} per attempt (a retry is
 * a span of its own, with {@code http.request.resend_count}; a redirect hop too), named after the method
 * ({@code GET}: SessionKit has no route templates). Attributes: {@code http.request.method},
 * {@code server.address}, {@code server.port}, {@code url.full}, {@code http.response.status_code} and,
 * for a status of 400 or more or an attempt that got no response, {@code error.type} (the status code, or the
 * fully qualified class name of the SessionKit exception) with the span's status set to error. The
 * histogram {@code http.client.request.duration} (seconds) has the same attributes less {@code url.full},
 * plus {@code url.scheme}. A span and the duration cover an attempt up to its response headers: that is
 * what the transport reports to listeners.
 *
 * <h2>Secrets</h2>
 * No header is recorded. In {@code url.full} the user name and password of the URL become
 * {@code REDACTED}, and so does the value of every query parameter whose name looks like a secret
 * ({@code token}, {@code key}, {@code secret}, {@code password}, {@code signature}, {@code sig},
 * {@code auth}, {@code credential}). Exceptions are not recorded as span events: their messages quote URLs.
 *
 * <h2>Context</h2>
 * A span's parent is the context current on the thread that makes the attempt. A synchronous call makes it
 * on the caller's thread. An asynchronous client makes it on its executor: give the client an executor
 * wrapped with {@code io.opentelemetry.context.Context.taskWrapping(executor)} so that the caller's context
 * follows. The propagator configured in the {@code OpenTelemetry} instance
 * ({@code getPropagators().getTextMapPropagator()}, W3C {@code traceparent} by default) puts the attempt's
 * span context on the wire through {@link RequestListener#headersToAdd}.
 */
public final class SessionKitTelemetry {
  /** The instrumentation scope of the spans and metrics. */
  public static final String INSTRUMENTATION_NAME = "dev.sessionkit.otel";

  private final HttpClientTelemetry http;

  private SessionKitTelemetry(OpenTelemetry openTelemetry) {
    this.http = new HttpClientTelemetry(openTelemetry, INSTRUMENTATION_NAME);
  }

  /**
   * Telemetry that records into {@code openTelemetry}'s tracer and meter providers and propagates with its
   * propagators.
   *
   * @param openTelemetry the application's instance, e.g. {@code GlobalOpenTelemetry.get()}
   * @return the telemetry
   * @throws NullPointerException if {@code openTelemetry} is null
   */
  public static SessionKitTelemetry create(OpenTelemetry openTelemetry) {
    return new SessionKitTelemetry(Objects.requireNonNull(openTelemetry, "openTelemetry must not be null"));
  }

  /**
   * The listener to give a client's builder ({@code ClientBuilder.listener}). The same instance every time;
   * it may be shared by any number of clients.
   *
   * @return the listener
   */
  public RequestListener requestListener() {
    return http;
  }
}
