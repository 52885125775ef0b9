package dev.sessionkit.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * The parsing ratios again, measured so that drift cannot bias them: the three readers of
 * {@link ParseBenchmark} run in one JVM, in short slices that alternate (rotating their order) for many
 * rounds, and each ratio is the median of the per-round ratios. JMH runs each benchmark in its own forks, one
 * after the other, so on a machine whose load changes by the minute its ratios carry that change; these do not.
 * A corroboration of the JMH figures, not a replacement (no forks, no blackhole: each result's size is used).
 */
final class ParseRatios {
  private ParseRatios() {}

  /**
   * One page's medians.
   *
   * @param api the listing
   * @param items items on the page
   * @param speedVsTree the median over rounds of readTree's time / SessionKit's time
   * @param speedVsMap the median over rounds of Map's time / SessionKit's time
   * @param rounds measured rounds
   */
  record Result(String api, int items, double speedVsTree, double speedVsMap, int rounds) {}

  /**
   * Measures one page.
   *
   * @param api the listing
   * @param items items on the page
   * @param warmupRounds rounds not measured
   * @param rounds rounds measured
   * @param sliceMillis about how long one reader runs per round
   * @return the medians
   * @throws Exception if a reader fails
   */
  static Result measure(String api, int items, int warmupRounds, int rounds, int sliceMillis) throws Exception {
    ParseBenchmark b = new ParseBenchmark();
    b.api = api;
    b.items = items;
    b.setUp();
    List<Callable<Integer>> readers = List.of(() -> b.sessionKit().size(), () -> b.readTree().size(),
        () -> b.bindMap().size());
    // Calibrate a slice: how many reads take about sliceMillis.
    long start = System.nanoTime();
    int calibration = 0;
    while (System.nanoTime() - start < 200_000_000L) {
      readers.get(1).call();
      calibration++;
    }
    int perSlice = Math.max(1, (int) (calibration * sliceMillis / 200L));
    List<Double> vsTree = new ArrayList<>();
    List<Double> vsMap = new ArrayList<>();
    long sink = 0;
    for (int r = 0; r < warmupRounds + rounds; r++) {
      double[] nanos = new double[3];
      for (int k = 0; k < 3; k++) {
        int which = (r + k) % 3;
        long t0 = System.nanoTime();
        for (int i = 0; i < perSlice; i++) {
          sink += readers.get(which).call();
        }
        nanos[which] = System.nanoTime() - t0;
      }
      if (r >= warmupRounds) {
        vsTree.add(nanos[1] / nanos[0]);
        vsMap.add(nanos[2] / nanos[0]);
      }
    }
    if (sink == 42) {
      System.out.print("");
    }
    return new Result(api, items, Stats.median(vsTree), Stats.median(vsMap), rounds);
  }

  /**
   * Measures every page of {@link ParseBenchmark} and prints the ratios.
   *
   * @param args {@code --api timbal|syntropic|all} (all, in this JVM), {@code --items N} (with an API),
   *     {@code --rounds N} (20), {@code --slice-ms N} (200)
   * @throws Exception if a reader fails
   */
  public static void main(String[] args) throws Exception {
    Args a = new Args(args);
    int rounds = a.integer("--rounds", 20);
    int slice = a.integer("--slice-ms", 200);
    String api = a.string("--api", "all");
    int items = a.integer("--items", 0);
    a.done();
    List<Result> results = api.equals("all") ? all(rounds, slice)
        : List.of(measure(api, items, rounds / 2, rounds, slice));
    for (Result r : results) {
      System.out.println(String.format(Locale.ROOT, "RATIO api=%s items=%d tree=%.4f map=%.4f rounds=%d", r.api(),
          r.items(), r.speedVsTree(), r.speedVsMap(), r.rounds()));
    }
  }

  /**
   * Measures every page, each in a fresh child JVM (as JMH forks: one page's JIT profile does not shape
   * another's).
   *
   * @param rounds rounds measured per page (half as many warm up first)
   * @param sliceMillis about how long one reader runs per round
   * @return the medians
   */
  static List<Result> inChildJvms(int rounds, int sliceMillis) {
    List<Result> out = new ArrayList<>();
    for (String api : List.of("timbal", "syntropic")) {
      for (int items : List.of(50, 200)) {
        ChildJvm.Output o = ChildJvm.run(Classpaths.own(), List.of(), ParseRatios.class, "RATIO", 900, "--api", api,
            "--items", Integer.toString(items), "--rounds", Integer.toString(rounds), "--slice-ms",
            Integer.toString(sliceMillis));
        if (o.exitCode() != 0 || o.nanosToMarker() < 0) {
          throw new IllegalStateException("ParseRatios failed: " + String.join("\n", o.lines()));
        }
        out.add(new Result(api, items, Double.parseDouble(o.field("RATIO", "tree")),
            Double.parseDouble(o.field("RATIO", "map")), rounds));
      }
    }
    return out;
  }

  static List<Result> all(int rounds, int sliceMillis) throws Exception {
    List<Result> out = new ArrayList<>();
    for (String api : List.of("timbal", "syntropic")) {
      for (int items : List.of(50, 200)) {
        out.add(measure(api, items, rounds / 2, rounds, sliceMillis));
      }
    }
    return out;
  }
}
