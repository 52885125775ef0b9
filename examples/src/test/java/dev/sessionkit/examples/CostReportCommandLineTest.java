package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.examples.ExampleProcess.Exit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cost report's {@code main} with a wrong setting, run as a user runs it: in a JVM of its own (see
 * {@link ExampleProcess}). Every address is on 127.0.0.1.
 */
class CostReportCommandLineTest {
  private static final String SECRET = "tk-test-4f9c2a7e1b";

  @TempDir
  Path dir;

  private Exit costReport(Map<String, String> env, String... args) throws IOException, InterruptedException {
    return ExampleProcess.run(dir, CostReport.class, env, args);
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
