package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost report's {@code main} with a wrong setting, run as a user runs it: in a JVM of its own, because
 * the clients' {@code fromEnv()} read the process environment. Every address is on 127.0.0.1.
 */
class CostReportCommandLineTest {
  private static final String SECRET = "tk-test-4f9c2a7e1b";

  @TempDir
  Path dir;

  /** What the process did. */
  private record Exit(int status, String out, String err) {
    List<String> errLines() {
      return err.lines().collect(Collectors.toList());
    }
  }

  private Exit costReport(Map<String, String> env, String... args) throws IOException, InterruptedException {
    // The test JVM runs the examples on the module path; the report runs just as well on the class path.
    String classPath = Stream.of(System.getProperty("jdk.module.path"), System.getProperty("java.class.path"))
        .filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, CostReport.class.getName()));
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
      fail("the cost report did not end within 90 s");
    }
    return new Exit(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static void assertOneLineFailure(Exit exit, int status, String... mentions) {
    assertEquals(1, exit.errLines().size(), "one line on stderr:\n" + exit.err());
    String line = exit.errLines().get(0);
    assertTrue(line.startsWith("cost-report: "), line);
    for (String mention : mentions) {
      assertTrue(line.contains(mention), "'" + mention + "' in: " + line);
    }
    assertFalse(exit.err().contains("\tat ") || exit.err().contains("Exception in thread"), exit.err());
    assertFalse(exit.err().contains(SECRET), "no secret in: " + line);
    assertEquals(status, exit.status(), exit.err());
    assertEquals("", exit.out(), "no report after a failure");
  }

  @Test
  void anUnreachableSyntropicServerIsOneLineAndStatusOne() throws Exception {
    Exit exit = costReport(Map.of("SYN_API_URL", "http://127.0.0.1:1", "SYN_API_TOKEN", SECRET));
    assertOneLineFailure(exit, CommandLine.FAILED, "Syntropic137", "connection failed", "127.0.0.1:1",
        "SYN_API_URL");
  }

  @Test
  void aSyntropicUrlThatIsNotAUrlIsOneLineAndStatusTwo() throws Exception {
    Exit exit = costReport(Map.of("SYN_API_URL", "not a url"));
    assertOneLineFailure(exit, CommandLine.USAGE, "Syntropic137", "SYN_API_URL", "not a valid URL");
  }

  @Test
  void aTimbalKeyWithoutAnOrganisationIsOneLineAndStatusTwo() throws Exception {
    // The base URL keeps the test on this machine should the SDK ever send before it checks.
    Exit exit = costReport(Map.of("TIMBAL_API_KEY", SECRET, "TIMBAL_BASE_URL", "http://127.0.0.1:1"));
    assertOneLineFailure(exit, CommandLine.USAGE, "Timbal", "TIMBAL_ORG_ID");
  }

  @Test
  void debugBringsTheStackTraceBackWithTheSameStatus() throws Exception {
    Exit flag = costReport(Map.of("SYN_API_URL", "not a url"), "--debug");
    assertEquals(CommandLine.USAGE, flag.status(), flag.err());
    assertTrue(flag.err().startsWith("cost-report: Syntropic137: SYN_API_URL")
        && flag.err().contains("\njava.lang.IllegalArgumentException: SYN_API_URL"), flag.err());
    assertTrue(flag.err().contains("\n\tat dev.sessionkit.syntropic.SyntropicClient"), flag.err());
    Exit variable = costReport(Map.of("SYN_API_URL", "not a url", "SESSIONKIT_DEBUG", "1"));
    assertEquals(CommandLine.USAGE, variable.status(), variable.err());
    assertTrue(variable.err().lines().count() > 5 && variable.err().contains("\n\tat "), variable.err());
  }
}
