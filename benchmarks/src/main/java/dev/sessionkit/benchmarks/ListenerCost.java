package dev.sessionkit.benchmarks;

import dev.sessionkit.core.RequestListener;
import dev.sessionkit.otel.SessionKitTelemetry;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.metrics.InstrumentType;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.AggregationTemporality;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What sdk-otel's request listener costs a listing: the same {@code listAll} walk of a {@link LoopbackServer}
 * listing by clients without a listener (the clients' default, the baseline), with
 * {@code SessionKitTelemetry.create(otel).requestListener()} over a realistic OpenTelemetry SDK, and with the
 * same listener over {@link OpenTelemetry#noop()} (an application that has the API but no SDK). For
 * Syntropic137 also {@code SessionKitTelemetry.recordAll} over the listing, on a client without a listener:
 * what recording every session's usage costs on top of the walk. Timbal's run listing has no usage view
 * ({@code toSessionUsage()} is on its compose sessions, which are not paged), so it has no recordAll figure.
 *
 * <p>The SDK is what an application runs, minus the network: a {@link BatchSpanProcessor} (its defaults:
 * queue of 2,048, batches of 512) over an exporter that counts the spans and drops them, an
 * {@link SdkMeterProvider} with a {@link PeriodicMetricReader} (its default interval of 60 s; cumulative
 * temporality, OTLP's default) over an exporter that drops the metrics, the default sampler (every span
 * sampled), and the W3C propagator, so every request carries a {@code traceparent} header. The batch
 * processor's thread exports on the other core when one is free; on a busy machine it competes with the walk,
 * as it would in an application.
 *
 * <p>The contenders are interleaved as in {@link LoopbackBenchmark}: warm-ups, then rounds in a rotating
 * order; every walk is checked to see the same items. A ratio is the median of the per-round ratios (each
 * contender against the baseline's walk of the same round), which the load of a shared machine, drifting over
 * minutes, biases less than a ratio of medians. Beside wall time, each walk's CPU time (the whole JVM's,
 * {@link ProcessCpu}) is compared with the baseline's of the same round: other processes delay a walk but do
 * not add to it. The listener acts once per HTTP attempt, so its cost is per page: the ratio depends on the
 * page size (Timbal: {@value LoopbackServer#TIMBAL_PAGE_SIZE} runs, Syntropic137:
 * {@value SyntropicPages#MAX_LIMIT} sessions), and the report gives the cost per request too.
 *
 * <pre>{@code
 * java -cp … dev.sessionkit.benchmarks.ListenerCost --items 50000 --warmups 4 --rounds 31 --markdown section.md
 * }</pre>
 */
public final class ListenerCost {
  /**
   * The contenders, in the order they are reported: the baseline (index 0), the listener over the SDK, the
   * listener over the no-op API, and recordAll (Syntropic137 only).
   */
  static final List<String> CONTENDERS = List.of("no-listener", "otel-sdk", "otel-noop", "recordAll");
  /** The index of the listener over the SDK. */
  static final int SDK = 1;
  /** The index of the listener over the no-op API. */
  static final int NOOP = 2;
  /** The index of recordAll. */
  static final int RECORD_ALL = 3;
  /**
   * Items per walk by default: short walks and many rounds, so that the walks compared in a round are close in
   * time (a fraction of a second apart) while the load of a shared machine drifts.
   */
  static final int ITEMS = 50_000;
  /** Warm-up walks per contender by default: 200,000 items each at the default length, enough for the JIT. */
  static final int WARMUPS = 4;
  /** Timed rounds by default. */
  static final int ROUNDS = 31;

  private ListenerCost() {}

  /**
   * What one configuration measured.
   *
   * @param api the API
   * @param gzip whether the server gzipped
   * @param items the listing's length
   * @param pages the requests one walk makes
   * @param itemsPerSecond each contender's median, in {@link #CONTENDERS} order; NaN where not measured
   * @param ratios each contender's median over the rounds of its items per second over the baseline's in the same
   *     round; NaN where not measured
   * @param cpuMore each contender's median over the rounds of the CPU time (of the whole JVM) its walk used more
   *     than the baseline's walk of the same round, in nanoseconds; NaN where not measured
   * @param rounds the number of timed rounds
   * @param spans the spans the SDK exported, over all walks of the SDK contender
   * @param traced the requests that carried a {@code traceparent} header, over all walks of all contenders (only
   *     the SDK contender's should)
   * @param walks the SDK contender's walks (warm-ups and rounds), so that {@code spans / walks == pages} when no
   *     span was dropped
   */
  record Result(Api api, boolean gzip, int items, long pages, double[] itemsPerSecond, double[] ratios, double[] cpuMore,
      int rounds, long spans, long traced, int walks) {
    /** A contender's items per second over the baseline's: the median of the per-round ratios. */
    double ratio(int contender) {
      return ratios[contender];
    }

    /** What a contender adds per request, in microseconds: from its ratio and the baseline's time per page. */
    double microsPerRequest(int contender) {
      return microsPerItem(contender) * items / pages;
    }

    /** What a contender adds per item, in microseconds: from its ratio and the baseline's time per item. */
    double microsPerItem(int contender) {
      return (1 / ratio(contender) - 1) / itemsPerSecond[0] * 1e6;
    }

    /** The CPU time a contender adds per request, in microseconds. */
    double cpuMicrosPerRequest(int contender) {
      return cpuMore[contender] / pages / 1e3;
    }

    /** The CPU time a contender adds per item, in microseconds. */
    double cpuMicrosPerItem(int contender) {
      return cpuMore[contender] / items / 1e3;
    }
  }

  /**
   * Measures one configuration.
   *
   * @param api the API
   * @param items the listing's length
   * @param gzip whether the server gzips
   * @param warmups whole walks per contender before timing
   * @param rounds timed walks per contender
   * @return the medians
   * @throws IllegalStateException if a contender sees other items than the others, or the SDK does not export
   */
  static Result measure(Api api, int items, boolean gzip, int warmups, int rounds) {
    try (LoopbackServer server = LoopbackServer.start(api, items, gzip, true); Sdk sdk = new Sdk()) {
      String url = server.baseUrl();
      List<Listing> contenders = new ArrayList<>(List.of(SessionKitListings.of(api, url),
          SessionKitListings.of(api, url, SessionKitTelemetry.create(sdk.openTelemetry()).requestListener()),
          SessionKitListings.of(api, url, SessionKitTelemetry.create(OpenTelemetry.noop()).requestListener())));
      if (api == Api.SYNTROPIC) {
        contenders.add(recordAll(url, SessionKitTelemetry.create(sdk.openTelemetry())));
      }
      LoopbackBenchmark.Walks walks = LoopbackBenchmark.interleave(server, contenders, CONTENDERS, items, warmups,
          rounds);
      double[] rates = new double[CONTENDERS.size()];
      double[] ratios = new double[CONTENDERS.size()];
      double[] cpuMore = new double[CONTENDERS.size()];
      for (int c = 0; c < rates.length; c++) {
        boolean measured = c < contenders.size();
        rates[c] = measured ? walks.itemsPerSecond()[c] : Double.NaN;
        ratios[c] = measured ? walks.medianRatio(c, 0) : Double.NaN;
        cpuMore[c] = measured ? walks.medianCpuDifference(c, 0) : Double.NaN;
      }
      sdk.flush();
      return new Result(api, gzip, items, walks.pages(), rates, ratios, cpuMore, rounds, sdk.spans(),
          server.tracedRequests(), warmups + rounds);
    }
  }

  /** Syntropic137: every session of the listing through {@code recordAll}, on a client without a listener. */
  static Listing recordAll(String baseUrl, SessionKitTelemetry telemetry) {
    SyntropicClient client = SessionKitListings.Syntropic.client(baseUrl, RequestListener.none());
    ListSessionsRequest request = ListSessionsRequest.builder().build();
    return () -> {
      long[] checksum = new long[1];
      long n = telemetry.recordAll(client.sessions().listAll(request), s -> {
        checksum[0] += s.id().hashCode();
        return s.toSessionUsage();
      });
      return new Listing.Tally(n, checksum[0]);
    };
  }

  /**
   * The OpenTelemetry SDK of the measurement (see the class comment), with exporters that drop what they are
   * handed after counting it. Closing it shuts the SDK down.
   */
  static final class Sdk implements AutoCloseable {
    private final AtomicLong spans = new AtomicLong();
    private final AtomicLong durations = new AtomicLong();
    private final OpenTelemetrySdk sdk;

    Sdk() {
      SpanExporter spanExporter = new SpanExporter() {
        @Override
        public CompletableResultCode export(Collection<SpanData> batch) {
          spans.addAndGet(batch.size());
          return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode flush() {
          return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
          return CompletableResultCode.ofSuccess();
        }
      };
      MetricExporter metricExporter = new MetricExporter() {
        @Override
        public CompletableResultCode export(Collection<MetricData> metrics) {
          // Cumulative: each export holds the totals so far.
          for (MetricData m : metrics) {
            if (m.getName().equals("http.client.request.duration")) {
              durations.set(m.getHistogramData().getPoints().stream().mapToLong(HistogramPointData::getCount).sum());
            }
          }
          return CompletableResultCode.ofSuccess();
        }

        @Override
        public AggregationTemporality getAggregationTemporality(InstrumentType instrumentType) {
          return AggregationTemporality.CUMULATIVE;
        }

        @Override
        public CompletableResultCode flush() {
          return CompletableResultCode.ofSuccess();
        }

        @Override
        public CompletableResultCode shutdown() {
          return CompletableResultCode.ofSuccess();
        }
      };
      this.sdk = OpenTelemetrySdk.builder()
          .setTracerProvider(SdkTracerProvider.builder()
              .addSpanProcessor(BatchSpanProcessor.builder(spanExporter).build()).build())
          .setMeterProvider(SdkMeterProvider.builder()
              .registerMetricReader(PeriodicMetricReader.builder(metricExporter).build()).build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();
    }

    /** The SDK, as the listener takes it. */
    OpenTelemetry openTelemetry() {
      return sdk;
    }

    /**
     * Exports what is pending: the batch processor's spans and a collection of the metrics.
     *
     * @throws IllegalStateException if that does not finish within 30 s
     */
    void flush() {
      if (!CompletableResultCode.ofAll(List.of(sdk.getSdkTracerProvider().forceFlush(),
          sdk.getSdkMeterProvider().forceFlush())).join(30, TimeUnit.SECONDS).isSuccess()) {
        throw new IllegalStateException("the OpenTelemetry SDK did not flush within 30 s");
      }
    }

    /** The spans exported so far. */
    long spans() {
      return spans.get();
    }

    /** The count of the {@code http.client.request.duration} histogram at the last metrics export. */
    long durations() {
      return durations.get();
    }

    @Override
    public void close() {
      sdk.shutdown().join(30, TimeUnit.SECONDS);
    }
  }

  /**
   * Runs the measurement and prints a line per configuration.
   *
   * @param args {@code --api timbal|syntropic|both} (both), {@code --items N} ({@value #ITEMS}),
   *     {@code --gzip on|off|both} (off), {@code --warmups N} ({@value #WARMUPS}), {@code --rounds N}
   *     ({@value #ROUNDS}), {@code --markdown FILE} (also write the report's section to FILE, with the date, the
   *     command and the settings), {@code --sdk TEXT} (which SDK build, for that file)
   * @throws IOException if the Markdown file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Args a = new Args(args);
    List<Api> apis = a.apis("--api");
    int items = a.integer("--items", ITEMS);
    String gzip = a.string("--gzip", "off");
    int warmups = a.integer("--warmups", WARMUPS);
    int rounds = a.integer("--rounds", ROUNDS);
    String markdown = a.string("--markdown", "");
    String sdk = a.string("--sdk", "unknown");
    a.done();
    String loadAtStart = Machine.load();
    Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    List<Result> results = new ArrayList<>();
    for (Api api : apis) {
      for (boolean zip : LoopbackBenchmark.gzipModes(gzip)) {
        Result r = measure(api, items, zip, warmups, rounds);
        print(r);
        results.add(r);
      }
    }
    if (!markdown.isEmpty()) {
      // The command as given, less --sdk, whose text the sentence gives after it.
      List<String> command = new ArrayList<>();
      for (int i = 0; i < args.length; i += 2) {
        if (!args[i].equals("--sdk")) {
          command.add(args[i] + " " + args[i + 1]);
        }
      }
      String provenance = "Measured on its own, not by `run.sh`: started " + started + " with `java -Xmx3g -cp … "
          + ListenerCost.class.getName() + " " + String.join(" ", command) + "` (" + fmt("%,d", items) + " items per walk, "
          + warmups + " warm-up + " + rounds + " timed walks per contender); SDK measured: " + sdk + "; "
          + Machine.describe() + "; " + Machine.jdk() + "; load average (1/5/15 min) " + loadAtStart + " at the start, "
          + Machine.load() + " at the end.";
      Files.writeString(Path.of(markdown), ResultsReport.listenerCostSection(results, provenance),
          StandardCharsets.UTF_8);
    }
  }

  private static void print(Result r) {
    StringBuilder line = new StringBuilder(fmt("%-9s gzip %-3s %,d items, %,d pages:", r.api().id(),
        r.gzip() ? "on" : "off", r.items(), r.pages()));
    for (int c = 0; c < CONTENDERS.size(); c++) {
      line.append(fmt("  %s %,.0f/s", CONTENDERS.get(c), r.itemsPerSecond()[c]));
    }
    line.append(fmt("  ratio otel-sdk/none %.3f (%+.1f µs/request, CPU %+.1f), otel-noop/none %.3f (CPU %+.1f),"
        + " recordAll/none %.3f (CPU %+.2f µs/item); spans %,d and traceparent headers %,d over %d walks",
        r.ratio(SDK), r.microsPerRequest(SDK), r.cpuMicrosPerRequest(SDK), r.ratio(NOOP), r.cpuMicrosPerRequest(NOOP),
        r.ratio(RECORD_ALL), r.cpuMicrosPerItem(RECORD_ALL), r.spans(), r.traced(), r.walks()));
    System.out.println(line);
  }

  private static String fmt(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
