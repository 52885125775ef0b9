package dev.sessionkit.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cold start: the wall time from starting a fresh JVM to the first page printed ({@code END} on its
 * output), SessionKit ({@link FirstPageSessionKit} on the vendor module's runtime class path) against the
 * baseline ({@link FirstPageRaw} on Jackson's), several runs each, alternating, median reported. One
 * unmeasured run of each comes first, so that both find the jars in the OS page cache.
 */
public final class ColdStart {
  private ColdStart() {}

  /**
   * The medians of one API.
   *
   * @param api the API
   * @param runs runs per contender
   * @param sessionKitMillis SessionKit's median
   * @param rawMillis the baseline's median
   * @param sessionKitMin SessionKit's fastest run
   * @param rawMin the baseline's fastest run
   */
  record Result(Api api, int runs, double sessionKitMillis, double rawMillis, double sessionKitMin, double rawMin) {
    /** SessionKit's median time over the baseline's (above 1: SessionKit starts slower). */
    double ratio() {
      return sessionKitMillis / rawMillis;
    }
  }

  /**
   * Measures one API.
   *
   * @param api the API
   * @param runs measured runs per contender, at least 1
   * @return the medians
   * @throws IllegalStateException if a child fails or prints another page
   */
  static Result measure(Api api, int runs) {
    try (LoopbackServer server = LoopbackServer.start(api, 10_000, true, true)) {
      List<Path> sdk = new ArrayList<>(Classpaths.vendorRuntime(api.module()));
      sdk.add(Classpaths.benchmarkClasses());
      List<Path> raw = new ArrayList<>(Classpaths.jackson());
      raw.add(Classpaths.benchmarkClasses());
      List<Double> sdkMillis = new ArrayList<>();
      List<Double> rawMillis = new ArrayList<>();
      for (int r = -1; r < runs; r++) {
        // Alternate which goes first, so that neither always follows the other.
        boolean sdkFirst = r % 2 == 0;
        for (int k = 0; k < 2; k++) {
          boolean isSdk = (k == 0) == sdkFirst;
          double ms = once(api, isSdk ? sdk : raw, isSdk ? FirstPageSessionKit.class : FirstPageRaw.class,
              server.baseUrl());
          if (r >= 0) {
            (isSdk ? sdkMillis : rawMillis).add(ms);
          }
        }
      }
      return new Result(api, runs, Stats.median(sdkMillis), Stats.median(rawMillis),
          sdkMillis.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
          rawMillis.stream().mapToDouble(Double::doubleValue).min().orElseThrow());
    }
  }

  private static double once(Api api, List<Path> classpath, Class<?> main, String baseUrl) {
    ChildJvm.Output out = ChildJvm.run(classpath, List.of(), main, "END", 120, api.id(), baseUrl);
    int expected = api == Api.TIMBAL ? LoopbackServer.TIMBAL_PAGE_SIZE : SyntropicPages.DEFAULT_LIMIT;
    if (out.exitCode() != 0 || out.nanosToMarker() < 0
        || !out.field("END", "items").equals(Integer.toString(expected))) {
      throw new IllegalStateException(main.getSimpleName() + " failed (exit " + out.exitCode() + "): "
          + String.join("\n", out.lines()));
    }
    return out.nanosToMarker() / 1e6;
  }

  /**
   * Measures and prints.
   *
   * @param args {@code --api timbal|syntropic|both} (both), {@code --runs N} (7)
   */
  public static void main(String[] args) {
    Args a = new Args(args);
    List<Api> apis = a.apis("--api");
    int runs = a.integer("--runs", 7);
    a.done();
    for (Api api : apis) {
      Result r = measure(api, runs);
      System.out.println(String.format(Locale.ROOT, "%-9s sessionkit %.0f ms, raw %.0f ms (medians of %d), ratio %.2f",
          api.id(), r.sessionKitMillis(), r.rawMillis(), runs, r.ratio()));
    }
  }
}
