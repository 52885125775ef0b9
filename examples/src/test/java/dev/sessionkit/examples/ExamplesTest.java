package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    int syntropicSessions;
    int agentScopeSessions = 0;
    // The fakes are deterministic: the same builders give the same data the report sees.
    try (FakeTimbal t = FakeTimbal.start(); FakeSyntropic s = FakeSyntropic.builder().sessions(450).start();
        FakeAgentScope a = FakeAgentScope.start()) {
      timbalSessions = t.composeSessions().size();
      timbalCost = t.composeSessions().stream().map(n -> n.get("cost_usd").decimalValue())
          .reduce(BigDecimal.ZERO, BigDecimal::add);
      syntropicSessions = s.sessions().size();
      String user = a.userIds().get(0);
      for (String agent : a.agentIds(user)) {
        agentScopeSessions += a.sessions(user, agent).size();
      }
    }
    int status = CostReport.run(new String[0], Map.of(), out, err);
    assertEquals(CommandLine.OK, status, errBytes.toString(StandardCharsets.UTF_8));
    String report = out();
    int total = timbalSessions + syntropicSessions + agentScopeSessions;
    assertTrue(report.startsWith("SessionKit cost report: " + total + " sessions\n"), report);
    assertTrue(report.contains("Timbal: fake server at http://127.0.0.1:"), report);
    assertRow(report, "timbal", timbalSessions, timbalCost.setScale(2, RoundingMode.HALF_UP).toPlainString());
    assertRow(report, "syntropic", syntropicSessions, null);
    assertRow(report, "agentscope", agentScopeSessions, "n/a");
    assertTrue(report.contains("By vendor and model"), report);
    assertTrue(report.contains("By day (UTC)"), report);
    assertTrue(errBytes.toString(StandardCharsets.UTF_8).contains("read " + total + " sessions."));
  }

  private static void assertRow(String report, String vendor, int sessions, String cost) {
    Matcher m = Pattern.compile("(?m)^  " + vendor + " +(\\d+) +[\\d,]+ +[\\d,]+ +[\\d,]+ +(\\S+)$").matcher(report);
    assertTrue(m.find(), "no row for " + vendor + " in\n" + report);
    assertEquals(sessions, Integer.parseInt(m.group(1)), vendor);
    if (cost != null) {
      assertEquals(cost, m.group(2), vendor);
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
