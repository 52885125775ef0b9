/**
 * OpenTelemetry for SessionKit's clients: an HTTP client span and duration per attempt, trace context on the
 * wire, and the token usage and cost of sessions as metrics. Start at
 * {@link dev.sessionkit.otel.SessionKitTelemetry}, which says what is recorded and under which names.
 *
 * <p>This module needs {@code opentelemetry-api} only. The application brings the OpenTelemetry SDK (or the
 * Java agent) and decides where the data goes; without one, the API's no-op implementation records nothing
 * and costs next to nothing.
 *
 * <h2>With an {@code OpenTelemetry} you already have</h2>
 * Make one {@code SessionKitTelemetry} for the application, and give its listener to every client:
 * <pre>{@code
 * SessionKitTelemetry telemetry = SessionKitTelemetry.create(openTelemetry);
 * TimbalClient timbal = TimbalClient.builder()
 *     .apiKey(key)
 *     .listener(telemetry.requestListener())
 *     .build();
 * SyntropicClient syntropic = SyntropicClient.builder()
 *     .baseUrl(url)
 *     .listener(telemetry.requestListener())   // the same listener serves every client
 *     .build();
 * }</pre>
 * A Spring application that exposes an {@code OpenTelemetry} bean (Spring Boot's OpenTelemetry starter)
 * passes that bean; under the OpenTelemetry Java agent the instance is {@code GlobalOpenTelemetry.get()}.
 *
 * <h2>With autoconfiguration</h2>
 * With {@code io.opentelemetry:opentelemetry-sdk-extension-autoconfigure} and an exporter (e.g.
 * {@code opentelemetry-exporter-otlp}) on the class path, the SDK configures itself from {@code OTEL_*}
 * environment variables or {@code otel.*} system properties ({@code OTEL_SERVICE_NAME},
 * {@code OTEL_EXPORTER_OTLP_ENDPOINT}, {@code OTEL_TRACES_EXPORTER}, …):
 * <pre>{@code
 * OpenTelemetrySdk sdk = AutoConfiguredOpenTelemetrySdk.initialize().getOpenTelemetrySdk();
 * SessionKitTelemetry telemetry = SessionKitTelemetry.create(sdk);
 * // … build clients with telemetry.requestListener(); at exit, sdk.close() flushes what is pending.
 * }</pre>
 *
 * <h2>Async clients</h2>
 * The span of an attempt is a child of the context current on the thread that makes it. Async clients make
 * attempts on the client's executor ({@code client.async()} shares the client's), so give the builder one
 * that carries the caller's context: {@code TimbalClient.builder().executor(Context.taskWrapping(executor))}.
 *
 * <h2>Usage metrics</h2>
 * {@code telemetry.recordUsage(session.toSessionUsage())} for one session, or every session of a listing in
 * constant memory:
 * <pre>{@code
 * long n = telemetry.recordAll(syntropic.sessions().listAll(ListSessionsRequest.builder().build()),
 *     Session::toSessionUsage);
 * }</pre>
 * The GenAI conventions that name these metrics are of Development status; the version followed is named in
 * {@link dev.sessionkit.otel.SessionKitTelemetry}. The session id is left off the metrics unless asked for
 * ({@link dev.sessionkit.otel.SessionKitTelemetry.Builder#conversationIdOnMetrics(boolean)}), for the reason
 * given there.
 */
package dev.sessionkit.otel;
