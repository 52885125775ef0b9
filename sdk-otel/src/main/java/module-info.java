/**
 * OpenTelemetry for SessionKit: HTTP client spans, the request-duration histogram and trace-context
 * propagation for every call of any SessionKit client. Depends on the OpenTelemetry API only; the application
 * brings the SDK (or the Java agent) that exports.
 */
module dev.sessionkit.otel {
  requires transitive dev.sessionkit.core;
  // Not transitive although OpenTelemetry's types are in this module's API: its jars are automatic modules
  // (Automatic-Module-Name only), and an application that hands over an OpenTelemetry instance reads them
  // already.
  requires io.opentelemetry.api;
  requires io.opentelemetry.context;
  // Compile time only: sdk-core's SessionUsage carries Immutables' annotations, which javadoc reads.
  requires static org.immutables.value.annotations;

  exports dev.sessionkit.otel;
}
