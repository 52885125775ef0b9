package dev.sessionkit.examples;

import dev.sessionkit.core.usage.SessionUsage;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

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
  private CostReport() {}

  /**
   * Runs the report.
   *
   * @param args ignored
   * @throws Exception if a service cannot be reached
   */
  public static void main(String[] args) throws Exception {
    run(System.getenv(), System.out, System.err);
  }

  static void run(Map<String, String> env, PrintStream out, PrintStream progress) throws Exception {
    UsageTable byVendor = new UsageTable("By vendor", "vendor", u -> u.vendor().name().toLowerCase());
    UsageTable byModel = new UsageTable("By vendor and model", "vendor / model",
        u -> u.vendor().name().toLowerCase() + " / " + u.model().orElse("(unknown)"));
    UsageTable byDay = new UsageTable("By day (UTC)", "day",
        u -> u.startedAt().map(t -> t.atOffset(ZoneOffset.UTC).toLocalDate().toString()).orElse("(unknown)"));
    AtomicLong count = new AtomicLong();
    try (UsageSources sources = new UsageSources(env)) {
      sources.all(u -> {
        // One progress line, rewritten in place, while the listings page.
        if (count.incrementAndGet() % 50 == 0) {
          progress.print("\rread " + count.get() + " sessions (" + u.vendor().name().toLowerCase() + ")…");
          progress.flush();
        }
      }).forEach(u -> {
        byVendor.add(u);
        byModel.add(u);
        byDay.add(u);
      });
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
