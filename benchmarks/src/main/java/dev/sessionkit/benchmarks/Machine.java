package dev.sessionkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** What the figures were measured on: CPUs, memory, OS, JDK, load. Reads /proc where there is one. */
final class Machine {
  private Machine() {}

  /** A one-line description: CPUs, model, memory, OS. */
  static String describe() {
    String model = firstValue(Path.of("/proc/cpuinfo"), "model name");
    String memKb = firstValue(Path.of("/proc/meminfo"), "MemTotal");
    String memory = memKb == null ? "unknown memory"
        : String.format(Locale.ROOT, "%.1f GiB RAM", Long.parseLong(memKb.replaceAll("[^0-9]", "")) / (1024.0 * 1024));
    return Runtime.getRuntime().availableProcessors() + " CPUs (nproc)" + (model == null ? "" : ", " + model) + ", "
        + memory + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
        + System.getProperty("os.arch");
  }

  /** The JDK: vendor, VM and exact version. */
  static String jdk() {
    return System.getProperty("java.vm.vendor") + " " + System.getProperty("java.vm.name") + " "
        + System.getProperty("java.runtime.version");
  }

  /** The 1, 5 and 15 minute load averages, or "unknown". */
  static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String firstValue(Path file, String key) {
    try {
      List<String> lines = Files.readAllLines(file);
      for (String line : lines) {
        if (line.startsWith(key)) {
          return line.substring(line.indexOf(':') + 1).trim();
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave it out
    }
    return null;
  }
}
