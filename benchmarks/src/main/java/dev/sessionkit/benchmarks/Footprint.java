package dev.sessionkit.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The footprint of a vendor module: the bytes of its runtime class path, its own jar plus every runtime
 * dependency ({@code sdk-core}, Jackson), as a user's application ships it.
 */
public final class Footprint {
  /** The vendor modules measured. */
  static final List<String> MODULES = List.of("sdk-timbal", "sdk-syntropic", "sdk-agents");

  private Footprint() {}

  /**
   * One entry of a class path.
   *
   * @param name the jar's file name (or the directory)
   * @param bytes its size (a directory: the sum of its files)
   */
  record Entry(String name, long bytes) {}

  /**
   * One module's class path.
   *
   * @param module the module
   * @param entries its entries, the module's jar first
   * @param resolvedByMaven whether the dependencies came from {@code mvn dependency:build-classpath}
   */
  record Result(String module, List<Entry> entries, boolean resolvedByMaven) {
    /** The total bytes. */
    long total() {
      return entries.stream().mapToLong(Entry::bytes).sum();
    }
  }

  /**
   * Measures one module.
   *
   * @param module e.g. {@code sdk-timbal}
   * @return its class path's sizes
   */
  static Result measure(String module) {
    List<Entry> entries = new ArrayList<>();
    for (Path p : Classpaths.vendorRuntime(module)) {
      entries.add(new Entry(p.getFileName().toString(), size(p)));
    }
    return new Result(module, entries, Classpaths.resolved(module));
  }

  private static long size(Path p) {
    try {
      if (!Files.isDirectory(p)) {
        return Files.size(p);
      }
      try (Stream<Path> files = Files.walk(p)) {
        return files.filter(Files::isRegularFile).mapToLong(f -> {
          try {
            return Files.size(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }).sum();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot measure " + p, e);
    }
  }

  /**
   * Prints every module's class path.
   *
   * @param args none
   */
  public static void main(String[] args) {
    new Args(args).done();
    for (String module : MODULES) {
      Result r = measure(module);
      System.out.println(String.format(Locale.ROOT, "%-14s %,d bytes (%s)", module, r.total(), r.entries()));
    }
  }
}
