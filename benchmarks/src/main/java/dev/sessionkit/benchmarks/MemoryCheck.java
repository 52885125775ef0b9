package dev.sessionkit.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The memory check: {@code listAll} over a long listing (1,000,000 items) in a child JVM with a 64 MiB heap,
 * on the vendor module's runtime class path only. The server runs in this JVM, so the child's heap holds
 * the client alone. An auto-pager that kept the pages it had walked would run out of memory long before the
 * end; one that holds only the page in hand needs a few MiB.
 */
public final class MemoryCheck {
  /** The heap of the child. */
  static final String HEAP = "-Xmx64m";

  private MemoryCheck() {}

  /**
   * What the child reported.
   *
   * @param api the API
   * @param items the listing's length
   * @param completed whether the child saw every item and exited normally
   * @param seconds how long the walk took in the child
   * @param heapPeakMiB the sum of the heap pools' peak usage (an upper bound of the peak)
   * @param oldGenPeakMiB the old generation's peak usage
   * @param gcCount collections during the run
   * @param detail the child's last lines when it failed, else empty
   */
  record Result(Api api, int items, boolean completed, double seconds, double heapPeakMiB, double oldGenPeakMiB,
      long gcCount, String detail) {}

  /**
   * Runs the check for one API.
   *
   * @param api the API
   * @param items the listing's length
   * @param gzip whether the server gzips
   * @return what the child reported
   */
  static Result run(Api api, int items, boolean gzip) {
    try (LoopbackServer server = LoopbackServer.start(api, items, gzip, false)) {
      List<Path> cp = new ArrayList<>(Classpaths.vendorRuntime(api.module()));
      cp.add(Classpaths.benchmarkClasses());
      ChildJvm.Output out = ChildJvm.run(cp, List.of(HEAP), Child.class, "RESULT", 1800, api.id(), server.baseUrl(),
          Integer.toString(items));
      if (out.exitCode() != 0 || out.nanosToMarker() < 0) {
        List<String> lines = out.lines();
        String tail = String.join("\n", lines.subList(Math.max(0, lines.size() - 8), lines.size()));
        return new Result(api, items, false, 0, 0, 0, 0, "exit code " + out.exitCode() + ":\n" + tail);
      }
      return new Result(api, items, true, Double.parseDouble(out.field("RESULT", "seconds")),
          Double.parseDouble(out.field("RESULT", "heapPeakMiB")), Double.parseDouble(out.field("RESULT", "oldGenPeakMiB")),
          Long.parseLong(out.field("RESULT", "gcCount")), "");
    }
  }

  /**
   * Runs the check and prints the result.
   *
   * @param args {@code --api timbal|syntropic|both} (both), {@code --items N} (1000000), {@code --gzip on|off} (on)
   */
  public static void main(String[] args) {
    Args a = new Args(args);
    List<Api> apis = a.apis("--api");
    int items = a.integer("--items", 1_000_000);
    boolean gzip = a.string("--gzip", "on").equals("on");
    a.done();
    for (Api api : apis) {
      System.out.println(run(api, items, gzip));
    }
  }

  /** The child: walks the listing with SessionKit and prints one {@code RESULT} line. */
  public static final class Child {
    private Child() {}

    /**
     * Walks the listing.
     *
     * @param args the API, the server's base URL, the expected item count
     */
    public static void main(String[] args) {
      Api api = Api.of(args[0]);
      long expected = Long.parseLong(args[2]);
      long start = System.nanoTime();
      Listing.Tally tally = SessionKitListings.of(api, args[1]).walk();
      double seconds = (System.nanoTime() - start) / 1e9;
      double heapPeak = 0;
      double oldPeak = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        if (pool.getType() == MemoryType.HEAP) {
          double mib = pool.getPeakUsage().getUsed() / (1024.0 * 1024);
          heapPeak += mib;
          if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
            oldPeak = mib;
          }
        }
      }
      long gcs = 0;
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        gcs += Math.max(0, gc.getCollectionCount());
      }
      System.out.println(String.format(Locale.ROOT,
          "RESULT items=%d seconds=%.2f heapPeakMiB=%.1f oldGenPeakMiB=%.1f gcCount=%d maxHeapMiB=%.0f",
          tally.items(), seconds, heapPeak, oldPeak, gcs, Runtime.getRuntime().maxMemory() / (1024.0 * 1024)));
      if (tally.items() != expected) {
        System.out.println("expected " + expected + " items");
        System.exit(1);
      }
    }
  }
}
