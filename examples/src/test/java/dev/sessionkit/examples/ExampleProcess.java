package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * An example's {@code main} run as a user runs it: in a JVM of its own, because the clients' {@code fromEnv()}
 * read the process environment, which a test cannot change in its own JVM.
 */
final class ExampleProcess {
  private ExampleProcess() {}

  /** What the process did. */
  record Exit(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().collect(Collectors.toList());
    }
  }

  /**
   * Runs {@code main} with the vendors' settings of {@code env} alone and waits for it (90 s at most).
   *
   * @param dir where stdout and stderr are written
   * @param main the example
   * @param env the environment variables to add; every {@code TIMBAL_}, {@code SYN_}, {@code AGENTSCOPE_} and
   *     {@code SESSIONKIT_} variable of the test's own environment is removed first
   * @param args the example's arguments
   */
  static Exit run(Path dir, Class<?> main, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    // The test JVM runs the examples on the module path; the examples run just as well on the class path.
    String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
        .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, main.getName()));
    command.addAll(List.of(args));
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    // The vendors' settings come from the test alone; JVM option variables would add a "Picked up" line.
    builder.environment().keySet().removeIf(name -> Stream.of("TIMBAL_", "SYN_", "AGENTSCOPE_", "SESSIONKIT_")
        .anyMatch(name::startsWith) || name.endsWith("JAVA_OPTIONS") || name.equals("JAVA_TOOL_OPTIONS"));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail(main.getSimpleName() + " did not end within 90 s");
    }
    return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
