package dev.sessionkit.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Runs every measurement of the module once and writes the figures to a Markdown file
 * ({@code benchmarks/RESULTS.md}): JMH parsing, the end-to-end loopback harness with gzip off and on, the
 * cost of sdk-otel's listener on the same walks, the 64 MiB memory check, cold start and the class path
 * footprint. {@code benchmarks/run.sh} starts it.
 *
 * <p>A section that fails is reported as failed in the file, with its error; the others still run.
 */
public final class BenchmarkSuite {
  /** The sections, in the order they run. */
  static final List<String> SECTIONS = List.of("footprint", "cold", "parse", "e2e", "listener", "memory");

  private BenchmarkSuite() {}

  /**
   * How much to run.
   *
   * @param jmh the JMH settings
   * @param e2eItems items per end-to-end walk
   * @param e2eWarmups warm-up walks per contender
   * @param e2eRounds timed walks per contender
   * @param listenerItems items per walk of the listener cost ({@link ListenerCost})
   * @param listenerWarmups its warm-up walks per contender
   * @param listenerRounds its timed rounds
   * @param memoryItems items of the memory check
   * @param coldRuns cold starts per contender
   * @param parseRounds measured rounds of the interleaved parsing check ({@link ParseRatios})
   * @param skip sections not to run
   */
  record Settings(JmhParse.Settings jmh, int e2eItems, int e2eWarmups, int e2eRounds, int listenerItems,
      int listenerWarmups, int listenerRounds, int memoryItems, int coldRuns, int parseRounds, Set<String> skip) {}

  /**
   * Runs the suite.
   *
   * @param args {@code --out FILE} (required), {@code --command TEXT} (the command line, for the report),
   *     {@code --jmh-forks N} (2), {@code --jmh-warmups N} (5), {@code --jmh-iterations N} (5),
   *     {@code --jmh-seconds N} (1), {@code --e2e-items N} (200000), {@code --e2e-warmups N} (2),
   *     {@code --e2e-rounds N} (5), {@code --listener-items N} (50000), {@code --listener-warmups N} (4),
   *     {@code --listener-rounds N} (31), {@code --memory-items N} (1000000), {@code --cold-runs N} (7),
   *     {@code --parse-rounds N} (20),
   *     {@code --skip a,b} (sections: footprint, cold, parse, e2e, listener, memory), {@code --sdk TEXT} (which SDK build)
   * @throws IOException if the report cannot be written
   */
  public static void main(String[] args) throws IOException {
    Args a = new Args(args);
    Path out = Path.of(a.string("--out", "RESULTS.md"));
    String command = a.string("--command", "java " + BenchmarkSuite.class.getName() + " " + String.join(" ", args));
    String sdk = a.string("--sdk", "unknown");
    Settings s = new Settings(
        new JmhParse.Settings(a.integer("--jmh-forks", 2), a.integer("--jmh-warmups", 5),
            a.integer("--jmh-iterations", 5), a.integer("--jmh-seconds", 1)),
        a.integer("--e2e-items", 200_000), a.integer("--e2e-warmups", 2), a.integer("--e2e-rounds", 5),
        a.integer("--listener-items", ListenerCost.ITEMS), a.integer("--listener-warmups", ListenerCost.WARMUPS),
        a.integer("--listener-rounds", ListenerCost.ROUNDS),
        a.integer("--memory-items", 1_000_000), a.integer("--cold-runs", 7), a.integer("--parse-rounds", 20),
        new TreeSet<>(Arrays.asList(a.string("--skip", "").split(","))));
    a.done();
    s.skip().remove("");
    if (!SECTIONS.containsAll(s.skip())) {
      throw new IllegalArgumentException("--skip takes " + SECTIONS + ", got " + s.skip());
    }
    ResultsReport report = run(s, command, sdk);
    Files.writeString(out, report.markdown(), StandardCharsets.UTF_8);
    System.out.println("wrote " + out.toAbsolutePath());
  }

  static ResultsReport run(Settings s, String command, String sdk) {
    ResultsReport report = new ResultsReport(command, sdk, s);
    report.machine(Machine.describe(), Machine.jdk(), Machine.load(), Instant.now().truncatedTo(ChronoUnit.SECONDS));
    long start = System.nanoTime();
    section(report, s, "footprint", () -> {
      List<Footprint.Result> results = new ArrayList<>();
      Footprint.MODULES.forEach(m -> results.add(Footprint.measure(m)));
      report.footprint(results);
    });
    section(report, s, "cold", () -> {
      List<ColdStart.Result> results = new ArrayList<>();
      for (Api api : Api.values()) {
        results.add(ColdStart.measure(api, s.coldRuns()));
      }
      report.coldStart(results);
    });
    section(report, s, "parse", () -> {
      try {
        report.parsing(JmhParse.run(s.jmh()));
      } catch (org.openjdk.jmh.runner.RunnerException e) {
        throw new IllegalStateException("JMH failed: " + e.getMessage(), e);
      }
      report.parseRatios(ParseRatios.inChildJvms(s.parseRounds(), 200));
    });
    section(report, s, "e2e", () -> {
      List<LoopbackBenchmark.Result> results = new ArrayList<>();
      for (Api api : Api.values()) {
        for (boolean gzip : List.of(false, true)) {
          LoopbackBenchmark.Result r = LoopbackBenchmark.measure(api, s.e2eItems(), gzip, s.e2eWarmups(), s.e2eRounds());
          System.out.println(r.api().id() + " gzip " + gzip + ": " + Arrays.toString(r.itemsPerSecond()));
          results.add(r);
        }
      }
      report.endToEnd(results);
    });
    section(report, s, "listener", () -> {
      List<ListenerCost.Result> results = new ArrayList<>();
      for (Api api : Api.values()) {
        // Gzip off only: the cheapest pages, where a per-request cost shows most.
        ListenerCost.Result r = ListenerCost.measure(api, s.listenerItems(), false, s.listenerWarmups(),
            s.listenerRounds());
        System.out.println(r.api().id() + " listener: " + Arrays.toString(r.itemsPerSecond()));
        results.add(r);
      }
      report.listenerCost(results);
    });
    section(report, s, "memory", () -> {
      List<MemoryCheck.Result> results = new ArrayList<>();
      for (Api api : Api.values()) {
        results.add(MemoryCheck.run(api, s.memoryItems(), true));
      }
      report.memory(results);
    });
    report.finished((System.nanoTime() - start) / 1e9, Machine.load());
    return report;
  }

  private static void section(ResultsReport report, Settings s, String name, Runnable body) {
    if (s.skip().contains(name)) {
      report.skipped(name);
      return;
    }
    System.out.println("== " + name + " (load " + Machine.load() + ")");
    long start = System.nanoTime();
    try {
      body.run();
    } catch (RuntimeException e) {
      e.printStackTrace();
      report.failed(name, e.toString());
    }
    report.took(name, (System.nanoTime() - start) / 1e9);
  }
}
