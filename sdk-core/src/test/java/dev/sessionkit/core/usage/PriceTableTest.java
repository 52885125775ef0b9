package dev.sessionkit.core.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PriceTableTest {
  private static final String CSV = """
      # sample prices, USD per million tokens
      model,input,output,cache_read,cache_creation

      claude-sonnet-4-5, 3 ,15,0.30,3.75
        # an indented comment
      gpt-4o-mini,0.15,0.60,0.075,
      gpt-4o,2.50,10,1.25,
      gpt-4o-2024-05-13,5,15,,
      """;

  private static BigDecimal usd(String amount) {
    return new BigDecimal(amount);
  }

  private static TokenUsage tokens(long input, long output, long cacheRead, long cacheCreation) {
    return TokenUsage.builder().input(input).output(output).cacheRead(cacheRead).cacheCreation(cacheCreation).build();
  }

  private static SessionUsage session(String model, TokenUsage tokens) {
    SessionUsage.Builder b = SessionUsage.builder().vendor(Vendor.AGENTSCOPE).id("s-1").status("idle").tokens(tokens);
    return (model == null ? b : b.model(model)).build();
  }

  private final PriceTable table = PriceTable.parse(CSV, "prices.csv");

  @Test
  void aFileGivesEveryPriceAndLeavesEmptyCellsUnpriced() {
    ModelPrice sonnet = table.find("claude-sonnet-4-5").orElseThrow();
    assertEquals("claude-sonnet-4-5", sonnet.model());
    assertEquals(List.of(Optional.of(usd("3")), Optional.of(usd("15")), Optional.of(usd("0.30")), Optional.of(usd("3.75"))),
        List.of(sonnet.input(), sonnet.output(), sonnet.cacheRead(), sonnet.cacheCreation()));
    ModelPrice mini = table.find("gpt-4o-mini").orElseThrow();
    assertEquals(Optional.of(usd("0.075")), mini.cacheRead());
    assertEquals(Optional.empty(), mini.cacheCreation());
    assertEquals(List.of("claude-sonnet-4-5", "gpt-4o-mini", "gpt-4o", "gpt-4o-2024-05-13"),
        table.models().stream().map(ModelPrice::model).toList());
  }

  @Test
  void anEstimateIsExactPerPartAndInTotal() {
    CostEstimate e = session("claude-sonnet-4-5", tokens(1234, 567, 8900, 1000)).estimateCost(table).orElseThrow();
    assertEquals(0, usd("0.003702").compareTo(e.inputUsd()), e.inputUsd().toPlainString()); // 1234 * 3 / 1e6
    assertEquals(0, usd("0.008505").compareTo(e.outputUsd())); // 567 * 15 / 1e6
    assertEquals(0, usd("0.00267").compareTo(e.cacheReadUsd())); // 8900 * 0.30 / 1e6
    assertEquals(0, usd("0.00375").compareTo(e.cacheCreationUsd())); // 1000 * 3.75 / 1e6
    assertEquals(usd("0.01862700"), e.amountUsd());
    assertFalse(e.normalisedMatch());
    assertEquals("claude-sonnet-4-5", e.price().model());
  }

  @Test
  void normalisationStripsTheProviderTheCaseAndTheSnapshotDate() {
    for (String name : List.of("anthropic/claude-sonnet-4-5", "Claude-Sonnet-4-5", "claude-sonnet-4-5-20250929",
        "claude-sonnet-4-5@20250929", "openrouter/anthropic/claude-sonnet-4-5-20250929", " claude-sonnet-4-5 ")) {
      assertEquals("claude-sonnet-4-5", table.find(name).orElseThrow(() -> new AssertionError(name)).model(), name);
      CostEstimate e = session(name, tokens(1_000_000, 0, 0, 0)).estimateCost(table).orElseThrow();
      assertTrue(e.normalisedMatch(), name);
      assertEquals(0, usd("3").compareTo(e.amountUsd()), name);
    }
    assertEquals("gpt-4o-mini", table.find("openai/gpt-4o-mini-2024-07-18").orElseThrow().model());
    assertEquals("claude-sonnet-4-5", PriceTable.normalise("Anthropic/Claude-Sonnet-4-5-20250929"));
    // Not a date: the version stays.
    assertEquals("gpt-4.1", PriceTable.normalise("gpt-4.1"));
    assertEquals(Optional.empty(), table.find("claude-sonnet-4"));
  }

  @Test
  void aListedSnapshotIsMatchedExactlyAndTheAliasWinsTheNormalisedName() {
    assertEquals(Optional.of(usd("5")), table.find("gpt-4o-2024-05-13").orElseThrow().input());
    assertEquals("gpt-4o", table.find("gpt-4o-2024-08-06").orElseThrow().model());
    assertEquals("gpt-4o", table.find("openai/GPT-4o").orElseThrow().model());
  }

  @Test
  void twoSnapshotsWithoutTheirAliasMatchNeitherByNormalisation() {
    PriceTable snapshots = PriceTable.of(List.of(ModelPrice.of("m-20250101", usd("1"), null, null, null),
        ModelPrice.of("m-20250601", usd("2"), null, null, null)));
    assertEquals(Optional.empty(), snapshots.find("m"));
    assertEquals(Optional.empty(), snapshots.find("m-20251201"));
    assertEquals(Optional.of(usd("2")), snapshots.find("m-20250601").orElseThrow().input());
  }

  @Test
  void noEstimateForAnUnknownModelNoModelOrAMissingPriceNeverZero() {
    assertEquals(Optional.empty(), session("qwen-max", tokens(10, 10, 0, 0)).estimateCost(table));
    assertEquals(Optional.empty(), session(null, tokens(10, 10, 0, 0)).estimateCost(table));
    // gpt-4o-mini has no cache-creation price: needed for a non-zero count, so no estimate.
    assertEquals(Optional.empty(), session("gpt-4o-mini", tokens(10, 10, 0, 5)).estimateCost(table));
    // Not needed for a zero count: that part is 0.
    CostEstimate e = session("gpt-4o-mini", tokens(1000, 100, 2000, 0)).estimateCost(table).orElseThrow();
    assertEquals(0, BigDecimal.ZERO.compareTo(e.cacheCreationUsd()));
    assertEquals(0, usd("0.00036").compareTo(e.amountUsd())); // 0.00015 + 0.00006 + 0.00015
  }

  @Test
  void builtInCode() {
    PriceTable t = PriceTable.of(List.of(ModelPrice.of("qwen-max", usd("1.6"), usd("6.4"), null, null)));
    assertEquals(0, usd("8.0").compareTo(session("qwen-max", tokens(1_000_000, 1_000_000, 0, 0)).estimateCost(t)
        .orElseThrow().amountUsd()));
    assertEquals("model qwen-max is priced twice", assertThrows(IllegalArgumentException.class,
        () -> PriceTable.of(List.of(ModelPrice.of("qwen-max", null, null, null, null),
            ModelPrice.of("qwen-max", null, null, null, null)))).getMessage());
    assertEquals("prices must not be negative: m -1", assertThrows(IllegalArgumentException.class,
        () -> ModelPrice.of("m", null, usd("-1"), null, null)).getMessage());
    assertEquals("model must not be blank",
        assertThrows(IllegalArgumentException.class, () -> ModelPrice.of(" ", null, null, null, null)).getMessage());
    assertEquals("model must not be null",
        assertThrows(NullPointerException.class, () -> ModelPrice.of(null, null, null, null, null)).getMessage());
    assertEquals("prices must not be null",
        assertThrows(NullPointerException.class, () -> session("m", TokenUsage.zero()).estimateCost(null)).getMessage());
  }

  private static String parseError(String csv) {
    return assertThrows(IllegalArgumentException.class, () -> PriceTable.parse(csv, "p.csv")).getMessage();
  }

  private static void assertNotAPrice(String where, String column, String cell, String csv) {
    assertEquals(where + ": " + column + " price '" + cell
        + "' is not a plain decimal number of USD per million tokens (like 3 or 0.30)", parseError(csv));
  }

  @Test
  void aBadFileSaysWhereAndWhat() {
    String header = "model,input,output,cache_read,cache_creation\n";
    assertEquals("p.csv:2:1: the header must be model,input,output,cache_read,cache_creation, not model,input,output",
        parseError("# c\nmodel,input,output\n"));
    assertNotAPrice("p.csv:3:14", "output", "1x5", header + "# c\nclaude-x, 3, 1x5,,\n");
    assertNotAPrice("p.csv:2:12", "input", "$3", header + "claude-x,  $3,15,,\n");
    assertNotAPrice("p.csv:2:10", "input", "-3", header + "claude-x,-3,15,,\n");
    assertNotAPrice("p.csv:2:19", "cache_creation", "1e3", header + "claude-x,3,15,0.3,1e3\n");
    assertEquals("p.csv:3:1: model claude-x is priced twice",
        parseError(header + "claude-x,3,15,,\nclaude-x,3,15,,\n"));
    assertEquals("p.csv:2:19: 5 cells expected (model,input,output,cache_read,cache_creation), found 6",
        parseError(header + "claude-x,3,15,1,2,9\n"));
    assertEquals("p.csv:2:14: 5 cells expected (model,input,output,cache_read,cache_creation), found 3",
        parseError(header + "claude-x,3,15\n"));
    assertEquals("p.csv:2:1: the model is empty", parseError(header + " ,3,15,,\n"));
    assertEquals("p.csv:2:1: no header line model,input,output,cache_read,cache_creation", parseError("# only\n"));
  }

  @Test
  void readsAFile(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("prices.csv"), CSV);
    assertEquals(table.models().size(), PriceTable.read(file).models().size());
    String message = assertThrows(IllegalArgumentException.class,
        () -> PriceTable.read(Files.writeString(dir.resolve("bad.csv"), "x\n"))).getMessage();
    assertEquals(dir.resolve("bad.csv") + ":1:1: the header must be model,input,output,cache_read,cache_creation, not x",
        message);
  }
}
