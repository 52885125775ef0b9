package dev.sessionkit.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.autoconfigure.AutoConfiguredOpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The wirings that sdk-otel's package Javadoc shows, run as written there. */
class WiringTest {
  private final FakeTimbal fake = FakeTimbal.builder().runs(3).start();
  private final ExecutorService pool = Executors.newSingleThreadExecutor();

  @AfterEach
  void close() {
    fake.close();
    pool.shutdownNow();
  }

  @Test
  void anAutoconfiguredSdkTracesTheCallsAndPropagatesWithItsDefaultPropagators() {
    // What OTEL_* variables would say, as settings; the test's in-memory exporter stands in for OTLP. (With no
    // exporter at all, the SDK makes no valid spans, so nothing would be propagated either.)
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.builder()
        .addPropertiesSupplier(() -> Map.of("otel.traces.exporter", "none", "otel.metrics.exporter", "none",
            "otel.logs.exporter", "none", "otel.service.name", "billing"))
        .addTracerProviderCustomizer((tracing, config) -> tracing.addSpanProcessor(SimpleSpanProcessor.create(spans)))
        .disableShutdownHook()
        .build().getOpenTelemetrySdk();
    try {
      SessionKitTelemetry telemetry = SessionKitTelemetry.create(sdk);
      TimbalClient timbal = fake.clientBuilder().listener(telemetry.requestListener()).build();
      timbal.runs().list(ListRunsRequest.builder().build());

      SpanData span = spans.getFinishedSpanItems().get(0);
      assertEquals("billing", span.getResource().getAttribute(AttributeKey.stringKey("service.name")));
      // The flags are the span's: sampled, and (W3C level 2) a random trace id.
      assertEquals(Optional.of("00-" + span.getTraceId() + "-" + span.getSpanId() + "-"
              + span.getSpanContext().getTraceFlags().asHex()),
          fake.requests().get(0).header("traceparent"), "autoconfigure's default propagators include W3C's");
    } finally {
      sdk.close();
    }
  }

  @Test
  void anAsyncCallOnATaskWrappingExecutorIsAChildOfTheCallersSpan() {
    InMemorySpanExporter spans = InMemorySpanExporter.create();
    try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .build()) {
      SessionKitTelemetry telemetry = SessionKitTelemetry.create(sdk);
      TimbalClient wrapped = fake.clientBuilder().executor(Context.taskWrapping(pool))
          .listener(telemetry.requestListener()).build();
      TimbalClient plain = fake.clientBuilder().executor(pool).listener(telemetry.requestListener()).build();

      Span parent = sdk.getTracer("test").spanBuilder("parent").startSpan();
      Scope scope = parent.makeCurrent();
      try {
        wrapped.async().runs().list(ListRunsRequest.builder().build()).join();
        plain.async().runs().list(ListRunsRequest.builder().build()).join();
      } finally {
        scope.close();
        parent.end();
      }

      SpanData first = spans.getFinishedSpanItems().get(0);
      SpanData second = spans.getFinishedSpanItems().get(1);
      assertEquals(parent.getSpanContext().getSpanId(), first.getParentSpanId());
      assertEquals(parent.getSpanContext().getTraceId(), first.getTraceId());
      // Why the Javadoc asks for the wrapper: without it the executor's thread has no current span.
      assertEquals(SpanId.getInvalid(), second.getParentSpanId());
      assertNotEquals(parent.getSpanContext().getTraceId(), second.getTraceId());
    }
  }
}
