/**
 * SessionKit's example programs. A named module on purpose: its tests run on the module path, so they
 * prove that the SDK's module descriptors export and open what a modular application needs (Jackson
 * reaches the models through {@code opens}, which class-path tests never exercise).
 */
module dev.sessionkit.examples {
  requires dev.sessionkit.timbal;
  requires dev.sessionkit.syntropic;
  requires dev.sessionkit.agents;
  requires dev.sessionkit.testkit;
  requires dev.sessionkit.otel;
  // UsageToOpenTelemetry: the OpenTelemetry SDK and its logging exporters (automatic modules), which write to
  // java.util.logging: nothing else in the module graph requires java.logging.
  requires io.opentelemetry.api;
  requires io.opentelemetry.context;
  requires io.opentelemetry.sdk;
  requires io.opentelemetry.sdk.common;
  requires io.opentelemetry.sdk.trace;
  requires io.opentelemetry.sdk.metrics;
  requires io.opentelemetry.exporter.logging;
  requires java.logging;
}
