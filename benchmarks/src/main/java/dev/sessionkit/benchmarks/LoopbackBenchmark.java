package dev.sessionkit.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;

/**
 * The end-to-end loopback harness: lists N items through SessionKit's {@code listAll} and through the raw
 * loops ({@link RawListings}) from the same {@link LoopbackServer}, and reports items per second for each
 * and their ratio, with the server's gzip on and off.
 *
 * <p>Each configuration warms up every contender with whole walks, then runs rounds in which every
 * contender walks the whole listing once, in an order that rotates each round so that no contender always
 * runs first (or right after a GC of another's garbage). A contender's figure is the median of its rounds.
 *
 * <pre>{@code
 * java -cp … dev.sessionkit.benchmarks.LoopbackBenchmark --api timbal --items 1000000 --gzip both --rounds 5
 * }</pre>
 */
public final class LoopbackBenchmark {
  /**
   * The contenders, in the order they are reported: SessionKit, the two baselines (indexes 1 and 2), and a
   * diagnostic (index 3): the streaming raw loop with SessionKit's reader in place of {@code readTree}.
   */
  static final List<String> CONTENDERS = List.of("sessionkit", "raw-bytes", "raw-stream", "raw-stream+sk-reader");
  /** The index of the diagnostic contender. */
  static final int DIAGNOSTIC = 3;

  private LoopbackBenchmark() {}

  /**
   * What one configuration measured.
   *
   * @param api the API
   * @param gzip whether the server gzipped
   * @param items the listing's length
   * @param pages the pages one walk requests
   * @param itemsPerSecond each contender's median, in {@link #CONTENDERS} order
   * @param rounds the number of timed rounds
   */
  record Result(Api api, boolean gzip, int items, long pages, double[] itemsPerSecond, int rounds) {
    /** SessionKit's items per second over a contender's. */
    double ratio(int contender) {
      return itemsPerSecond[0] / itemsPerSecond[contender];
    }

    /** What SessionKit's parsing costs: the streaming loop's rate with SessionKit's reader over with readTree. */
    double parsingShare() {
      return itemsPerSecond[DIAGNOSTIC] / itemsPerSecond[2];
    }

    /** What SessionKit's transport costs: SessionKit's rate over the streaming loop's with the same reader. */
    double transportShare() {
      return itemsPerSecond[0] / itemsPerSecond[DIAGNOSTIC];
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
   * @throws IllegalStateException if a contender sees other items than the others
   */
  static Result measure(Api api, int items, boolean gzip, int warmups, int rounds) {
    try (LoopbackServer server = LoopbackServer.start(api, items, gzip, true)) {
      List<Listing> contenders = List.of(SessionKitListings.of(api, server.baseUrl()),
          RawListings.of(api, server.baseUrl(), RawListings.BodyMode.BYTES),
          RawListings.of(api, server.baseUrl(), RawListings.BodyMode.STREAM),
          RawListings.of(api, server.baseUrl(), RawListings.BodyMode.STREAM_TYPED));
      Walks walks = interleave(server, contenders, CONTENDERS, items, warmups, rounds);
      return new Result(api, gzip, items, walks.pages(), walks.itemsPerSecond(), rounds);
    }
  }

  /**
   * What {@link #interleave} measured.
   *
   * @param pages the requests one walk makes (-1 without warm-ups)
   * @param itemsPerSecond each contender's median, in the order given
   * @param perRound each contender's items per second in each round: {@code perRound[contender][round]}
   * @param cpuPerRound the CPU time this whole JVM used during each walk (every thread: the walk, the server,
   *     the HTTP client's, the OpenTelemetry SDK's, GC), in nanoseconds: {@code cpuPerRound[contender][round]}
   */
  record Walks(long pages, double[] itemsPerSecond, double[][] perRound, double[][] cpuPerRound) {
    /**
     * The median over the rounds of a contender's rate over a baseline's in the same round: steadier than the
     * ratio of the medians when the machine's load drifts during the run, as the walks of one round are
     * adjacent in time.
     *
     * @param contender the contender's index
     * @param baseline the baseline's index
     * @return the median ratio
     */
    double medianRatio(int contender, int baseline) {
      return medianOverRounds(perRound, contender, baseline, (c, b) -> c / b);
    }

    /**
     * The median over the rounds of the CPU time a contender's walk used more than the baseline's walk of the
     * same round. CPU time is what other processes on a shared machine disturb least: they delay the walk but
     * do not make this JVM do more work.
     *
     * @param contender the contender's index
     * @param baseline the baseline's index
     * @return nanoseconds of CPU per walk (negative if the contender used less)
     */
    double medianCpuDifference(int contender, int baseline) {
      return medianOverRounds(cpuPerRound, contender, baseline, (c, b) -> c - b);
    }

    private static double medianOverRounds(double[][] values, int contender, int baseline,
        DoubleBinaryOperator against) {
      List<Double> out = new ArrayList<>();
      for (int r = 0; r < values[contender].length; r++) {
        out.add(against.applyAsDouble(values[contender][r], values[baseline][r]));
      }
      return Stats.median(out);
    }
  }

  /**
   * Times whole walks of the server's listing by each contender: warm-ups first, then rounds in which every
   * contender walks once, in an order that rotates each round. Every walk is checked to see the listing's
   * items, the same as the first walk saw.
   *
   * @param server the server the contenders walk (its request count gives the requests per walk)
   * @param contenders the walks
   * @param names their names, for errors
   * @param items the listing's length
   * @param warmups whole walks per contender before timing
   * @param rounds timed walks per contender
   * @return the requests per walk and each contender's median items per second
   * @throws IllegalStateException if a contender sees other items than the others
   */
  static Walks interleave(LoopbackServer server, List<Listing> contenders, List<String> names, int items, int warmups,
      int rounds) {
    Listing.Tally expected = null;
    long before = server.requests();
    for (int w = 0; w < warmups; w++) {
      for (int c = 0; c < contenders.size(); c++) {
        Listing.Tally tally = contenders.get(c).walk();
        if (expected == null) {
          expected = tally;
        }
        check(tally, expected, items, names.get(c));
      }
    }
    long pages = warmups > 0 ? (server.requests() - before) / ((long) warmups * contenders.size()) : -1;
    double[][] perRound = new double[contenders.size()][rounds];
    double[][] cpuPerRound = new double[contenders.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int k = 0; k < contenders.size(); k++) {
        int c = (r + k) % contenders.size();
        double cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        Listing.Tally tally = contenders.get(c).walk();
        long nanos = System.nanoTime() - start;
        cpuPerRound[c][r] = ProcessCpu.nanos() - cpu;
        if (expected == null) {
          expected = tally;
        }
        check(tally, expected, items, names.get(c));
        perRound[c][r] = tally.items() * 1e9 / nanos;
      }
    }
    double[] medians = new double[contenders.size()];
    for (int c = 0; c < medians.length; c++) {
      medians[c] = Stats.median(Arrays.stream(perRound[c]).boxed().toList());
    }
    return new Walks(pages, medians, perRound, cpuPerRound);
  }

  private static void check(Listing.Tally tally, Listing.Tally expected, int items, String who) {
    if (tally.items() != items || !tally.equals(expected)) {
      throw new IllegalStateException(who + " saw " + tally + ", expected " + items + " items as " + expected);
    }
  }

  /**
   * Runs the harness and prints a table.
   *
   * @param args {@code --api timbal|syntropic|both} (both), {@code --items N} (200000),
   *     {@code --gzip on|off|both} (both), {@code --warmups N} (2), {@code --rounds N} (5)
   */
  public static void main(String[] args) {
    Args a = new Args(args);
    List<Api> apis = a.apis("--api");
    int items = a.integer("--items", 200_000);
    String gzip = a.string("--gzip", "both");
    int warmups = a.integer("--warmups", 2);
    int rounds = a.integer("--rounds", 5);
    a.done();
    for (Api api : apis) {
      for (boolean zip : gzipModes(gzip)) {
        print(measure(api, items, zip, warmups, rounds));
      }
    }
  }

  static List<Boolean> gzipModes(String gzip) {
    switch (gzip) {
      case "on":
        return List.of(true);
      case "off":
        return List.of(false);
      case "both":
        return List.of(false, true);
      default:
        throw new IllegalArgumentException("--gzip must be on, off or both, was " + gzip);
    }
  }

  private static void print(Result r) {
    StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-9s gzip %-3s %,d items, %,d pages:",
        r.api().id(), r.gzip() ? "on" : "off", r.items(), r.pages()));
    for (int c = 0; c < CONTENDERS.size(); c++) {
      line.append(String.format(Locale.ROOT, "  %s %,.0f/s", CONTENDERS.get(c), r.itemsPerSecond()[c]));
    }
    line.append(String.format(Locale.ROOT, "  ratio sessionkit/raw-bytes %.3f, /raw-stream %.3f; parsing %.3f,"
        + " transport %.3f", r.ratio(1), r.ratio(2), r.parsingShare(), r.transportShare()));
    System.out.println(line);
  }
}
