package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cost report's price-file settings: where the file comes from, and every way it can be wrong. */
class CostReportPricesTest {
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();

  @TempDir
  Path dir;

  private int run(Map<String, String> env, String... args) {
    return CostReport.run(args, env, new PrintStream(outBytes, true, StandardCharsets.UTF_8),
        new PrintStream(errBytes, true, StandardCharsets.UTF_8));
  }

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private void assertUsageError(String line, int status) {
    assertEquals(CommandLine.USAGE, status, err());
    assertEquals("cost-report: " + line + "\n", err());
    assertEquals("", out(), "nothing read, nothing reported");
  }

  @Test
  void theEnvironmentNamesTheFileWhenNoArgumentDoes() {
    assertEquals(CommandLine.OK, run(Map.of(CostReport.PRICES_ENV, "prices-sample.csv")), err());
    assertTrue(out().contains("\n  prices: prices-sample.csv (estimates marked est.)\n"), out());
    assertTrue(out().contains(" est.\n"), out());
  }

  @Test
  void theArgumentWinsOverTheEnvironment() {
    Path missing = dir.resolve("missing.csv");
    assertUsageError("--prices: no price file " + missing,
        run(Map.of(CostReport.PRICES_ENV, "prices-sample.csv"), "--prices", missing.toString()));
  }

  @Test
  void aBadFileIsOneLineWithItsLineAndColumnBeforeAnyServiceIsCalled() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.csv"), "model,input,output,cache_read,cache_creation\nm,3,x,,\n");
    assertUsageError(bad + ":2:5: output price 'x' is not a plain decimal number of USD per million tokens"
        + " (like 3 or 0.30)", run(Map.of(CostReport.PRICES_ENV, bad.toString())));
  }

  @Test
  void aMissingFileFromTheEnvironmentNamesTheVariable() {
    assertUsageError("SESSIONKIT_PRICES: no price file nowhere.csv", run(Map.of(CostReport.PRICES_ENV, "nowhere.csv")));
  }

  @Test
  void pricesWithoutAFileOrAnotherArgumentIsAUsageError() {
    assertUsageError("--prices needs a file", run(Map.of(), "--prices"));
  }

  @Test
  void anUnknownArgumentIsAUsageError() {
    assertUsageError("unexpected argument '--price' (the options are --prices FILE and --debug)",
        run(Map.of(), "--price", "x"));
  }

  @Test
  void anArgumentAfterTheFileIsAUsageError() {
    assertUsageError("unexpected argument 'extra' (the options are --prices FILE and --debug)",
        run(Map.of(), "--prices", "prices-sample.csv", "extra"));
  }
}
