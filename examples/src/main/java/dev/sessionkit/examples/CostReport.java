package dev.sessionkit.examples;

import dev.sessionkit.core.usage.SessionUsage;
import java.io.PrintStream;
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
 * <pre>
 * ./mvnw -q -B -pl examples -am verify -DskipTests -Pcost-report
 * </pre>
 */
public final class CostReport {
  private static final String TOOL = "cost-report";

  private CostReport() {}

  /**
   * Runs the report; on failure prints one line on stderr and exits non-zero (see {@code CommandLine}).
   *
   * @param args {@code --debug} for the stack trace of a failure; nothing else
   */
  public static void main(String[] args) {
    CommandLine.main(TOOL, args, CostReport::report);
  }

  /** {@link #main} without {@link System#exit}: returns the exit status. */
  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    return CommandLine.run(TOOL, args, env, out, err, CostReport::report);
  }

  private static void report(CommandLine.Invocation call) {
    call.noArguments();
    PrintStream out = call.out();
    PrintStream progress = call.err();
    UsageTable byVendor = new UsageTable("By vendor", "vendor", u -> u.vendor().name().toLowerCase());
    UsageTable byModel = new UsageTable("By vendor and model", "vendor / model",
        u -> u.vendor().name().toLowerCase() + " / " + u.model().orElse("(unknown)"));
    UsageTable byDay = new UsageTable("By day (UTC)", "day",
        u -> u.startedAt().map(t -> t.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("(unknown)"));
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
      out.println();
    }
    byVendor.print(out);
    byModel.print(out);
    byDay.print(out);
    out.println("n/a: the vendor reports no cost (AgentScope); '+' marks a sum that leaves such sessions out.");
  }
}
