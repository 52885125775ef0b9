package dev.sessionkit.readme;

// readme:begin opentelemetry
import dev.sessionkit.otel.SessionKitTelemetry;
import dev.sessionkit.timbal.TimbalClient;
// readme:end opentelemetry

/** README, "OpenTelemetry": one listener for every client. */
final class OpenTelemetrySetup {
  private OpenTelemetrySetup() {}

  static TimbalClient setUp(io.opentelemetry.api.OpenTelemetry openTelemetry, String key) {
    // readme:begin opentelemetry
    SessionKitTelemetry telemetry = SessionKitTelemetry.create(openTelemetry); // your existing instance
    TimbalClient timbal = TimbalClient.builder()
        .apiKey(key)
        .listener(telemetry.requestListener())   // one listener serves any number of clients
        .build();
    // readme:end opentelemetry
    return timbal;
  }
}
