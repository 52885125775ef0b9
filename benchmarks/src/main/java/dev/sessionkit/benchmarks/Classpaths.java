package dev.sessionkit.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The class paths of the child JVMs: what a user of one vendor module ships (its jar plus its runtime
 * dependencies), what a hand-written client needs (Jackson), and this module's classes for the mains.
 *
 * <p>A vendor module's runtime class path is read from the file named by the system property
 * {@code sessionkit.bench.classpath.<module>} (e.g. {@code sessionkit.bench.classpath.sdk-timbal}), which
 * {@code run.sh} writes with {@code mvn dependency:build-classpath -Dmdep.includeScope=runtime}; the module's
 * own jar is the entry of this JVM's class path named after it. Without the property, the module's entries
 * are taken from this JVM's class path by name, which is less exact (see {@link #resolved(String)}).
 */
final class Classpaths {
  /** The property prefix of the files that list a module's runtime class path. */
  static final String PROPERTY_PREFIX = "sessionkit.bench.classpath.";

  private Classpaths() {}

  /** This JVM's class path entries. */
  static List<Path> own() {
    List<Path> out = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        out.add(Path.of(entry));
      }
    }
    return out;
  }

  /** Where this module's classes are (a directory or a jar). */
  static Path benchmarkClasses() {
    try {
      return Path.of(Classpaths.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Whether the module's runtime class path was resolved by Maven (the property is set).
   *
   * @param module {@code sdk-timbal}, {@code sdk-syntropic} or {@code sdk-agents}
   * @return true if it was
   */
  static boolean resolved(String module) {
    return System.getProperty(PROPERTY_PREFIX + module) != null;
  }

  /**
   * The runtime class path of a vendor module: its jar first, then its dependencies.
   *
   * @param module {@code sdk-timbal}, {@code sdk-syntropic} or {@code sdk-agents}
   * @return the entries
   * @throws IllegalStateException if the module's jar is not on this JVM's class path
   */
  static List<Path> vendorRuntime(String module) {
    Set<Path> out = new LinkedHashSet<>();
    out.add(ownEntry(module));
    String file = System.getProperty(PROPERTY_PREFIX + module);
    if (file != null) {
      try {
        for (String entry : Files.readString(Path.of(file)).trim().split(File.pathSeparator)) {
          if (!entry.isBlank()) {
            out.add(Path.of(entry.trim()));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the class path file " + file, e);
      }
    } else {
      // Not resolved by Maven: the SDK's known runtime dependencies, by name.
      out.add(ownEntry("sdk-core"));
      for (String jackson : List.of("jackson-databind", "jackson-core", "jackson-annotations")) {
        out.add(ownEntry(jackson));
      }
    }
    return new ArrayList<>(out);
  }

  /** What a hand-written client needs: Jackson databind, core and annotations. */
  static List<Path> jackson() {
    List<Path> out = new ArrayList<>();
    for (String jackson : List.of("jackson-databind", "jackson-core", "jackson-annotations")) {
      out.add(ownEntry(jackson));
    }
    return out;
  }

  /**
   * The entry of this JVM's class path that is the named artifact: a jar {@code <name>-<version>.jar}, or
   * a reactor module's {@code <name>/target/classes}.
   *
   * @param artifactId the artifact
   * @return the entry
   * @throws IllegalStateException if there is none
   */
  static Path ownEntry(String artifactId) {
    for (Path p : own()) {
      String file = p.getFileName().toString().toLowerCase(Locale.ROOT);
      boolean jar = file.startsWith(artifactId + "-") && Character.isDigit(file.charAt(artifactId.length() + 1))
          && file.endsWith(".jar") && !file.endsWith("-tests.jar");
      boolean classes = p.endsWith(Path.of(artifactId, "target", "classes"));
      if (jar || classes) {
        return p;
      }
    }
    throw new IllegalStateException(artifactId + " is not on the class path " + System.getProperty("java.class.path"));
  }

  /**
   * Joins entries into a {@code -cp} value.
   *
   * @param entries the entries
   * @return the value
   */
  static String join(List<Path> entries) {
    List<String> parts = new ArrayList<>();
    entries.forEach(p -> parts.add(p.toString()));
    return String.join(File.pathSeparator, parts);
  }
}
