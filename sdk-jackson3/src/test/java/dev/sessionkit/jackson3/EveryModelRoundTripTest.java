package dev.sessionkit.jackson3;

import static dev.sessionkit.jackson3.RoundTrip.JACKSON3;
import static dev.sessionkit.jackson3.RoundTrip.SDK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.events.TextBlockDeltaEvent;
import dev.sessionkit.agents.events.UnknownEvent;
import dev.sessionkit.agents.messages.ContentBlock;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.sessions.ChatRequest;
import dev.sessionkit.agents.sessions.ChatResponse;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.agents.sessions.CreateSessionResponse;
import dev.sessionkit.agents.sessions.SessionList;
import dev.sessionkit.agents.sessions.SessionRecord;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.agents.sessions.SessionStatusResponse;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.agents.state.AgentState;
import dev.sessionkit.agents.teams.TeamDetail;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Operation;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.syntropic.sessions.SessionStatus;
import dev.sessionkit.testkit.FakeAgentScope;
import dev.sessionkit.testkit.FakeSyntropic;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.CreateReactionRequest;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Reaction;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.runs.RunStatus;
import dev.sessionkit.timbal.runs.TraceSpan;
import dev.sessionkit.timbal.sessions.ComposeMessage;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ComposeSessionDetail;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every model family, as the SDK reads it from its fake servers' realistic data through real clients, goes
 * through a Jackson 3 mapper (found modules only, as Spring Boot 4 makes it): the JSON is the SDK's own, and the
 * value read back equals the original.
 */
class EveryModelRoundTripTest {
  @Test
  void timbalRunsTracesReactionsAndComposeSessions() throws Exception {
    try (FakeTimbal fake = FakeTimbal.builder().runs(12).composeSessions(3).start()) {
      TimbalClient client = fake.clientBuilder().build();
      List<Run> runs = client.runs().list(ListRunsRequest.builder().build()).items();
      RoundTrip.checkAll(runs, Run.class);

      List<RunDetail> details = new ArrayList<>();
      for (Run run : runs) {
        details.add(client.runs().get(GetRunRequest.builder().runId(run.id()).build()));
      }
      RoundTrip.checkAll(details, RunDetail.class);
      // The JsonNode fields that issue 16 saw written as beans: a span's input, output and usage.
      List<TraceSpan> spans = details.stream().flatMap(d -> d.trace().stream()).toList();
      RoundTrip.checkAll(spans, TraceSpan.class);
      assertTrue(spans.stream().anyMatch(s -> s.input().isPresent()), "no span with an input to check");

      String runId = runs.get(0).id();
      client.runs().reactions().create(CreateReactionRequest.builder().runId(runId).sentiment("negative")
          .feedback("Wrong total: 0.10 ≠ 0.1?").build());
      List<Reaction> reactions = client.runs().reactions().list(ListReactionsRequest.builder().runId(runId).build())
          .items();
      RoundTrip.checkAll(reactions, Reaction.class);

      String user = fake.userIds().get(0);
      List<ComposeSession> sessions = client.composeSessions().list(
          ListComposeSessionsRequest.builder().userId(user).build());
      RoundTrip.checkAll(sessions, ComposeSession.class);
      List<ComposeSessionDetail> composeDetails = new ArrayList<>();
      for (ComposeSession s : sessions) {
        composeDetails.add(client.composeSessions().get(GetComposeSessionRequest.builder().sessionId(s.id()).build()));
      }
      RoundTrip.checkAll(composeDetails, ComposeSessionDetail.class);
      RoundTrip.checkAll(composeDetails.stream().flatMap(d -> d.messages().stream()).toList(), ComposeMessage.class);
      RoundTrip.checkAll(sessions.stream().map(ComposeSession::toSessionUsage).toList(), SessionUsage.class);
    }
  }

  @Test
  void syntropicSessionsListsDetailsAndOperations() throws Exception {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(8).operationsPerSession(4).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      dev.sessionkit.syntropic.sessions.SessionList list = client.sessions().list(ListSessionsRequest.builder().build());
      RoundTrip.check(list, dev.sessionkit.syntropic.sessions.SessionList.class);
      RoundTrip.checkAll(list.sessions(), Session.class);
      List<SessionDetail> details = new ArrayList<>();
      for (Session s : list.sessions()) {
        details.add(client.sessions().get(s.id()));
      }
      RoundTrip.checkAll(details, SessionDetail.class);
      RoundTrip.checkAll(details.stream().flatMap(d -> d.operations().stream()).toList(), Operation.class);
      List<SessionUsage> usage = details.stream().map(SessionDetail::toSessionUsage).toList();
      RoundTrip.checkAll(usage, SessionUsage.class);
      RoundTrip.checkAll(usage.stream().map(SessionUsage::tokens).toList(), TokenUsage.class);
      assertTrue(usage.stream().anyMatch(u -> u.costUsd().isPresent() && u.tokens().total() > 0), usage.toString());
      // Money: the server's decimal strings are BigDecimals, written and read without a double in between.
      assertTrue(details.stream().anyMatch(d -> !d.costByModel().isEmpty()), "no cost by model to check");
    }
  }

  @Test
  void agentScopeSessionsTeamsStateMessagesAndTheEventsOfARun() throws Exception {
    try (FakeAgentScope fake = FakeAgentScope.builder().sessions(6).messagesPerSession(5)
        .streamEventDelay(Duration.ZERO).start()) {
      AgentsClient client = fake.clientBuilder().build();
      String user = fake.userIds().get(0);
      String agent = fake.agentIds(user).get(0);
      SessionList list = client.sessions().list(
          dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId(agent).build());
      RoundTrip.check(list, SessionList.class);
      RoundTrip.checkAll(list.sessions(), SessionView.class);
      RoundTrip.checkAll(list.sessions().stream().map(SessionView::session).toList(), SessionRecord.class);
      RoundTrip.checkAll(list.sessions().stream().map(v -> client.sessions().usage(v)).toList(), SessionUsage.class);
      RoundTrip.checkAll(list.sessions().stream().map(v -> v.session().state()).toList(), AgentState.class);
      List<TeamDetail> teams = list.sessions().stream().flatMap(v -> v.team().stream()).toList();
      if (!teams.isEmpty()) {
        RoundTrip.checkAll(teams, TeamDetail.class);
      }

      String idle = list.sessions().stream().filter(v -> !fake.isRunning(v.session().id()))
          .map(v -> v.session().id()).findFirst().orElseThrow();
      List<Message> messages = new ArrayList<>();
      client.sessions().messages().listAll(ListMessagesRequest.builder().agentId(agent).sessionId(idle).build())
          .forEach(messages::add);
      RoundTrip.checkAll(messages, Message.class);
      RoundTrip.checkAll(messages.stream().flatMap(m -> m.content().stream()).toList(), ContentBlock.class);

      RoundTrip.check(client.sessions().status(SessionRef.of(agent, idle)), SessionStatusResponse.class);
      ChatResponse started = client.sessions().chat(ChatRequest.builder().agentId(agent).sessionId(idle)
          .input(Message.user(user, "Plan my week")).build());
      RoundTrip.check(started, ChatResponse.class);
      List<AgentEvent> events = new ArrayList<>();
      try (EventStream<AgentEvent> stream = client.sessions().stream(SessionRef.of(agent, idle))) {
        stream.forEachRemaining(events::add);
      }
      assertTrue(events.size() > 5, "too few events to check: " + events);
      RoundTrip.checkAll(events, AgentEvent.class);
      // Read as the event's own interface too, as a user's typed field would.
      TextBlockDeltaEvent delta = events.stream().filter(TextBlockDeltaEvent.class::isInstance)
          .map(TextBlockDeltaEvent.class::cast).findFirst().orElseThrow();
      RoundTrip.check(delta, TextBlockDeltaEvent.class);

      CreateSessionResponse created = client.sessions().create(
          CreateSessionRequest.builder().agentId(agent).name("Jackson 3").build());
      RoundTrip.check(created, CreateSessionResponse.class);
    }
  }

  @Test
  void theCrossVendorUsageViewHasOneJsonForm() throws Exception {
    SessionUsage usage = SessionUsage.builder().vendor(Vendor.SYNTROPIC).id("a1b2").status("completed")
        .model("claude-sonnet-4-5").startedAt(Instant.parse("2026-05-01T12:00:00.123456Z"))
        .tokens(TokenUsage.reported(1200, 300, 40, 5)).costUsd(new BigDecimal("0.123400")).build();
    assertEquals("{\"vendor\":\"SYNTROPIC\",\"id\":\"a1b2\",\"status\":\"completed\",\"model\":\"claude-sonnet-4-5\","
        + "\"agent_id\":null,\"started_at\":\"2026-05-01T12:00:00.123456Z\",\"last_activity_at\":null,\"tokens\":{\"input\":1200,"
        + "\"output\":300,\"cache_creation\":40,\"cache_read\":5},\"cost_usd\":0.123400}",
        RoundTrip.check(usage, SessionUsage.class));
    // Counts left out are 0, as in the builder.
    assertEquals(TokenUsage.builder().input(7).build(), JACKSON3.readValue("{\"input\":7}", TokenUsage.class));
  }

  @Test
  void anEventOfATypeTheSdkDoesNotKnowStaysUnknownAndWhole() throws Exception {
    String json = "{\"type\":\"MEMORY_COMPACTED\",\"id\":\"e-1\",\"created_at\":\"2026-05-01T09:00:06.5\","
        + "\"tokens_saved\":123456789012345678901234567890,\"ratio\":0.1000}";
    AgentEvent event = JACKSON3.readValue(json, AgentEvent.class);
    UnknownEvent unknown = assertInstanceOf(UnknownEvent.class, event);
    assertEquals(SDK.readValue(json, AgentEvent.class), unknown);
    RoundTrip.check(event, AgentEvent.class);
    RoundTrip.check(unknown, UnknownEvent.class);
    // The one model the SDK documents a plain Jackson 2 mapper to write as the SDK does: Jackson 3 agrees with it.
    assertEquals(new ObjectMapper().writeValueAsString(unknown), JACKSON3.writeValueAsString(unknown));
  }

  @Test
  void openValuesAreTheirTextKnownOrNot() throws Exception {
    assertEquals("\"success\"", RoundTrip.check(RunStatus.SUCCESS, RunStatus.class));
    RunStatus paused = JACKSON3.readValue("\"paused\"", RunStatus.class);
    assertEquals(RunStatus.of("paused"), paused);
    assertFalse(paused.isKnown());
    RoundTrip.check(paused, RunStatus.class);
    RoundTrip.check(SessionStatus.of("failed"), SessionStatus.class);
    assertEquals(RunStatus.ERROR, JACKSON3.readValue("\"error\"", RunStatus.class));
  }
}
