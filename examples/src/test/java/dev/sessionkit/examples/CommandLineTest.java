package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.errors.ApiConnectionException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The examples' command-line runner, in-process: exit status, the one failure line, and --debug. */
class CommandLineTest {
  private static final CommandLine.Service SYNTROPIC = new CommandLine.Service("Syntropic137", "SYN_API_URL", "SYN_");

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private int run(Map<String, String> env, CommandLine.Body body, String... args) {
    return CommandLine.run("tool", args, env, out, err, body);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private static void assertOneLine(String err) {
    assertTrue(err.endsWith("\n") && err.indexOf('\n') == err.length() - 1, "one line:\n" + err);
    assertFalse(err.contains("\tat ") || err.contains("Exception in thread"), err);
  }

  @Test
  void aBodyThatReturnsExitsZeroWithItsArgumentsButNotDebug() {
    int status = run(Map.of(), call -> call.out().print(call.args()), "a", "--debug", "b");
    assertEquals(CommandLine.OK, status);
    assertEquals("[a, b]", outBytes.toString(StandardCharsets.UTF_8));
    assertEquals("", err());
  }

  @Test
  void aFailedCallIsOneLineNamingTheServiceAndItsUrlVariable() {
    int status = run(Map.of(), call -> CommandLine.call(SYNTROPIC, () -> {
      throw new ApiConnectionException("connection failed: GET http://127.0.0.1:1/api/v1/sessions: ConnectException",
          new ConnectException());
    }));
    assertEquals(CommandLine.FAILED, status);
    assertEquals("tool: Syntropic137: connection failed: GET http://127.0.0.1:1/api/v1/sessions: ConnectException"
        + " (check SYN_API_URL)\n", err());
  }

  @Test
  void aBadSettingIsStatusTwoAndNeedsNoHintWhenTheMessageNamesTheVariable() {
    int status = run(Map.of(), call -> CommandLine.call(SYNTROPIC, () -> {
      throw new IllegalArgumentException("SYN_API_URL: baseUrl is not a valid URL");
    }));
    assertEquals(CommandLine.USAGE, status);
    assertEquals("tool: Syntropic137: SYN_API_URL: baseUrl is not a valid URL\n", err());
  }

  @Test
  void anIllegalStateIsStatusTwoAndOtherFailuresGetTheSettingsPrefix() {
    int status = run(Map.of(), call -> CommandLine.call(SYNTROPIC, () -> {
      throw new IllegalStateException("orgId is not set");
    }));
    assertEquals(CommandLine.USAGE, status);
    assertEquals("tool: Syntropic137: orgId is not set (check the SYN_* settings)\n", err());
  }

  @Test
  void anUnknownArgumentIsStatusTwo() {
    int status = run(Map.of(), CommandLine.Invocation::noArguments, "--verbose");
    assertEquals(CommandLine.USAGE, status);
    assertEquals("tool: unexpected argument '--verbose' (the only option is --debug)\n", err());
  }

  @Test
  void anythingElseIsStatusOneWithItsTypeOnOneLine() {
    int status = run(Map.of(), call -> {
      throw new UncheckedIOException(new IOException("disk full\n  while writing out.jsonl"));
    });
    assertEquals(CommandLine.FAILED, status);
    assertEquals("tool: disk full while writing out.jsonl\n", err());
    errBytes.reset();
    assertEquals(CommandLine.FAILED, run(Map.of(), call -> {
      throw new NullPointerException();
    }));
    assertEquals("tool: NullPointerException\n", err());
  }

  @Test
  void theLineNeverShowsTheValueOfASecretVariable() {
    Map<String, String> env = Map.of("TIMBAL_API_KEY", "sk-live-0123456789", "SYN_API_PASSWORD", "hunter22",
        "SYN_API_URL", "http://127.0.0.1:1");
    int status = run(env, call -> {
      throw new IllegalStateException("rejected sk-live-0123456789 and hunter22 at http://127.0.0.1:1");
    });
    assertEquals(CommandLine.USAGE, status);
    assertEquals("tool: rejected *** and *** at http://127.0.0.1:1\n", err());
  }

  @Test
  void debugFlagOrVariableBringsTheStackTraceBackWithTheSameStatus() {
    CommandLine.Body failing = call -> CommandLine.call(SYNTROPIC, () -> {
      throw new IllegalArgumentException("SYN_API_URL: baseUrl is not a valid URL");
    });
    assertEquals(CommandLine.USAGE, run(Map.of(), failing, "--debug"));
    // The same line first, then the trace of what failed (not of the runner's wrapper).
    assertTrue(err().startsWith("tool: Syntropic137: SYN_API_URL: baseUrl is not a valid URL\n"
        + "java.lang.IllegalArgumentException: SYN_API_URL: baseUrl is not a valid URL\n"), err());
    assertTrue(err().contains("dev.sessionkit.examples.CommandLineTest.lambda$debugFlag"), err());
    errBytes.reset();
    assertEquals(CommandLine.USAGE, run(Map.of("SESSIONKIT_DEBUG", "1"), failing));
    assertTrue(err().contains("\n\tat "), err());
    errBytes.reset();
    assertEquals(CommandLine.USAGE, run(Map.of("SESSIONKIT_DEBUG", "0"), failing));
    assertOneLine(err());
  }

  @Test
  void aStreamOpensItsSourceLazilyAndNamesTheServiceOfAFailureWhileReading() {
    AtomicBoolean opened = new AtomicBoolean();
    Stream<Integer> items = CommandLine.stream(SYNTROPIC, () -> {
      opened.set(true);
      return Stream.of(1, 2, 3).map(i -> {
        if (i == 3) {
          throw new ApiConnectionException("connection failed while reading the response", null);
        }
        return i;
      });
    });
    assertFalse(opened.get(), "not opened before it is read");
    int status = run(Map.of(), call -> call.out().print(items.map(String::valueOf).collect(Collectors.joining(","))));
    assertTrue(opened.get());
    assertEquals(CommandLine.FAILED, status);
    assertEquals("tool: Syntropic137: connection failed while reading the response (check SYN_API_URL)\n", err());
  }

  @Test
  void aFailureDownstreamOfAStreamIsNotBlamedOnItsService() {
    int status = run(Map.of(), call -> CommandLine.stream(SYNTROPIC, () -> Stream.of(1, 2)).forEach(i -> {
      throw new IllegalStateException("the report's own bug");
    }));
    assertEquals(CommandLine.USAGE, status);
    assertEquals("tool: the report's own bug\n", err());
  }
}
