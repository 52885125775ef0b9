package dev.sessionkit.examples;

import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.otel.SessionKitTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.exporter.logging.LoggingMetricExporter;
import io.opentelemetry.exporter.logging.LoggingSpanExporter;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.common.export.MemoryMode;
import io.opentelemetry.sdk.metrics.Aggregation;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Reads every session of Timbal, Syntropic137 and AgentScope and sends their usage, and the HTTP calls that
 * read them, to OpenTelemetry through {@code sdk-otel}'s {@link SessionKitTelemetry}: its request listener on
 * every client turns each HTTP attempt into a client span (and the {@code http.client.request.duration}
 * histogram), and {@link SessionKitTelemetry#recordAll} records each session's tokens
 * ({@code gen_ai.client.token.usage}) and reported cost ({@code sessionkit.usage.cost}) as the listings page,
 * in constant memory.
 *
 * <pre>
 * ./mvnw -q -B -pl examples -am verify -DskipTests -Pusage-to-opentelemetry
 * </pre>
 *
 * <p>With no credentials in the environment it reads the SDK's fake servers; the settings that choose the real
 * services are those of {@link CostReport}.
 *
 * <p>It builds the OpenTelemetry SDK in code, the way an application without the Java agent or autoconfigure
 * would: a tracer provider with a batch span processor, a meter provider with a periodic reader, W3C trace
 * context on the wire, and the logging exporters of {@code opentelemetry-exporter-logging}, which write each
 * span and, when the SDK is shut down at the end, each metric to {@code java.util.logging} (stderr by default).
 * Shutting down flushes both providers, so everything recorded is exported before the program exits. The
 * whole run is one trace: the HTTP spans are children of a span named {@value #JOB_SPAN}.
 *
 * <p>Standard output gets a summary of what the exporters were handed (the exporters are wrapped to count,
 * so it shows the export path, not the input; a span the batch processor had to drop because its queue of
 * 2,048 was full is not counted, as it was not exported): the HTTP client spans per vendor, method and status (or
 * {@code error.type} where no response came), then per vendor the sessions recorded, the token sums of
 * {@code gen_ai.client.token.usage} per token type and the sum of {@code sessionkit.usage.cost}
 * ({@code n/a} where the vendor reports no cost: AgentScope). The figures are those of the last metric export,
 * which holds the totals (cumulative temporality). On the fakes the summary is the same on every run; which
 * service each vendor's figures came from goes to stderr with the exporters' lines.
 *
 * <p>A failure prints one line and exits non-zero (see {@link CommandLine}); what was recorded before it is
 * still exported.
 */
public final class UsageToOpenTelemetry {
  private static final String TOOL = "usage-to-opentelemetry";
  /** The name of the span that is the parent of every HTTP span of a run. */
  private static final String JOB_SPAN = "usage-to-opentelemetry";

  private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  private static final AttributeKey<String> SERVER_ADDRESS = AttributeKey.stringKey("server.address");
  private static final AttributeKey<Long> SERVER_PORT = AttributeKey.longKey("server.port");
  private static final AttributeKey<Long> STATUS_CODE = AttributeKey.longKey("http.response.status_code");
  private static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
  private static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
  private static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
  private static final AttributeKey<String> CACHE = AttributeKey.stringKey("sessionkit.token.cache");

  /** Timbal, Syntropic137, AgentScope, as everywhere in the examples; anything else after them. */
  private static final Comparator<String> VENDORS = Comparator.<String>comparingInt(vendor -> {
    int i = List.of("timbal", "syntropic", "agentscope").indexOf(vendor);
    return i < 0 ? 3 : i;
  }).thenComparing(Comparator.naturalOrder());

  private UsageToOpenTelemetry() {}

  /**
   * Runs the example; on failure prints one line on stderr and exits non-zero (see {@code CommandLine}).
   *
   * @param args none but {@code --debug}, for the stack trace of a failure
   */
  public static void main(String[] args) {
    CommandLine.main(TOOL, args, UsageToOpenTelemetry::export);
  }

  private static void export(CommandLine.Invocation call) {
    call.noArguments();
    CountingSpanExporter spans = new CountingSpanExporter(LoggingSpanExporter.create());
    // Cumulative, so that the last export holds the totals the summary prints.
    LastMetricsExporter metrics = new LastMetricsExporter(LoggingMetricExporter.create(AggregationTemporality.CUMULATIVE));
    Resource resource = Resource.getDefault().merge(Resource.create(
        Attributes.of(AttributeKey.stringKey("service.name"), "sessionkit-usage-example")));
    OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setTracerProvider(SdkTracerProvider.builder().setResource(resource)
            .addSpanProcessor(BatchSpanProcessor.builder(spans).build()).build())
        .setMeterProvider(SdkMeterProvider.builder().setResource(resource)
            .registerMetricReader(PeriodicMetricReader.builder(metrics).build()).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .build();
    SessionKitTelemetry telemetry = SessionKitTelemetry.create(sdk);
    Map<String, String> vendorByServer;
    try (UsageSources sources = new UsageSources(call.env(), telemetry.requestListener())) {
      Span job = sdk.getTracer("dev.sessionkit.examples").spanBuilder(JOB_SPAN).startSpan();
      Scope current = job.makeCurrent();
      boolean exported;
      try {
        // An Iterable over the lazy stream: recordAll keeps nothing, the listings page as it goes.
        telemetry.recordAll(sources.all(u -> { })::iterator, Function.identity());
      } finally {
        current.close();
        job.end();
        // Whatever happened, what was recorded is exported (and the reader's last export holds the totals).
        exported = sdk.shutdown().join(30, TimeUnit.SECONDS).isSuccess();
      }
      if (!exported) {
        throw new IllegalStateException("the OpenTelemetry SDK did not export everything within 30 s");
      }
      sources.origins().forEach(o -> call.err().println(TOOL + ": read " + o));
      vendorByServer = vendorByServer(sources.clients());
    }
    printSummary(call.out(), spans, metrics.last(), vendorByServer);
  }

  /** {@code host:port} of each client's base URL, as the spans' {@code server.*} attributes name it. */
  private static Map<String, String> vendorByServer(VendorClients clients) {
    Map<String, String> vendors = new LinkedHashMap<>();
    List<Map.Entry<String, ClientConfig>> configs = List.of(Map.entry("timbal", clients.timbal().config()),
        Map.entry("syntropic", clients.syntropic().config()), Map.entry("agentscope", clients.agentScope().config()));
    for (Map.Entry<String, ClientConfig> e : configs) {
      URI url = e.getValue().baseUrl();
      int port = url.getPort() != -1 ? url.getPort() : "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
      // Two services behind one gateway share host and port: their spans are counted together.
      vendors.merge(server(url.getHost(), port), e.getKey(), (a, b) -> a + "+" + b);
    }
    return vendors;
  }

  private static String server(String host, long port) {
    return host.toLowerCase(Locale.ROOT) + ":" + port;
  }

  // ---- the summary -------------------------------------------------------------------------------------------

  /** Token sums of one vendor, in the order printed: input, output, cache read, cache creation. */
  private static final class VendorUsage {
    long sessions;
    final long[] tokens = new long[4];
    BigDecimal costUsd;
  }

  private static void printSummary(PrintStream out, CountingSpanExporter spans, Collection<MetricData> metrics,
      Map<String, String> vendorByServer) {
    Map<String, VendorUsage> usage = usageByVendor(metrics);
    long sessions = usage.values().stream().mapToLong(u -> u.sessions).sum();
    // vendor, method, status -> spans, in the vendors' order.
    Map<List<String>, Long> byVendor = new TreeMap<>(
        Comparator.comparing((List<String> key) -> key.get(0), VENDORS).thenComparing(key -> String.join(" ", key)));
    spans.counts().forEach((key, n) -> byVendor.merge(
        List.of(vendorByServer.getOrDefault(key.get(0), key.get(0)), key.get(1), key.get(2)), n, Long::sum));
    long spanCount = byVendor.values().stream().mapToLong(Long::longValue).sum();
    out.println("Exported to OpenTelemetry: usage of " + sessions + " sessions, " + spanCount + " HTTP client spans");
    out.println();
    out.println("HTTP client spans");
    out.printf("  %-12s %-7s %-7s %7s%n", "vendor", "method", "status", "spans");
    byVendor.forEach((key, n) -> out.printf("  %-12s %-7s %-7s %7d%n", key.get(0), key.get(1), key.get(2), n));
    out.println();
    out.println("Usage (gen_ai.client.token.usage, sessionkit.usage.cost)");
    out.printf("  %-12s %8s %14s %14s %14s %14s %10s%n", "vendor", "sessions", "input", "output", "cache read",
        "cache created", "cost USD");
    usage.forEach((vendor, u) -> out.printf(Locale.ROOT, "  %-12s %8d %,14d %,14d %,14d %,14d %10s%n", vendor,
        u.sessions, u.tokens[0], u.tokens[1], u.tokens[2], u.tokens[3],
        u.costUsd == null ? "n/a" : u.costUsd.setScale(2, RoundingMode.HALF_UP).toPlainString()));
  }

  private static Map<String, VendorUsage> usageByVendor(Collection<MetricData> metrics) {
    Map<String, VendorUsage> usage = new TreeMap<>(VENDORS);
    for (MetricData metric : metrics) {
      if (metric.getName().equals("gen_ai.client.token.usage")) {
        for (HistogramPointData point : metric.getHistogramData().getPoints()) {
          VendorUsage u = usage.computeIfAbsent(point.getAttributes().get(PROVIDER), v -> new VendorUsage());
          String type = point.getAttributes().get(TOKEN_TYPE);
          String cache = point.getAttributes().get(CACHE);
          int column = "output".equals(type) ? 1 : "read".equals(cache) ? 2 : "creation".equals(cache) ? 3 : 0;
          // Long values: the histogram's sum is a double, exact below 2^53 tokens.
          u.tokens[column] += (long) point.getSum();
          if (column == 1) {
            u.sessions += point.getCount(); // one output record per session
          }
        }
      } else if (metric.getName().equals("sessionkit.usage.cost")) {
        for (DoublePointData point : metric.getDoubleSumData().getPoints()) {
          VendorUsage u = usage.computeIfAbsent(point.getAttributes().get(PROVIDER), v -> new VendorUsage());
          BigDecimal usd = BigDecimal.valueOf(point.getValue());
          u.costUsd = u.costUsd == null ? usd : u.costUsd.add(usd);
        }
      }
    }
    return usage;
  }

  // ---- the exporters, wrapped to count what they are handed ---------------------------------------------------

  /** Hands every span to the logging exporter and counts SessionKit's by server, method and status. */
  private static final class CountingSpanExporter implements SpanExporter {
    private final SpanExporter delegate;
    private final Map<List<String>, Long> counts = new LinkedHashMap<>();

    CountingSpanExporter(SpanExporter delegate) {
      this.delegate = delegate;
    }

    @Override
    public CompletableResultCode export(Collection<SpanData> batch) {
      synchronized (counts) {
        for (SpanData span : batch) {
          if (!span.getInstrumentationScopeInfo().getName().equals(SessionKitTelemetry.INSTRUMENTATION_NAME)) {
            continue; // the job span
          }
          Attributes a = span.getAttributes();
          Long status = a.get(STATUS_CODE);
          List<String> key = List.of(server(String.valueOf(a.get(SERVER_ADDRESS)), a.get(SERVER_PORT)),
              String.valueOf(a.get(METHOD)), status != null ? status.toString() : String.valueOf(a.get(ERROR_TYPE)));
          counts.merge(key, 1L, Long::sum);
        }
      }
      return delegate.export(batch);
    }

    /** Server ({@code host:port}), method, status -> spans. */
    Map<List<String>, Long> counts() {
      synchronized (counts) {
        return new LinkedHashMap<>(counts);
      }
    }

    @Override
    public CompletableResultCode flush() {
      return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
      return delegate.shutdown();
    }
  }

  /**
   * Hands every metric to the logging exporter and keeps the last export of each metric: with cumulative
   * temporality (the logging exporter's) that is the total.
   */
  private static final class LastMetricsExporter implements MetricExporter {
    private final MetricExporter delegate;
    private final Map<String, MetricData> last = new LinkedHashMap<>();

    LastMetricsExporter(MetricExporter delegate) {
      this.delegate = delegate;
    }

    @Override
    public CompletableResultCode export(Collection<MetricData> batch) {
      synchronized (last) {
        batch.forEach(m -> last.put(m.getName(), m));
      }
      return delegate.export(batch);
    }

    Collection<MetricData> last() {
      synchronized (last) {
        return new ArrayList<>(last.values());
      }
    }

    @Override
    public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
      return delegate.getAggregationTemporality(instrumentType);
    }

    @Override
    public Aggregation getDefaultAggregation(InstrumentType instrumentType) {
      return delegate.getDefaultAggregation(instrumentType);
    }

    @Override
    public MemoryMode getMemoryMode() {
      // The data is kept after export: it must not be reused by the SDK.
      return MemoryMode.IMMUTABLE_DATA;
    }

    @Override
    public CompletableResultCode flush() {
      return delegate.flush();
    }

    @Override
    public CompletableResultCode shutdown() {
      return delegate.shutdown();
    }
  }
}
