package dev.sessionkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** Starts a main class in a fresh JVM (this JVM's {@code java}) and reads its output line by line. */
final class ChildJvm {
  private ChildJvm() {}

  /**
   * What a child printed and when.
   *
   * @param lines its standard output, line by line
   * @param nanosToMarker from just before the process was started to the line that starts with the marker
   *     (-1 if it never came)
   * @param exitCode the exit code
   */
  record Output(List<String> lines, long nanosToMarker, int exitCode) {
    /**
     * The value of a {@code key=value} field on the line that starts with {@code prefix}.
     *
     * @param prefix the line's start
     * @param key the field
     * @return the value
     * @throws IllegalStateException if there is no such line or field
     */
    String field(String prefix, String key) {
      for (String line : lines) {
        if (line.startsWith(prefix)) {
          for (String part : line.split(" ")) {
            if (part.startsWith(key + "=")) {
              return part.substring(key.length() + 1);
            }
          }
        }
      }
      throw new IllegalStateException("no " + key + " on a line starting " + prefix + " in " + lines);
    }
  }

  /**
   * Runs a main to its end.
   *
   * @param classpath the child's class path
   * @param jvmOptions options before the class name (e.g. {@code -Xmx64m})
   * @param mainClass the class
   * @param marker the line start whose arrival time is measured
   * @param timeoutSeconds how long the child may take
   * @param args the main's arguments
   * @return what it printed
   * @throws IllegalStateException if it does not end in time
   */
  static Output run(List<Path> classpath, List<String> jvmOptions, Class<?> mainClass, String marker,
      long timeoutSeconds, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(Classpaths.join(classpath));
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    List<String> lines = new ArrayList<>();
    long start = System.nanoTime();
    long atMarker = -1;
    try {
      Process process = pb.start();
      // Reading blocks until the child closes its output: a hung child is killed from another thread.
      AtomicBoolean killed = new AtomicBoolean();
      Thread watchdog = new Thread(() -> {
        try {
          if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            killed.set(true);
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
        }
      }, "child-jvm-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
      try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          if (atMarker < 0 && line.startsWith(marker)) {
            atMarker = System.nanoTime() - start;
          }
          lines.add(line);
        }
      }
      process.waitFor();
      if (killed.get()) {
        throw new IllegalStateException(mainClass.getSimpleName() + " did not end within " + timeoutSeconds + " s");
      }
      return new Output(lines, atMarker, process.exitValue());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
