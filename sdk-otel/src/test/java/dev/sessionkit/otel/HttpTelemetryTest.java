package dev.sessionkit.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.testkit.FakeAgentScope;
import dev.sessionkit.testkit.FakeSyntropic;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.testkit.RecordedRequest;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The spans, the duration histogram and the trace headers of real calls of the clients against the fakes. */
class HttpTelemetryTest {
  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build())
      .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
      .build();
  private final SessionKitTelemetry telemetry = SessionKitTelemetry.create(otel);
  private final FakeTimbal fake = FakeTimbal.builder().runs(3).start();

  @AfterEach
  void close() {
    fake.close();
    otel.close();
  }

  private TimbalClient client(RetryPolicy policy) {
    return fake.clientBuilder().retryPolicy(policy).listener(telemetry.requestListener()).build();
  }

  private String runId() {
    return fake.runsJson().get(0).get("id").asText();
  }

  private String urlOf(RecordedRequest r) {
    return fake.baseUrl() + r.path() + (r.query() == null || r.query().isEmpty() ? "" : "?" + r.query());
  }

  private static <T> T attr(SpanData span, AttributeKey<T> key) {
    return span.getAttributes().get(key);
  }

  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  private static final AttributeKey<String> ADDRESS = AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<String> URL = AttributeKey.stringKey("url.full");
  private static final AttributeKey<String> SCHEME = AttributeKey.stringKey("url.scheme");
  private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<String> ERROR = AttributeKey.stringKey("error.type");
  private static final AttributeKey<Long> RESEND = AttributeKey.longKey("http.request.resend_count");

  @Test
  void aSuccessIsOneClientSpanWithEveryAttributeAndTheTraceparentOnTheWire() {
    client(RetryPolicy.none()).runs().get(GetRunRequest.builder().runId(runId()).build());

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals(1, spans.getFinishedSpanItems().size());
    assertEquals("GET", span.getName());
    assertEquals(SpanKind.CLIENT, span.getKind());
    assertEquals(StatusCode.UNSET, span.getStatus().getStatusCode());
    RecordedRequest wire = fake.requests().get(0);
    assertEquals(Attributes.builder().put(METHOD, "GET").put(ADDRESS, "127.0.0.1").put(PORT, (long) fake.port())
        .put(URL, urlOf(wire)).put(STATUS, 200L).build().asMap(), span.getAttributes().asMap());
    assertEquals("dev.sessionkit.otel", span.getInstrumentationScopeInfo().getName());
    assertEquals(0, span.getEvents().size());

    assertEquals(List.of(traceparent(span)),
        wire.headers().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("traceparent"))
            .flatMap(e -> e.getValue().stream()).collect(Collectors.toList()));

    HistogramPointData point = onlyDurationPoint();
    assertEquals(1, point.getCount());
    assertTrue(point.getSum() > 0);
    assertEquals(Attributes.builder().put(METHOD, "GET").put(ADDRESS, "127.0.0.1").put(PORT, (long) fake.port())
        .put(SCHEME, "http").put(STATUS, 200L).build().asMap(), point.getAttributes().asMap());
  }

  @Test
  void theSpanIsAChildOfTheCallersSpanAndTheServerJoinsThatTrace() {
    Span parent = otel.getTracer("test").spanBuilder("parent").startSpan();
    Scope scope = parent.makeCurrent();
    try {
      client(RetryPolicy.none()).runs().list(ListRunsRequest.builder().build());
    } finally {
      scope.close();
      parent.end();
    }
    SpanData http = spans.getFinishedSpanItems().stream().filter(s -> s.getName().equals("GET")).findFirst()
        .orElseThrow();
    assertEquals(parent.getSpanContext().getTraceId(), http.getTraceId());
    assertEquals(parent.getSpanContext().getSpanId(), http.getParentSpanId());
    assertEquals(Optional.of(traceparent(http)),
        fake.requests().get(0).header("traceparent"));
  }

  @Test
  void a404IsAnErrorSpanWithTheStatusAsErrorType() {
    assertThrows(NotFoundException.class,
        () -> client(RetryPolicy.none()).runs().get(GetRunRequest.builder().runId("run_missing").build()));
    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals(1, spans.getFinishedSpanItems().size());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(Attributes.builder().put(METHOD, "GET").put(ADDRESS, "127.0.0.1").put(PORT, (long) fake.port())
        .put(URL, urlOf(fake.requests().get(0))).put(STATUS, 404L).put(ERROR, "404").build().asMap(), span.getAttributes().asMap());
    assertEquals(Attributes.builder().put(METHOD, "GET").put(ADDRESS, "127.0.0.1").put(PORT, (long) fake.port())
        .put(SCHEME, "http").put(STATUS, 404L).put(ERROR, "404").build().asMap(), onlyDurationPoint().getAttributes().asMap());
  }

  @Test
  void aRetried503IsTwoSpansTheSecondWithResendCountOneAndEachWithItsOwnTraceparent() {
    fake.failNext(1, 503);
    RecordingSleeper sleeper = new RecordingSleeper();
    client(RetryPolicy.builder().maxRetries(2).sleeper(sleeper).build()).runs()
        .get(GetRunRequest.builder().runId(runId()).build());

    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(2, finished.size());
    SpanData first = finished.get(0);
    SpanData second = finished.get(1);
    assertEquals(503L, attr(first, STATUS));
    assertEquals("503", attr(first, ERROR));
    assertNull(attr(first, RESEND));
    assertEquals(StatusCode.ERROR, first.getStatus().getStatusCode());
    assertEquals(200L, attr(second, STATUS));
    assertNull(attr(second, ERROR));
    assertEquals(1L, attr(second, RESEND));
    assertEquals(StatusCode.UNSET, second.getStatus().getStatusCode());
    // No span was current: each attempt is a root, and the parent the server sees is that attempt's span.
    List<RecordedRequest> wire = fake.requests();
    assertEquals(Optional.of(traceparent(first)),
        wire.get(0).header("traceparent"));
    assertEquals(Optional.of(traceparent(second)),
        wire.get(1).header("traceparent"));

    List<HistogramPointData> points = durationPoints();
    assertEquals(2, points.size());
    assertEquals(Map.of(503L, 1L, 200L, 1L), points.stream()
        .collect(Collectors.toMap(p -> p.getAttributes().get(STATUS), HistogramPointData::getCount)));
  }

  @Test
  void aConnectionFailureIsAnErrorSpanNamingTheExceptionWithoutAStatus() {
    String base = fake.baseUrl();
    int port = fake.port();
    TimbalClient client = client(RetryPolicy.none());
    fake.close();
    assertThrows(ApiConnectionException.class,
        () -> client.runs().get(GetRunRequest.builder().runId("run_1").build()));

    SpanData span = spans.getFinishedSpanItems().get(0);
    assertEquals(1, spans.getFinishedSpanItems().size());
    assertEquals(StatusCode.ERROR, span.getStatus().getStatusCode());
    assertEquals(Attributes.builder().put(METHOD, "GET").put(ADDRESS, "127.0.0.1").put(PORT, (long) port)
        .put(URL, base + "/orgs/org_demo/projects/proj_demo/runs/run_1")
        .put(ERROR, "dev.sessionkit.core.errors.ApiConnectionException").build().asMap(), span.getAttributes().asMap());
    assertEquals(Attributes.builder().put(METHOD, "GET").put(ADDRESS, "127.0.0.1").put(PORT, (long) port)
        .put(SCHEME, "http").put(ERROR, "dev.sessionkit.core.errors.ApiConnectionException").build().asMap(),
        onlyDurationPoint().getAttributes().asMap());
  }

  @Test
  void noSecretOfAnyVendorReachesAnAttributeAndSecretQueryValuesAreRedacted() {
    RequestOptions secretQuery = RequestOptions.builder().queryParam("api_key", "qs-SECRET-1")
        .queryParam("X-Goog-Signature", "qs-SECRET-2").queryParam("sig", "qs-SECRET-3").queryParam("page", "1")
        .build();
    List<String> secrets = new ArrayList<>(List.of("qs-SECRET-1", "qs-SECRET-2", "qs-SECRET-3", fake.apiKey()));
    client(RetryPolicy.none()).runs().list(ListRunsRequest.builder().build(), secretQuery);
    try (FakeSyntropic syntropic = FakeSyntropic.builder().sessions(2).start();
        FakeAgentScope agents = FakeAgentScope.builder().sessions(2).start()) {
      syntropic.clientBuilder().listener(telemetry.requestListener()).build().sessions()
          .list(dev.sessionkit.syntropic.sessions.ListSessionsRequest.builder().build(), secretQuery);
      agents.clientBuilder().listener(telemetry.requestListener()).build().sessions()
          .list(dev.sessionkit.agents.sessions.ListSessionsRequest.builder()
              .agentId(agents.agentIds("alice").get(0)).build(), secretQuery);
      for (RecordedRequest r : List.of(syntropic.requests().get(0), agents.requests().get(0))) {
        r.header("authorization").ifPresent(secrets::add);
      }
    }
    secrets.add(fake.requests().get(0).header("authorization").orElseThrow());
    List<SpanData> finished = spans.getFinishedSpanItems();
    assertEquals(3, finished.size());
    for (SpanData span : finished) {
      String url = attr(span, URL);
      assertTrue(url.contains("api_key=REDACTED") && url.contains("X-Goog-Signature=REDACTED")
          && url.contains("sig=REDACTED") && url.contains("page=1"), url);
      assertFalse(url.contains("qs-SECRET"), url);
    }
    List<String> values = new ArrayList<>();
    finished.forEach(s -> s.getAttributes().forEach((k, v) -> values.add(String.valueOf(v))));
    metrics.collectAllMetrics().forEach(m -> m.getData().getPoints()
        .forEach(p -> p.getAttributes().forEach((k, v) -> values.add(String.valueOf(v)))));
    for (String secret : secrets) {
      String token = secret.substring(secret.indexOf(' ') + 1);
      for (String value : values) {
        assertFalse(value.contains(token), "a secret in " + value);
      }
    }
  }

  /** The W3C header for the span as parent: version 00, its ids and its flags (sampled, and random trace id). */
  private static String traceparent(SpanData span) {
    return "00-" + span.getTraceId() + "-" + span.getSpanId() + "-" + span.getSpanContext().getTraceFlags().asHex();
  }

  private List<HistogramPointData> durationPoints() {
    Collection<MetricData> all = metrics.collectAllMetrics();
    MetricData duration = all.stream().filter(m -> m.getName().equals("http.client.request.duration"))
        .findFirst().orElseThrow();
    assertEquals("s", duration.getUnit());
    return new ArrayList<>(duration.getHistogramData().getPoints());
  }

  private HistogramPointData onlyDurationPoint() {
    List<HistogramPointData> points = durationPoints();
    assertEquals(1, points.size());
    return points.get(0);
  }

}
