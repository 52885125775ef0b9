package dev.sessionkit.otel.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.errors.ApiConnectionException;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The listener's edges, driven by hand: URLs, methods, attempts told of twice or never. */
class HttpClientTelemetryTest {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
      .build();
  private final HttpClientTelemetry listener = new HttpClientTelemetry(otel, "test");

  @AfterEach
  void close() {
    otel.close();
  }

  private static RequestInfo info(String method, String uri, int attempt) {
    return RequestInfo.of(method, URI.create(uri), Map.of(), attempt);
  }

  @Test
  void urlCredentialsAndSecretQueryValuesAreRedactedAndTheFragmentDropped() {
    assertEquals("https://REDACTED:REDACTED@api.example.com/v1/runs?api_key=REDACTED&AWSAccessKeyId=REDACTED"
            + "&Signature=REDACTED&sig=REDACTED&access_token=REDACTED&client_secret=REDACTED&password=REDACTED"
            + "&page=2&flag&q=a%20b",
        UrlRedaction.redact(URI.create("https://user:pw@api.example.com/v1/runs?api_key=k1&AWSAccessKeyId=k2"
            + "&Signature=k3&sig=k4&access_token=k5&client_secret=k6&password=k7&page=2&flag&q=a%20b#frag")));
    assertEquals("http://[::1]:8080/x", UrlRedaction.redact(URI.create("http://[::1]:8080/x")));
  }

  @Test
  void addressPortAndMethodFollowTheConventions() {
    RequestInfo https = info("GET", "https://api.timbal.ai/runs", 1);
    listener.requestSent(https);
    listener.responseReceived(https, 200, Duration.ofMillis(3));
    RequestInfo v6 = info("QUERY", "http://[::1]/runs", 1);
    listener.requestSent(v6);
    listener.responseReceived(v6, 200, Duration.ofMillis(3));
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals("GET", finished.get(0).getName());
    assertEquals(443L, finished.get(0).getAttributes().get(HttpClientTelemetry.SERVER_PORT));
    assertEquals("api.timbal.ai", finished.get(0).getAttributes().get(HttpClientTelemetry.SERVER_ADDRESS));
    assertEquals("HTTP", finished.get(1).getName());
    assertEquals("_OTHER", finished.get(1).getAttributes().get(HttpClientTelemetry.METHOD));
    assertEquals(80L, finished.get(1).getAttributes().get(HttpClientTelemetry.SERVER_PORT));
    assertEquals("::1", finished.get(1).getAttributes().get(HttpClientTelemetry.SERVER_ADDRESS));
  }

  @Test
  void everyWayAnAttemptEndsClosesItsSpanOnceAndKeepsNothing() {
    RequestInfo ok = info("GET", "http://127.0.0.1:1/a", 1);
    listener.requestSent(ok);
    listener.responseReceived(ok, 200, Duration.ZERO);
    RequestInfo status = info("GET", "http://127.0.0.1:1/a", 1); // equal to ok, but another attempt
    listener.requestSent(status);
    listener.responseReceived(status, 503, Duration.ZERO);
    ApiConnectionException dropped = new ApiConnectionException("connection failed", null);
    listener.retryScheduled(status, Duration.ZERO, dropped); // after its response: already ended
    RequestInfo refused = info("GET", "http://127.0.0.1:1/a", 2);
    listener.requestSent(refused);
    listener.retryScheduled(refused, Duration.ZERO, dropped);
    RequestInfo last = info("GET", "http://127.0.0.1:1/a", 3);
    listener.requestSent(last);
    listener.requestFailed(last, Duration.ZERO, dropped);
    listener.requestFailed(null, Duration.ZERO, dropped); // a call that failed before sending anything

    assertEquals(4, spans.getFinishedSpanItems().size());
    assertEquals(0, listener.openAttempts());
    assertEquals(Map.of(), listener.headersToAdd(ok), "no span open for it: nothing to propagate");
  }
}
