package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.sessions.SessionRecord;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The fakes' typed views are what a client of the fake lists, and their sums are the sums of the wire JSON,
 * computed here by hand.
 */
@ExtendWith(SessionKitFakes.class)
class TypedViewsTest {

  @Test
  void timbalRunsAreTheRunsAClientLists(FakeTimbal fake, TimbalClient client) {
    List<Run> runs = fake.runs();
    assertEquals(client.runs().listAll(SessionKitFakesTest.ALL_RUNS).stream().toList(), runs);
    assertEquals(120, runs.size());

    Run run = runs.get(0);
    JsonNode json = fake.runsJson().get(0);
    assertEquals(json.get("id").asText(), run.id());
    assertEquals(json.get("idempotency_key").asText(), run.idempotencyKey());
    assertEquals(json.get("status").asText(), run.status().value());
    assertEquals(Instant.parse(json.get("created_at").asText()), run.createdAt());
    assertEquals(json.get("cost_usd").decimalValue(), run.costUsd());
    assertEquals(json.get("cost_credits").decimalValue(), run.costCredits());
    assertEquals(json.get("user").get("id").asText(), run.user().id());
    assertEquals(Sdk.number(json, "duration_ms"), run.durationMs());
    assertEquals(Sdk.text(json, "group_id"), run.groupId());
    assertEquals(Sdk.text(json, "parent_id"), run.parentId());
  }

  @Test
  void timbalComposeSessionsAreTheSessionsAClientLists(FakeTimbal fake, TimbalClient client) {
    String user = fake.userIds().get(0);
    assertEquals(client.composeSessions().list(ListComposeSessionsRequest.builder().userId(user).build()),
        fake.composeSessions().stream().filter(s -> s.userId().equals(user)).toList());
    assertEquals(Sdk.ids(fake.composeSessionsJson()), fake.composeSessions().stream().map(s -> s.id()).toList());
  }

  @Test
  void timbalsTotalRunCostIsTheSumOfEveryRunsCost(FakeTimbal fake) {
    BigDecimal byHand = BigDecimal.ZERO;
    for (ObjectNode run : fake.runsJson()) {
      byHand = byHand.add(new BigDecimal(run.get("cost_usd").asText()));
    }
    assertEquals(byHand, fake.totalRunCostUsd());
    assertTrue(byHand.signum() > 0);
  }

  @Test
  void syntropicSessionsAreTheSessionsAClientLists(FakeSyntropic fake, SyntropicClient client) {
    List<Session> sessions = fake.sessions();
    assertEquals(client.sessions().listAll(SessionKitFakesTest.allSessions()).stream().toList(), sessions);

    Session session = sessions.get(0);
    JsonNode json = fake.sessionsJson().get(0);
    assertEquals(json.get("id").asText(), session.id());
    assertEquals(json.get("status").asText(), session.status().value());
    assertEquals(Sdk.text(json, "workflow_id"), session.workflowId());
    assertEquals(Sdk.pythonStr(json, "started_at"), session.startedAt());
    assertEquals(new BigDecimal(json.get("total_cost_usd").asText()), session.totalCostUsd());
    assertEquals(json.get("input_tokens").asLong(), session.inputTokens());
    assertEquals(json.get("output_tokens").asLong(), session.outputTokens());

    assertEquals(Optional.of(client.sessions().get(session.id())), fake.sessionDetail(session.id()));
    assertEquals(Optional.empty(), fake.sessionDetail("no-such-session"));
  }

  @Test
  void syntropicsTotalsAreTheSumsOfEverySessionsCostAndTokens(FakeSyntropic fake) {
    BigDecimal cost = BigDecimal.ZERO;
    long input = 0;
    long output = 0;
    long cacheCreation = 0;
    long cacheRead = 0;
    for (ObjectNode s : fake.sessionsJson()) {
      cost = cost.add(new BigDecimal(s.get("total_cost_usd").asText()));
      input += s.get("input_tokens").asLong();
      output += s.get("output_tokens").asLong();
      cacheCreation += s.get("cache_creation_tokens").asLong();
      cacheRead += s.get("cache_read_tokens").asLong();
    }
    assertEquals(cost, fake.totalSessionCostUsd());
    assertEquals(TokenUsage.reported(input, output, cacheCreation, cacheRead), fake.totalSessionTokens());
    assertTrue(fake.totalSessionTokens().total() > 0);
  }

  @Test
  void agentScopeSessionsAreTheViewsAClientLists(FakeAgentScope fake, AgentsClient client) {
    String agent = fake.agentIds("alice").get(0);
    List<SessionView> views = fake.sessions("alice", agent);
    assertEquals(client.sessions().list(SessionKitFakesTest.sessionsOf(agent)).sessions(), views);

    SessionView view = views.get(0);
    JsonNode json = fake.sessionsJson("alice", agent).get(0);
    assertEquals(json.get("session").get("id").asText(), view.session().id(), "the id is the record's");
    assertEquals(json.get("session").get("agent_id").asText(), view.session().agentId());
    assertEquals(json.get("is_running").asBoolean(), view.running());
    assertEquals(Sdk.naive(json.get("session"), "created_at", fake.storageTimeZone()), view.session().createdAt());

    SessionRecord record = fake.session(view.session().id()).orElseThrow();
    assertEquals(view.session().id(), record.id());
    assertFalse(record.state().context().isEmpty(), "the whole record holds the messages that listings clear");
    assertEquals(Optional.empty(), fake.session("no-such-session"));
  }

  @Test
  void agentScopeMessagesAreTheMessagesAClientReads(FakeAgentScope fake, AgentsClient client) {
    String agent = fake.agentIds("alice").get(0);
    String session = fake.sessions("alice", agent).get(0).session().id();
    List<Message> messages = fake.messages(session);
    List<Message> newestFirst = new ArrayList<>(client.sessions().messages()
        .listAll(ListMessagesRequest.builder().agentId(agent).sessionId(session).build()).stream().toList());
    java.util.Collections.reverse(newestFirst);
    assertEquals(newestFirst, messages);
    assertEquals(8, messages.size());
    JsonNode json = fake.messagesJson(session).get(0);
    assertEquals(Optional.of(json.get("id").asText()), messages.get(0).id());
    assertEquals(Sdk.naive(json, "created_at", fake.serverTimeZone()), messages.get(0).createdAt());
  }

  @Test
  void agentScopesMessageTokensAreTheSumOfEveryMessagesUsage(FakeAgentScope fake) {
    String session = fake.sessions("alice", fake.agentIds("alice").get(0)).get(0).session().id();
    long input = 0;
    long output = 0;
    for (ObjectNode m : fake.messagesJson(session)) {
      input += m.path("usage").path("input_tokens").asLong();
      output += m.path("usage").path("output_tokens").asLong();
    }
    assertEquals(TokenUsage.reported(input, output, 0, 0), fake.totalMessageTokens(session));
    assertTrue(input + output > 0);
    assertEquals(TokenUsage.zero(), fake.totalMessageTokens("no-such-session"));
  }

  @Test
  void aRawRecordThatIsNoModelFailsTheTypedViewButNotTheJson(FakeTimbal fake) {
    ObjectNode raw = Wire.json("{\"id\": \"run_raw\", \"created_at\": \"2026-05-01T00:00:00Z\"}").deepCopy();
    fake.addRun(raw);
    IllegalStateException e = assertThrows(IllegalStateException.class, fake::runs);
    assertTrue(e.getMessage().startsWith("a record of the fake does not read as Run (read it with the *Json"
        + " accessor): "), e.getMessage());
    assertEquals(121, fake.runsJson().size());
  }
}
