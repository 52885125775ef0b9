package dev.sessionkit.examples;

import dev.sessionkit.core.usage.CostEstimate;
import dev.sessionkit.core.usage.PriceTable;
import dev.sessionkit.core.usage.SessionUsage;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sums sessions' tokens and cost under a key (vendor, model, day) and prints them as an aligned table. With a
 * price table, a session whose vendor reports no cost adds its estimate instead, and the row is marked
 * {@code est.}; a cost the vendor reported is always the one added.
 */
final class UsageTable {
  private static final class Row {
    long sessions;
    long inputTokens;
    long outputTokens;
    long cacheTokens;
    BigDecimal costUsd = BigDecimal.ZERO;
    boolean costUnknown;
    boolean estimated;
  }

  private final String title;
  private final String keyHeader;
  private final Function<SessionUsage, String> key;
  private final PriceTable prices;
  private final Map<String, Row> rows = new TreeMap<>();

  /** With {@code prices} (null for none), sessions without a reported cost are estimated. */
  UsageTable(String title, String keyHeader, Function<SessionUsage, String> key, PriceTable prices) {
    this.title = title;
    this.keyHeader = keyHeader;
    this.key = key;
    this.prices = prices;
  }

  void add(SessionUsage u) {
    Row row = rows.computeIfAbsent(key.apply(u), k -> new Row());
    row.sessions++;
    row.inputTokens += u.tokens().input();
    row.outputTokens += u.tokens().output();
    row.cacheTokens += u.tokens().cacheCreation() + u.tokens().cacheRead();
    Optional<CostEstimate> estimate = u.costUsd().isPresent() || prices == null ? Optional.empty()
        : u.estimateCost(prices);
    if (u.costUsd().isPresent()) {
      row.costUsd = row.costUsd.add(u.costUsd().get());
    } else if (estimate.isPresent()) {
      row.costUsd = row.costUsd.add(estimate.get().amountUsd());
      row.estimated = true;
    } else {
      // AgentScope reports no cost: say so rather than print a misleading $0.
      row.costUnknown = true;
    }
  }

  void print(PrintStream out) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {keyHeader, "sessions", "input tok", "output tok", "cache tok", "cost USD"});
    rows.forEach((k, r) -> lines.add(new String[] {k, String.valueOf(r.sessions), String.format("%,d", r.inputTokens),
        String.format("%,d", r.outputTokens), String.format("%,d", r.cacheTokens),
        r.costUnknown && !r.estimated && r.costUsd.signum() == 0 ? "n/a"
            : r.costUsd.setScale(2, RoundingMode.HALF_UP).toPlainString() + (r.costUnknown ? "+" : "")
                + (r.estimated ? " est." : "")}));
    int[] width = new int[6];
    for (String[] line : lines) {
      for (int i = 0; i < line.length; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    out.println(title);
    for (int n = 0; n < lines.size(); n++) {
      String[] line = lines.get(n);
      StringBuilder sb = new StringBuilder("  ").append(pad(line[0], width[0], false));
      for (int i = 1; i < line.length; i++) {
        sb.append("  ").append(pad(line[i], width[i], true));
      }
      out.println(sb.toString().stripTrailing());
      if (n == 0) {
        out.println("  " + "-".repeat(sb.length() - 2));
      }
    }
    out.println();
  }

  private static String pad(String s, int width, boolean right) {
    String fill = " ".repeat(width - s.length());
    return right ? fill + s : s + fill;
  }
}
