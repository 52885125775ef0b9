package dev.sessionkit.examples;

import dev.sessionkit.core.usage.PriceTable;
import dev.sessionkit.core.usage.SessionUsage;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Tokens and US dollars per vendor, per model and per day across Timbal, Syntropic137 and AgentScope,
 * through the one cross-vendor view, {@link SessionUsage}.
 *
 * <p>With no credentials in the environment it starts the SDK's fake servers and reports on them. Set
 * {@code TIMBAL_API_KEY} (+ {@code TIMBAL_ORG_ID}, {@code TIMBAL_PROJECT_ID}), {@code SYN_API_URL}, or
 * {@code AGENTSCOPE_API_URL} (+ {@code AGENTSCOPE_USER_ID}, {@code AGENTSCOPE_AGENT_IDS}) to report on
 * the real services instead.
 *
 * <p>AgentScope reports no cost. Given a price file ({@code --prices FILE}, or the environment variable
 * {@value #PRICES_ENV}; the argument wins), the report estimates those sessions' cost from their tokens and
 * marks every sum that includes an estimate {@code est.}; a cost the vendor reported is never replaced. The
 * file's format is {@link PriceTable}'s CSV; {@code examples/prices-sample.csv} is a dated sample. Without a
 * price file the report is exactly as before.
 *
 * <pre>
 * ./mvnw -q -B -pl examples -am verify -DskipTests -Pcost-report
 * </pre>
 */
public final class CostReport {
  private static final String TOOL = "cost-report";
  /** The option that names a price file. */
  static final String PRICES_FLAG = "--prices";
  /** The environment variable that names a price file when {@link #PRICES_FLAG} is not given. */
  static final String PRICES_ENV = "SESSIONKIT_PRICES";

  private CostReport() {}

  /**
   * Runs the report; on failure prints one line on stderr and exits non-zero (see {@code CommandLine}).
   *
   * @param args {@code --prices FILE} for estimates where the vendor reports no cost; {@code --debug} for the
   *     stack trace of a failure
   */
  public static void main(String[] args) {
    CommandLine.main(TOOL, args, CostReport::report);
  }

  /** {@link #main} without {@link System#exit}: returns the exit status. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return CommandLine.run(TOOL, args, env, out, err, CostReport::report);
  }

  /** The price file the arguments or the environment name; null for none. */
  private static Path pricesFile(CommandLine.Invocation call) {
    List<String> args = call.args();
    String file = call.env().get(PRICES_ENV);
    String setting = PRICES_ENV;
    if (!args.isEmpty()) {
      int unexpected = !args.get(0).equals(PRICES_FLAG) ? 0 : args.size() > 2 ? 2 : -1;
      if (unexpected >= 0) {
        throw new IllegalArgumentException("unexpected argument '" + args.get(unexpected) + "' (the options are "
            + PRICES_FLAG + " FILE and " + CommandLine.DEBUG_FLAG + ")");
      }
      if (args.size() < 2) {
        throw new IllegalArgumentException(PRICES_FLAG + " needs a file");
      }
      file = args.get(1);
      setting = PRICES_FLAG;
    }
    if (file == null || file.isBlank()) {
      return null;
    }
    Path path = Path.of(file.trim());
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(setting + ": no price file " + path);
    }
    return path;
  }

  private static void report(CommandLine.Invocation call) throws IOException {
    Path pricesFile = pricesFile(call);
    // Read before any service is called: a bad file fails at once.
    PriceTable prices = pricesFile == null ? null : PriceTable.read(pricesFile);
    PrintStream out = call.out();
    PrintStream progress = call.err();
    UsageTable byVendor = new UsageTable("By vendor", "vendor", u -> u.vendor().name().toLowerCase(), prices);
    UsageTable byModel = new UsageTable("By vendor and model", "vendor / model",
        u -> u.vendor().name().toLowerCase() + " / " + u.model().orElse("(unknown)"), prices);
    UsageTable byDay = new UsageTable("By day (UTC)", "day",
        u -> u.startedAt().map(t -> t.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("(unknown)"), prices);
    AtomicLong count = new AtomicLong();
    Consumer<SessionUsage> progressLine = u -> {
      // One progress line, rewritten in place, while the listings page.
      if (count.incrementAndGet() % 50 == 0) {
        progress.print("\rread " + count.get() + " sessions (" + u.vendor().name().toLowerCase() + ")…");
        progress.flush();
      }
    };
    try (UsageSources sources = new UsageSources(call.env())) {
      try {
        sources.all(progressLine).forEach(u -> {
          byVendor.add(u);
          byModel.add(u);
          byDay.add(u);
        });
      } catch (RuntimeException e) {
        if (count.get() >= 50) {
          progress.println(); // ends the progress line: the failure gets a line of its own
        }
        throw e;
      }
      progress.println("\rread " + count.get() + " sessions.            ");
      out.println("SessionKit cost report: " + count.get() + " sessions");
      List<String> origins = sources.origins();
      origins.forEach(o -> out.println("  " + o));
      if (prices != null) {
        out.println("  prices: " + pricesFile + " (estimates marked est.)");
      }
      out.println();
    }
    byVendor.print(out);
    byModel.print(out);
    byDay.print(out);
    if (prices == null) {
      out.println("n/a: the vendor reports no cost (AgentScope); '+' marks a sum that leaves such sessions out.");
    } else {
      out.println("est.: the sum includes estimates from the price file for sessions whose vendor reports no cost"
          + " (AgentScope);");
      out.println("n/a: no cost reported and none estimated (model not in the price file, or a price missing);"
          + " '+' marks a sum that leaves such sessions out.");
    }
  }
}
