package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.testkit.FakeAgentScope;
import dev.sessionkit.testkit.FakeSyntropic;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every example, run against the fakes, prints what a reader of the README is told to expect. */
class ExamplesTest {
  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
  private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void costReportCoversEverySessionOfTheThreeFakesAndAddsUpTheirCosts() throws Exception {
    int timbalSessions;
    BigDecimal timbalCost;
    List<ObjectNode> syntropic;
    List<Instant> agentScopeStarts = new ArrayList<>();
    List<Instant> starts = new ArrayList<>();
    // The fakes are deterministic: the same builders give the same data the report sees.
    try (FakeTimbal t = FakeTimbal.start(); FakeSyntropic s = FakeSyntropic.builder().sessions(450).start();
        FakeAgentScope a = FakeAgentScope.start()) {
      timbalSessions = t.composeSessionsJson().size();
      timbalCost = sum(t.composeSessionsJson(), n -> n.get("cost_usd").decimalValue());
      t.composeSessionsJson().forEach(n -> starts.add(Instant.parse(n.get("created_at").asText())));
      syntropic = s.sessionsJson();
      // Syntropic137 writes Python's str() of an aware UTC datetime: "2026-05-01 09:52:28.589454+00:00".
      syntropic.forEach(n -> starts.add(OffsetDateTime.parse(n.get("started_at").asText().replace(' ', 'T')).toInstant()));
      String user = a.userIds().get(0);
      for (String agent : a.agentIds(user)) {
        // AgentScope's record times are naive, in the storage's zone.
        a.sessionsJson(user, agent).forEach(n -> agentScopeStarts.add(
            LocalDateTime.parse(n.get("session").get("created_at").asText()).atZone(a.storageTimeZone()).toInstant()));
      }
    }
    starts.addAll(agentScopeStarts);
    int agentScopeSessions = agentScopeStarts.size();
    int status = CostReport.run(new String[0], Map.of(), out, err);
    assertEquals(CommandLine.OK, status, errBytes.toString(StandardCharsets.UTF_8));
    String report = out();
    int total = timbalSessions + syntropic.size() + agentScopeSessions;
    assertTrue(report.startsWith("SessionKit cost report: " + total + " sessions\n"), report);
    assertTrue(report.contains("Timbal: fake server at http://127.0.0.1:"), report);

    assertRow(report, "By vendor", "timbal", timbalSessions, null, usd(timbalCost));
    assertRow(report, "By vendor", "syntropic", syntropic.size(), null,
        usd(sum(syntropic, n -> new BigDecimal(n.get("total_cost_usd").asText()))));
    assertRow(report, "By vendor", "agentscope", agentScopeSessions, null, "n/a");

    // One model's row: its sessions, tokens and cost, summed from the fake's sessions of that model.
    String model = syntropic.get(0).get("agent_model").asText();
    List<ObjectNode> ofModel = syntropic.stream().filter(n -> n.get("agent_model").asText().equals(model)).toList();
    assertTrue(ofModel.size() > 1 && ofModel.size() < syntropic.size(), "a model of some sessions, not all: " + model);
    long[] tokens = {sumLong(ofModel, "input_tokens"), sumLong(ofModel, "output_tokens"),
        sumLong(ofModel, "cache_creation_tokens") + sumLong(ofModel, "cache_read_tokens")};
    assertRow(report, "By vendor and model", "syntropic / " + model, ofModel.size(), tokens,
        usd(sum(ofModel, n -> new BigDecimal(n.get("total_cost_usd").asText()))));

    // One day's row: the sessions of all three vendors that started on that UTC day (an AgentScope session's).
    LocalDate day = agentScopeStarts.get(0).atOffset(ZoneOffset.UTC).toLocalDate();
    long onThatDay = starts.stream().filter(i -> i.atOffset(ZoneOffset.UTC).toLocalDate().equals(day)).count();
    assertTrue(onThatDay > agentScopeStarts.stream()
        .filter(i -> i.atOffset(ZoneOffset.UTC).toLocalDate().equals(day)).count(), "a day of more than one vendor");
    assertRow(report, "By day (UTC)", day.toString(), (int) onThatDay, null, null);

    assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("read " + total + " sessions."));
  }

  private static BigDecimal sum(List<ObjectNode> sessions, Function<ObjectNode, BigDecimal> value) {
    return sessions.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static long sumLong(List<ObjectNode> sessions, String field) {
    return sessions.stream().mapToLong(n -> n.path(field).asLong(0)).sum();
  }

  private static String usd(BigDecimal cost) {
    return cost.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Checks the row of {@code key} in the report's table titled {@code table}: its session count, its input,
   * output and cache tokens when {@code tokens} is given, and its cost when {@code cost} is given.
   */
  private static void assertRow(String report, String table, String key, int sessions, long[] tokens, String cost) {
    int start = report.indexOf("\n" + table + "\n");
    assertTrue(start >= 0, "no table " + table + " in\n" + report);
    int end = report.indexOf("\n\n", start + 1);
    List<String> rows = report.substring(start + table.length() + 2, end).lines()
        .filter(l -> l.startsWith("  " + key + "  ")).toList();
    assertEquals(1, rows.size(), "one row for " + key + " in " + table + " of\n" + report);
    // The cost cell may be two words ("12.34 est.").
    String[] cells = rows.get(0).substring(2 + key.length()).trim().split(" +", 5);
    assertEquals(5, cells.length, rows.get(0));
    assertEquals(String.valueOf(sessions), cells[0], key + ": sessions");
    if (tokens != null) {
      assertEquals(List.of(String.format("%,d", tokens[0]), String.format("%,d", tokens[1]), String.format("%,d", tokens[2])),
          List.of(cells[1], cells[2], cells[3]), key + ": input, output and cache tokens");
    }
    if (cost != null) {
      assertEquals(cost, cells[4], key + ": cost");
    }
  }

  /**
   * The prices of examples/prices-sample.csv, copied by hand (USD per million tokens: input, output, cache read,
   * cache creation; null where the file leaves the cell empty), for the models the AgentScope fake uses.
   * qwen-max is not in the file.
   */
  private static final Map<String, String[]> SAMPLE_PRICES = Map.of(
      "claude-sonnet-4-5", new String[] {"3", "15", "0.30", "3.75"},
      "gpt-4o-mini", new String[] {"0.15", "0.60", "0.075", null},
      "gemini-2.5-pro", new String[] {"1.25", "10", "0.31", null});

  @Test
  void withAPriceFileAgentScopeRowsShowAnEstimateAndVendorCostsStayAsReported() throws Exception {
    BigDecimal timbalCost;
    Map<String, BigDecimal> estimateByModel = new java.util.TreeMap<>();
    Map<String, Integer> sessionsByModel = new java.util.TreeMap<>();
    // Input, output and cache tokens as the report's columns show them.
    Map<String, long[]> tokensByModel = new java.util.TreeMap<>();
    try (FakeTimbal t = FakeTimbal.start(); FakeAgentScope a = FakeAgentScope.start()) {
      timbalCost = sum(t.composeSessionsJson(), n -> n.get("cost_usd").decimalValue());
      String user = a.userIds().get(0);
      for (String agent : a.agentIds(user)) {
        for (ObjectNode n : a.sessionsJson(user, agent)) {
          String model = n.get("session").get("config").get("chat_model_config").get("model").asText();
<<<<<<< HEAD
          long[] tokens = agentScopeTokens(a.messages(n.get("session").get("id").asText()));
=======
          // Input, output, cache read, cache creation, summed over the messages. The SDK's Message.tokens() takes
          // input and output only (AgentScope's cache counts are left out), so the cache parts stay 0 here too.
          long[] tokens = new long[4];
          for (ObjectNode m : a.messagesJson(n.get("session").get("id").asText())) {
            com.fasterxml.jackson.databind.JsonNode u = m.get("usage");
            if (u != null && !u.isNull()) {
              tokens[0] += u.get("input_tokens").asLong();
              tokens[1] += u.get("output_tokens").asLong();
            }
          }
>>>>>>> wip-testkit
          sessionsByModel.merge(model, 1, Integer::sum);
          long[] row = tokensByModel.computeIfAbsent(model, k -> new long[3]);
          row[0] += tokens[0];
          row[1] += tokens[1];
          row[2] += tokens[2] + tokens[3];
          String[] price = SAMPLE_PRICES.get(model);
          BigDecimal cost = BigDecimal.ZERO;
          for (int i = 0; i < 4 && price != null && cost != null; i++) {
            cost = tokens[i] == 0 ? cost : price[i] == null ? null
                : cost.add(new BigDecimal(price[i]).multiply(BigDecimal.valueOf(tokens[i])).divide(BigDecimal.valueOf(1_000_000)));
          }
          if (cost != null && price != null) {
            estimateByModel.merge(model, cost, BigDecimal::add);
          } else {
            estimateByModel.putIfAbsent(model, null);
          }
        }
      }
    }
    // The sample file must price every model the fake uses but qwen-max, and the fake must use two of them.
    assertTrue(sessionsByModel.containsKey("qwen-max") && sessionsByModel.size() >= 3
        && SAMPLE_PRICES.keySet().containsAll(estimateByModel.keySet().stream().filter(m -> !m.equals("qwen-max"))
            .toList()), sessionsByModel.toString());
    int status = CostReport.run(new String[] {"--prices", "prices-sample.csv"}, Map.of(), out, err);
    assertEquals(CommandLine.OK, status, errBytes.toString(StandardCharsets.UTF_8));
    String report = out();
    assertTrue(report.contains("\n  prices: prices-sample.csv (estimates marked est.)\n"), report);
    // Cache reads reach the report: some sessions of a model that caches by itself have them.
    assertTrue(tokensByModel.entrySet().stream().anyMatch(e -> !e.getKey().startsWith("claude") && e.getValue()[2] > 0),
        report);
    BigDecimal all = BigDecimal.ZERO;
    long[] allTokens = new long[3];
    for (Map.Entry<String, Integer> e : sessionsByModel.entrySet()) {
      BigDecimal estimate = estimateByModel.get(e.getKey());
      long[] tokens = tokensByModel.get(e.getKey());
      assertRow(report, "By vendor and model", "agentscope / " + e.getKey(), e.getValue(), tokens,
          estimate == null ? "n/a" : usd(estimate) + " est.");
      all = estimate == null ? all : all.add(estimate);
      for (int i = 0; i < 3; i++) {
        allTokens[i] += tokens[i];
      }
    }
    assertEquals(null, estimateByModel.get("qwen-max"));
    assertRow(report, "By vendor", "agentscope", sessionsByModel.values().stream().mapToInt(i -> i).sum(), allTokens,
        usd(all) + "+ est.");
    // A vendor's own cost is never replaced by an estimate.
    assertRow(report, "By vendor", "timbal", t(report), null, usd(timbalCost));
    assertTrue(report.endsWith("est.: the sum includes estimates from the price file for sessions whose vendor"
        + " reports no cost (AgentScope);\nn/a: no cost reported and none estimated (model not in the price file, or a"
        + " price missing); '+' marks a sum that leaves such sessions out.\n"), report);
  }

  private static int t(String report) {
    return Integer.parseInt(report.lines().filter(l -> l.startsWith("  timbal  ")).findFirst().orElseThrow()
        .substring(10).trim().split(" +")[0]);
  }

  private static final String TIMBAL_SECRET = "tk-otel-7d1e9b3c5a";
  private static final String SYNTROPIC_SECRET = "syn-otel-2b8f6e4d0c";

  /**
   * The OpenTelemetry example, run as a user runs it (a JVM of its own: see {@link ExampleProcess}) against three
   * fakes this test starts and names in the vendors' environment variables, with credentials, so that it knows
   * their data, the requests they received and the secrets in play. Its summary must be exactly the figures
   * computed here from the fakes' data and request logs; every request must carry the run's trace context; no
   * secret may appear in anything exported.
   */
  @Test
  void usageToOpenTelemetryExportsEveryCallAndEverySessionAndNoSecret(@TempDir Path dir) throws Exception {
    try (FakeTimbal timbal = FakeTimbal.builder().apiKey(TIMBAL_SECRET).start();
        FakeSyntropic syntropic = FakeSyntropic.builder().sessions(450).bearerToken(SYNTROPIC_SECRET).start();
        FakeAgentScope agentScope = FakeAgentScope.start()) {
      String user = agentScope.userIds().get(0);
      Map<String, String> env = new java.util.HashMap<>(Map.of(
          "TIMBAL_API_KEY", TIMBAL_SECRET, "TIMBAL_BASE_URL", timbal.baseUrl(),
          "TIMBAL_ORG_ID", timbal.orgId(), "TIMBAL_PROJECT_ID", timbal.projectId(),
          "SYN_API_URL", syntropic.baseUrl(), "SYN_API_TOKEN", SYNTROPIC_SECRET,
          "AGENTSCOPE_API_URL", agentScope.baseUrl(), "AGENTSCOPE_USER_ID", user,
          "AGENTSCOPE_AGENT_IDS", String.join(",", agentScope.agentIds(user))));
      env.put("AGENTSCOPE_SERVER_TZ", agentScope.serverTimeZone().getId());
      env.put("AGENTSCOPE_STORAGE_TZ", agentScope.storageTimeZone().getId());
      // A retried 503 shows as a span of its own.
      syntropic.failNext(1, 503, 0);

      ExampleProcess.Exit exit = ExampleProcess.run(dir, UsageToOpenTelemetry.class, env);
      assertEquals(CommandLine.OK, exit.status(), exit.err());

      // Usage per vendor: sessions, input, output, cache read, cache creation tokens, cost (null: none reported).
      List<ObjectNode> composeSessions = timbal.composeSessions();
      long[] timbalUsage = usage(composeSessions);
      List<ObjectNode> syntropicSessions = syntropic.sessions();
      long[] syntropicUsage = usage(syntropicSessions);
      long[] agentScopeUsage = new long[5];
      for (String agent : agentScope.agentIds(user)) {
        for (ObjectNode session : agentScope.sessions(user, agent)) {
          agentScopeUsage[0]++;
          // The tokens of an AgentScope session are those of its messages.
          long[] tokens = agentScopeTokens(agentScope.messages(session.get("session").get("id").asText()));
          for (int i = 0; i < tokens.length; i++) {
            agentScopeUsage[i + 1] += tokens[i];
          }
        }
      }
      int timbalCalls = timbal.requests().size();
      int syntropicCalls = syntropic.requests().size();
      int agentScopeCalls = agentScope.requests().size();
      long sessions = timbalUsage[0] + syntropicUsage[0] + agentScopeUsage[0];
      int spans = timbalCalls + syntropicCalls + agentScopeCalls;
      String expected = "Exported to OpenTelemetry: usage of " + sessions + " sessions, " + spans
          + " HTTP client spans\n"
          + "\n"
          + "HTTP client spans\n"
          + "  vendor       method  status    spans\n"
          + spanRow("timbal", "200", timbalCalls)
          + spanRow("syntropic", "200", syntropicCalls - 1)
          + spanRow("syntropic", "503", 1)
          + spanRow("agentscope", "200", agentScopeCalls)
          + "\n"
          + "Usage (gen_ai.client.token.usage, sessionkit.usage.cost)\n"
          + "  vendor       sessions          input         output     cache read  cache created   cost USD\n"
          + usageRow("timbal", timbalUsage, usd(sum(composeSessions, n -> n.get("cost_usd").decimalValue())))
          + usageRow("syntropic", syntropicUsage,
              usd(sum(syntropicSessions, n -> new BigDecimal(n.get("total_cost_usd").asText()))))
          + usageRow("agentscope", agentScopeUsage, "n/a");
      assertEquals(expected, exit.out());

      // The logging exporter wrote each span (and the metrics at shutdown) to java.util.logging, on stderr.
      assertEquals(spans, exit.err().lines().filter(l -> l.contains(" CLIENT [tracer: dev.sessionkit.otel:]")).count(),
          exit.err());
      assertTrue(exit.err().contains("name=gen_ai.client.token.usage") && exit.err().contains("name=sessionkit.usage.cost"),
          exit.err());
      // The secrets were in play (the fakes got them), and are nowhere in what was exported or printed.
      assertTrue(timbal.requests().stream().allMatch(r -> r.header("Authorization").equals(
          java.util.Optional.of("Bearer " + TIMBAL_SECRET))));
      assertTrue(syntropic.requests().stream().allMatch(r -> r.header("Authorization").equals(
          java.util.Optional.of("Bearer " + SYNTROPIC_SECRET))));
      for (String secret : List.of(TIMBAL_SECRET, SYNTROPIC_SECRET)) {
        assertFalse(exit.out().contains(secret) || exit.err().contains(secret), "a secret in the output:\n" + exit.err());
      }
      // Every call carried the trace context of the one run: a traceparent with the same trace id.
      List<String> traceIds = Stream.of(timbal, syntropic, agentScope).flatMap(f -> f.requests().stream())
          .map(r -> r.header("traceparent").orElse("none").replaceAll("^00-([0-9a-f]{32})-[0-9a-f]{16}-[0-9a-f]{2}$", "$1"))
          .distinct().toList();
      assertEquals(1, traceIds.size(), traceIds.toString());
      assertTrue(traceIds.get(0).matches("[0-9a-f]{32}"), traceIds.toString());
    }
  }

  /** Sessions, input, output, cache read and cache creation tokens, as Timbal and Syntropic137 name them. */
  private static long[] usage(List<ObjectNode> sessions) {
    return new long[] {sessions.size(), sumLong(sessions, "input_tokens"), sumLong(sessions, "output_tokens"),
        sumLong(sessions, "cache_read_tokens"), sumLong(sessions, "cache_creation_tokens")};
  }

  private static String spanRow(String vendor, String status, long spans) {
    return String.format("  %-12s %-7s %-7s %7d%n", vendor, "GET", status, spans);
  }

  private static String usageRow(String vendor, long[] usage, String cost) {
    return String.format(java.util.Locale.ROOT, "  %-12s %8d %,14d %,14d %,14d %,14d %10s%n", vendor, usage[0],
        usage[1], usage[2], usage[3], usage[4], cost);
  }

  @Test
  void timbalQuickStartListsFailedRunsAndOpensOne() {
    try (FakeTimbal fake = FakeTimbal.start()) {
      TimbalClient timbal = TimbalClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
          .orgId(fake.orgId()).projectId(fake.projectId()).build();
      TimbalQuickStart.run(timbal, out);
      long failed = fake.runsJson().stream().filter(r -> r.get("status").asText().equals("error")).count();
      assertTrue(out().contains("all failed runs: " + failed + "\n"), out());
      assertTrue(out().matches("(?s)first page: \\d+ failed runs, more: (true|false)\n.*run \\S+: \\d+ spans, cost [\\d.]+ USD\n"),
          out());
    }
  }

  @Test
  void syntropicQuickStartWalksPastThePageLimitAndOpensASessionByPrefix() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(300).start()) {
      SyntropicQuickStart.run(SyntropicClient.builder().baseUrl(fake.baseUrl()).build(), out);
      long matching = fake.sessionsJson().stream()
          .filter(n -> n.get("status").asText().equals("failed") || n.get("status").asText().equals("running")).count();
      assertTrue(out().startsWith("failed or running sessions: " + matching + ", total cost "), out());
      assertTrue(out().contains(" operations, models ["), out());
    }
  }

  @Test
  void agentsQuickStartListsTheAgentsSessions() {
    try (FakeAgentScope fake = FakeAgentScope.start()) {
      String user = fake.userIds().get(0);
      String agent = fake.agentIds(user).get(0);
      AgentsQuickStart.run(AgentsClient.builder().baseUrl(fake.baseUrl()).userId(user).build(), agent, out);
      assertTrue(out().startsWith("agent " + agent + ": " + fake.sessionsJson(user, agent).size() + " sessions\n"), out());
    }
  }

  @Test
  void watchSessionPrintsTheRunsEventsUntilItEnds() {
    try (FakeAgentScope fake = FakeAgentScope.start()) {
      String user = fake.userIds().get(0);
      WatchSession.run(AgentsClient.builder().baseUrl(fake.baseUrl()).userId(user).build(),
          fake.agentIds(user).get(0), out);
      assertTrue(out().startsWith("session "), out());
      assertTrue(out().contains("[REPLY_START]\n"), out());
      assertTrue(out().contains("[TOOL_RESULT_END]\n"), out());
      assertTrue(out().trim().endsWith("[REPLY_END completed]"), "the stream ended with the run's last event:\n" + out());
    }
  }

  /**
   * Input, output, cache read, cache creation tokens of an AgentScope session, summed over its messages. The
   * fake's replies count as OpenAI's, DashScope's and Gemini's do: the input includes the cache reads, and no
   * cache writes (its Claude replies have no cache tokens). The input without the reads is priced as input,
   * the reads as cache reads.
   */
  private static long[] agentScopeTokens(List<ObjectNode> messages) {
    long[] tokens = new long[4];
    for (ObjectNode m : messages) {
      com.fasterxml.jackson.databind.JsonNode u = m.get("usage");
      if (u != null && !u.isNull()) {
        long read = u.get("cache_input_tokens").asLong();
        assertEquals(0, u.get("cache_creation_input_tokens").asLong(), u.toString());
        assertTrue(read <= u.get("input_tokens").asLong(), u.toString());
        tokens[0] += u.get("input_tokens").asLong() - read;
        tokens[1] += u.get("output_tokens").asLong();
        tokens[2] += read;
      }
    }
    return tokens;
  }
}
