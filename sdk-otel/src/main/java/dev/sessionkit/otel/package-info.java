/**
 * OpenTelemetry for SessionKit's clients; start at {@link dev.sessionkit.otel.SessionKitTelemetry}.
 *
 * <h2>Wiring</h2>
 * <pre>{@code
 * SessionKitTelemetry telemetry = SessionKitTelemetry.create(openTelemetry);
 * TimbalClient timbal = TimbalClient.builder()
 *     .apiKey(key)
 *     .listener(telemetry.requestListener())
 *     .build();
 * }</pre>
 * With the SDK's autoconfiguration ({@code opentelemetry-sdk-extension-autoconfigure}), the instance comes
 * from {@code AutoConfiguredOpenTelemetrySdk.initialize().getOpenTelemetrySdk()}; under the OpenTelemetry
 * Java agent, from {@code GlobalOpenTelemetry.get()}.
 */
package dev.sessionkit.otel;
