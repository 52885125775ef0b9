package dev.sessionkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time this JVM has used so far, every thread included (the JVM's own: GC, JIT), in nanoseconds.
 *
 * <p>On Linux it is the sum of each thread's {@code /proc/self/task/<tid>/schedstat} (time on a CPU, in
 * nanoseconds). Not {@code OperatingSystemMXBean.getProcessCpuTime()}: on Linux that counts in clock ticks
 * (10 ms here), coarser than the few milliseconds a listener adds to a walk. A thread that ends between two
 * readings takes its time with it; the walks measured here start none.
 */
final class ProcessCpu {
  private static final Path TASKS = Path.of("/proc/self/task");

  private ProcessCpu() {}

  /**
   * The CPU time so far.
   *
   * @return nanoseconds; NaN where neither Linux's per-thread figures nor the JVM's process CPU time exist
   */
  static double nanos() {
    if (Files.isDirectory(TASKS)) {
      long sum = 0;
      try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
        for (Path task : tasks) {
          sum += onCpu(task.resolve("schedstat"));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot list " + TASKS, e);
      }
      return sum;
    }
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    return os instanceof com.sun.management.OperatingSystemMXBean
        ? ((com.sun.management.OperatingSystemMXBean) os).getProcessCpuTime() : Double.NaN;
  }

  // schedstat is "<ns on a CPU> <ns waiting for one> <time slices>"; a thread gone since the listing counts 0.
  private static long onCpu(Path schedstat) {
    try {
      String line = new String(Files.readAllBytes(schedstat), StandardCharsets.US_ASCII);
      int space = line.indexOf(' ');
      return Long.parseLong(space < 0 ? line.trim() : line.substring(0, space));
    } catch (IOException e) {
      return 0;
    }
  }
}
