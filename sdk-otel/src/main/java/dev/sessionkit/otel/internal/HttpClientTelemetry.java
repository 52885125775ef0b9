package dev.sessionkit.otel.internal;

import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.errors.SessionKitException;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleHistogram;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The listener behind {@code SessionKitTelemetry.requestListener()}: a span per attempt, the duration
 * histogram, and the trace headers. Thread-safe.
 *
 * <p>An attempt's span is started in {@link #requestSent} and found again by the identity of its
 * {@link RequestInfo}: the transport passes the same instance to every later call about that attempt, while
 * two concurrent attempts of the same call can be equal by value.
 */
public final class HttpClientTelemetry implements RequestListener {
  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  static final AttributeKey<String> URL_FULL = AttributeKey.stringKey("url.full");
  static final AttributeKey<String> URL_SCHEME = AttributeKey.stringKey("url.scheme");
  static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  static final AttributeKey<Long> RESEND_COUNT = AttributeKey.longKey("http.request.resend_count");

  // The conventions' advice for http.client.request.duration.
  private static final List<Double> DURATION_BUCKETS =
      List.of(0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1.0, 2.5, 5.0, 7.5, 10.0);

  private static final Set<String> KNOWN_METHODS =
      Set.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT", "TRACE");

  private static final TextMapSetter<Map<String, String>> SETTER = (carrier, key, value) -> {
    if (carrier != null) {
      carrier.put(key, value);
    }
  };

  private final Tracer tracer;
  private final DoubleHistogram duration;
  private final TextMapPropagator propagator;
  private final Map<Identity, Attempt> open = new ConcurrentHashMap<>();

  /**
   * @param openTelemetry where spans and metrics go, and its propagator
   * @param scope the instrumentation scope's name
   */
  public HttpClientTelemetry(OpenTelemetry openTelemetry, String scope) {
    this.tracer = openTelemetry.getTracer(scope);
    this.duration = openTelemetry.getMeter(scope).histogramBuilder("http.client.request.duration")
        .setUnit("s")
        .setDescription("Duration of HTTP client requests.")
        .setExplicitBucketBoundariesAdvice(DURATION_BUCKETS)
        .build();
    this.propagator = openTelemetry.getPropagators().getTextMapPropagator();
  }

  @Override
  public void requestSent(RequestInfo request) {
    URI uri = request.uri();
    String method = KNOWN_METHODS.contains(request.method()) ? request.method() : "_OTHER";
    String host = host(uri);
    long port = port(uri);
    AttributesBuilder metric = Attributes.builder().put(METHOD, method).put(SERVER_ADDRESS, host)
        .put(SERVER_PORT, port).put(URL_SCHEME, uri.getScheme());
    SpanBuilder span = tracer.spanBuilder(method.equals("_OTHER") ? "HTTP" : method)
        .setSpanKind(SpanKind.CLIENT)
        .setParent(Context.current())
        .setAttribute(METHOD, method)
        .setAttribute(SERVER_ADDRESS, host)
        .setAttribute(SERVER_PORT, port)
        .setAttribute(URL_FULL, UrlRedaction.redact(uri));
    if (request.attempt() > 1) {
      span.setAttribute(RESEND_COUNT, (long) request.attempt() - 1);
    }
    open.put(new Identity(request), new Attempt(span.startSpan(), metric.build(), System.nanoTime()));
  }

  @Override
  public Map<String, String> headersToAdd(RequestInfo request) {
    Attempt attempt = open.get(new Identity(request));
    if (attempt == null) {
      return Map.of();
    }
    Map<String, String> headers = new LinkedHashMap<>();
    propagator.inject(Context.current().with(attempt.span), headers, SETTER);
    return headers;
  }

  @Override
  public void responseReceived(RequestInfo request, int statusCode, Duration elapsed) {
    Attempt attempt = open.remove(new Identity(request));
    if (attempt == null) {
      return;
    }
    attempt.span.setAttribute(STATUS_CODE, (long) statusCode);
    AttributesBuilder metric = attempt.metric.toBuilder().put(STATUS_CODE, (long) statusCode);
    if (statusCode >= 400) {
      String type = Integer.toString(statusCode);
      attempt.span.setAttribute(ERROR_TYPE, type);
      attempt.span.setStatus(StatusCode.ERROR);
      metric.put(ERROR_TYPE, type);
    }
    attempt.end(duration, metric.build(), elapsed.toNanos());
  }

  @Override
  public void retryScheduled(RequestInfo request, Duration delay, SessionKitException cause) {
    failed(request, cause);
  }

  @Override
  public void requestFailed(RequestInfo request, Duration elapsed, SessionKitException error) {
    failed(request, error);
  }

  // An attempt that got no response: its span is still open. One that got an error status was ended then.
  private void failed(RequestInfo request, SessionKitException error) {
    Attempt attempt = request == null ? null : open.remove(new Identity(request));
    if (attempt == null) {
      return;
    }
    String type = error.getClass().getName();
    attempt.span.setAttribute(ERROR_TYPE, type);
    attempt.span.setStatus(StatusCode.ERROR);
    attempt.end(duration, attempt.metric.toBuilder().put(ERROR_TYPE, type).build(),
        System.nanoTime() - attempt.startNanos);
  }

  /** How many attempts have a span open: for tests. */
  int openAttempts() {
    return open.size();
  }

  private static String host(URI uri) {
    String host = uri.getHost() == null ? "" : uri.getHost();
    // server.address is the bare address: an IPv6 literal without its URL brackets.
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }

  private static long port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equals(uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT)) ? 443 : 80;
  }

  private static final class Attempt {
    final Span span;
    final Attributes metric;
    final long startNanos;

    Attempt(Span span, Attributes metric, long startNanos) {
      this.span = span;
      this.metric = metric;
      this.startNanos = startNanos;
    }

    void end(DoubleHistogram histogram, Attributes attributes, long nanos) {
      histogram.record(nanos / 1e9, attributes);
      span.end();
    }
  }

  /** A key equal only to itself: {@link RequestInfo#equals} compares values. */
  private static final class Identity {
    private final RequestInfo request;

    Identity(RequestInfo request) {
      this.request = request;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Identity && ((Identity) o).request == request;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(request);
    }
  }
}
