package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

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
      timbalSessions = t.composeSessions().size();
      timbalCost = sum(t.composeSessions(), n -> n.get("cost_usd").decimalValue());
      t.composeSessions().forEach(n -> starts.add(Instant.parse(n.get("created_at").asText())));
      syntropic = s.sessions();
      // Syntropic137 writes Python's str() of an aware UTC datetime: "2026-05-01 09:52:28.589454+00:00".
      syntropic.forEach(n -> starts.add(OffsetDateTime.parse(n.get("started_at").asText().replace(' ', 'T')).toInstant()));
      String user = a.userIds().get(0);
      for (String agent : a.agentIds(user)) {
        // AgentScope's record times are naive, in the storage's zone.
        a.sessions(user, agent).forEach(n -> agentScopeStarts.add(
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
    return sessions.stream().mapToLong(n -> n.get(field).asLong()).sum();
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
    String[] cells = rows.get(0).substring(2 + key.length()).trim().split(" +");
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

  @Test
  void timbalQuickStartListsFailedRunsAndOpensOne() {
    try (FakeTimbal fake = FakeTimbal.start()) {
      TimbalClient timbal = TimbalClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
          .orgId(fake.orgId()).projectId(fake.projectId()).build();
      TimbalQuickStart.run(timbal, out);
      long failed = fake.runs().stream().filter(r -> r.get("status").asText().equals("error")).count();
      assertTrue(out().contains("all failed runs: " + failed + "\n"), out());
      assertTrue(out().matches("(?s)first page: \\d+ failed runs, more: (true|false)\n.*run \\S+: \\d+ spans, cost [\\d.]+ USD\n"),
          out());
    }
  }

  @Test
  void syntropicQuickStartWalksPastThePageLimitAndOpensASessionByPrefix() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(300).start()) {
      SyntropicQuickStart.run(SyntropicClient.builder().baseUrl(fake.baseUrl()).build(), out);
      long matching = fake.sessions().stream()
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
      assertTrue(out().startsWith("agent " + agent + ": " + fake.sessions(user, agent).size() + " sessions\n"), out());
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
}
