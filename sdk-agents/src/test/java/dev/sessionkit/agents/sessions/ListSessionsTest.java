package dev.sessionkit.agents.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsFixtures.COMPRESSION_PROMPT;
import static dev.sessionkit.agents.testing.AgentsFixtures.SESSION_LIST;
import static dev.sessionkit.agents.testing.AgentsFixtures.SUMMARY_TEMPLATE;
import static dev.sessionkit.agents.testing.AgentsWireMock.USER_ID;
import static dev.sessionkit.agents.testing.AgentsWireMock.assertQueryNames;
import static dev.sessionkit.agents.testing.AgentsWireMock.builder;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static dev.sessionkit.agents.testing.AgentsWireMock.onlyRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.messages.MessageUsage;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.agents.state.AgentState;
import dev.sessionkit.agents.state.PermissionBehavior;
import dev.sessionkit.agents.state.PermissionContext;
import dev.sessionkit.agents.state.PermissionMode;
import dev.sessionkit.agents.state.PermissionRule;
import dev.sessionkit.agents.state.ReadCacheEntry;
import dev.sessionkit.agents.state.Task;
import dev.sessionkit.agents.state.TaskState;
import dev.sessionkit.agents.state.ToolContext;
import dev.sessionkit.agents.state.WorkingDirectory;
import dev.sessionkit.agents.teams.AgentData;
import dev.sessionkit.agents.teams.AgentRecord;
import dev.sessionkit.agents.teams.AgentSource;
import dev.sessionkit.agents.teams.ContextConfig;
import dev.sessionkit.agents.teams.ReactConfig;
import dev.sessionkit.agents.teams.TeamDetail;
import dev.sessionkit.agents.teams.TeamMember;
import dev.sessionkit.agents.teams.TeamRecord;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /sessions/?agent_id=}: seed 003, every field. */
class ListSessionsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final AgentsClient agents = client(wm, sleeper);

  private static ListSessionsRequest forAgent(String agentId) {
    return ListSessionsRequest.builder().agentId(agentId).build();
  }

  @Test
  void listSendsTheAgentIdAndTheUserIdToTheSlashTerminatedPath() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson(SESSION_LIST)));

    agents.sessions().list(forAgent("agt 7f3a/x"));

    LoggedRequest request = onlyRequest(wm);
    assertEquals("GET", request.getMethod().getName());
    assertEquals("/sessions/", request.getUrl().substring(0, request.getUrl().indexOf('?')));
    assertEquals(USER_ID, request.getHeader("x-user-id"));
    assertQueryNames(request, "agent_id");
    wm.verify(getRequestedFor(urlPathEqualTo("/sessions/"))
        .withQueryParam("agent_id", equalTo("agt 7f3a/x"))
        .withHeader("x-user-id", equalTo(USER_ID)));
  }

  @Test
  void listReadsEveryFieldOfTheSeedExample() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson(SESSION_LIST)));

    SessionList list = agents.sessions().list(forAgent("agt-7f3a"));

    assertEquals(Optional.of(1L), list.total());
    assertEquals(1, list.sessions().size());
    SessionView view = list.sessions().get(0);
    assertTrue(view.running());
    assertEquals(Optional.empty(), view.status());

    SessionRecord s = view.session();
    assertEquals("sess-9c1e", s.id());
    assertEquals("alice@acme.example", s.userId());
    assertEquals("agt-7f3a", s.agentId());
    assertEquals(SessionSource.SCHEDULE, s.source());
    assertEquals(Optional.of("sched-nightly-notes"), s.sourceScheduleId());
    assertEquals(Optional.empty(), s.sourceChannelId());
    assertEquals(Optional.of("team-11"), s.teamId());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:00Z")), s.createdAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:34:56.789012Z")), s.updatedAt());
    assertTrue(s.additionalProperties().isEmpty());

    SessionConfig config = s.config();
    assertEquals(Optional.of("ws-docs-42"), config.workspaceId());
    assertEquals(Optional.of("Release notes for 2.4"), config.name());
    assertEquals(Optional.empty(), config.cwd());
    ChatModelConfig model = config.chatModelConfig().orElseThrow();
    assertEquals("openai_chat", model.type());
    assertEquals("cred-openai-1", model.credentialId());
    assertEquals("gpt-4o", model.model());
    assertEquals(new BigDecimal("0.2"), model.parameters().get("temperature").decimalValue());
    assertEquals(4096, model.parameters().get("max_tokens").intValue());
    assertEquals(2, model.parameters().size());
    assertEquals(ChatModelConfig.builder().type("dashscope_chat").credentialId("cred-dashscope-2").model("qwen-max")
        .build(), config.fallbackChatModelConfig().orElseThrow());
    assertEquals(Optional.empty(), config.ttsModelConfig());
    assertEquals(Optional.empty(), config.knowledgeConfig());
    assertEquals(Map.of(), config.additionalProperties());

    AgentState state = s.state();
    assertEquals(Optional.of("sess-9c1e"), state.sessionId());
    assertTrue(state.summary().isText());
    assertEquals("", state.summary().asText());
    assertEquals("msg-02", state.replyId());
    assertEquals(3, state.curIter());
    assertEquals(1, state.context().size());
    Message msg = state.context().get(0);
    assertEquals(Optional.of("msg-01"), msg.id());
    assertEquals("alice", msg.name());
    assertEquals(Optional.empty(), msg.role()); // the seed's context message has no role
    assertEquals(List.of(TextBlock.builder().text("Draft the release notes for 2.4 from the merged PRs.").id("blk-01")
        .build()), msg.content());
    assertEquals("web", msg.metadata().get("channel").asText());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:05.12Z")), msg.createdAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:05.12Z")), msg.finishedAt());
    assertEquals(Optional.of(MessageUsage.builder().inputTokens(1523).outputTokens(312).build()), msg.usage());

    PermissionContext permissions = state.permissionContext();
    assertEquals(PermissionMode.ACCEPT_EDITS, permissions.mode());
    assertEquals(Map.of("/srv/ws/docs", WorkingDirectory.builder().path("/srv/ws/docs").source("session").build()),
        permissions.workingDirectories());
    assertEquals(Map.of("Bash", List.of(PermissionRule.builder().toolName("Bash").ruleContent("git log")
        .behavior(PermissionBehavior.ALLOW).source("session").build())), permissions.allowRules());
    assertEquals(Map.of("Write", List.of(PermissionRule.builder().toolName("Write").ruleContent("/etc/**")
        .behavior(PermissionBehavior.DENY).source("userSettings").build())), permissions.denyRules());
    assertEquals(Map.of("WebFetch", List.of(PermissionRule.builder().toolName("WebFetch").behavior(PermissionBehavior.ASK)
        .source("session").build())), permissions.askRules());

    ToolContext tools = state.toolContext();
    assertEquals(Optional.of(100), tools.maxCacheFiles());
    assertEquals(Optional.of(new BigDecimal("25000")), tools.maxCacheBytes());
    assertEquals(List.of("filesystem", "git"), tools.activatedGroups());
    ReadCacheEntry cached = tools.readFileCache().get(0);
    assertEquals(1, tools.readFileCache().size());
    assertEquals("/srv/ws/docs/CHANGELOG.md", cached.filePath());
    assertEquals(List.of("# Changelog", "", "## 2.4.0"), cached.lines());
    assertEquals(Optional.of(new BigDecimal("1777626896.25")), cached.updatedAt());
    assertEquals(Optional.of(Instant.ofEpochSecond(1777626896, 250_000_000)), cached.modifiedAt());
    assertEquals(Optional.of(new BigDecimal("2048")), cached.bytes());

    Task task = state.tasksContext().tasks().get(0);
    assertEquals(1, state.tasksContext().tasks().size());
    assertEquals(Optional.of("task-1"), task.id());
    assertEquals("Collect merged PRs", task.subject());
    assertEquals(Optional.of("List every PR merged since the 2.3 tag"), task.description());
    assertEquals("high", task.metadata().get("priority").asText());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:01:00.5Z")), task.createdAt());
    assertEquals(TaskState.IN_PROGRESS, task.state());
    assertEquals(Optional.of("Scribe"), task.owner());
    assertEquals(List.of("task-2"), task.blocks());
    assertEquals(List.of("task-0"), task.blockedBy());

    TeamDetail team = view.team().orElseThrow();
    TeamRecord record = team.team();
    assertEquals("team-11", record.id());
    assertEquals("alice@acme.example", record.userId());
    assertEquals("sess-9c1e", record.sessionId());
    assertEquals("Docs crew", record.data().name());
    assertEquals("Writes and reviews the release docs", record.data().description());
    assertEquals(List.of("agt-w1"), record.data().memberIds());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:05:00Z")), record.updatedAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:04:59.999Z")), record.createdAt());

    AgentRecord leader = team.leaderAgent().orElseThrow();
    assertEquals("agt-7f3a", leader.id());
    assertEquals("alice@acme.example", leader.userId());
    assertEquals(Optional.of(AgentSource.USER), leader.source());
    assertEquals(Optional.of(Instant.parse("2026-04-30T18:00:00Z")), leader.updatedAt());
    assertEquals(Optional.of(Instant.parse("2026-04-02T10:15:30Z")), leader.createdAt());
    assertAgentData(leader.data(), "agt-7f3a", "Scribe", "You're a helpful assistant.");

    assertEquals(1, team.members().size());
    TeamMember member = team.members().get(0);
    assertEquals(Optional.of("sess-w1"), member.sessionId());
    assertEquals("agt-w1", member.agent().id());
    assertEquals(Optional.of(AgentSource.TEAM), member.agent().source());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:05:01Z")), member.agent().createdAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:05:01Z")), member.agent().updatedAt());
    assertAgentData(member.agent().data(), "agt-w1", "Reviewer", "You review release notes for accuracy.");
  }

  private static void assertAgentData(AgentData data, String id, String name, String prompt) {
    assertEquals(Optional.of(id), data.id());
    assertEquals(name, data.name());
    assertEquals(Optional.of(prompt), data.systemPrompt());
    assertEquals(Optional.of(ReactConfig.builder().maxIters(20).stopOnReject(false).build()), data.reactConfig());
    ContextConfig context = data.contextConfig().orElseThrow();
    assertEquals(Optional.of(new BigDecimal("0.8")), context.triggerRatio());
    assertEquals(Optional.of(new BigDecimal("0.1")), context.reserveRatio());
    assertEquals(Optional.of(COMPRESSION_PROMPT), context.compressionPrompt());
    assertEquals(Optional.of(SUMMARY_TEMPLATE), context.summaryTemplate());
    assertEquals("{\"type\":\"object\",\"required\":[\"task_overview\"]}",
        context.summarySchema().orElseThrow().toString());
    assertEquals(Optional.of(3000), context.toolResultLimit());
  }

  @Test
  void hostClockTimesAreReadInTheServerZoneAndStoredRecordTimesInTheStorageZone() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson(SESSION_LIST)));
    // The real server (SQL storage) writes record times as naive UTC, but stamps messages and tasks with its
    // host's datetime.now(). New York is on daylight time (UTC-4) on 1 May 2026.
    AgentsClient newYork = builder(wm, sleeper).serverTimeZone(ZoneId.of("America/New_York")).build();

    SessionView view = newYork.sessions().list(forAgent("agt-7f3a")).sessions().get(0);

    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:00Z")), view.session().createdAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:34:56.789012Z")), view.session().updatedAt());
    assertEquals(Optional.of(Instant.parse("2026-04-30T18:00:00Z")),
        view.team().orElseThrow().leaderAgent().orElseThrow().updatedAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T13:00:05.12Z")),
        view.session().state().context().get(0).createdAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T13:01:00.5Z")),
        view.session().state().tasksContext().tasks().get(0).createdAt());
  }

  @Test
  void aRedisStoredServerWritesRecordTimesInItsHostZoneToo() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson(SESSION_LIST)));
    AgentsClient redis = builder(wm, sleeper).serverTimeZone(ZoneId.of("America/New_York"))
        .storageTimeZone(ZoneId.of("America/New_York")).build();

    SessionView view = redis.sessions().list(forAgent("agt-7f3a")).sessions().get(0);

    assertEquals(Optional.of(Instant.parse("2026-05-01T13:00:00Z")), view.session().createdAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T16:34:56.789012Z")), view.session().updatedAt());
    assertEquals(Optional.of(Instant.parse("2026-04-30T22:00:00Z")),
        view.team().orElseThrow().leaderAgent().orElseThrow().updatedAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T13:00:05.12Z")),
        view.session().state().context().get(0).createdAt());
  }

  @Test
  void timesWithAnOffsetIgnoreBothZones() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson(
        SESSION_LIST.replace("\"2026-05-01T09:00:00\"", "\"2023-11-07T05:31:56Z\""))));
    AgentsClient shanghai = builder(wm, sleeper).serverTimeZone(ZoneId.of("Asia/Shanghai"))
        .storageTimeZone(ZoneId.of("Asia/Shanghai")).build();

    SessionRecord s = shanghai.sessions().list(forAgent("agt-7f3a")).sessions().get(0).session();

    assertEquals(Optional.of(Instant.parse("2023-11-07T05:31:56Z")), s.createdAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T04:34:56.789012Z")), s.updatedAt());
  }

  @Test
  void absentOptionalFieldsTakeTheirDefaults() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson("""
        {"sessions": [{"session": {"id": "s-2", "user_id": "bob", "agent_id": "agt-1"}, "is_running": false,
          "team": null}], "total": 1}""")));

    SessionView view = agents.sessions().list(forAgent("agt-1")).sessions().get(0);

    assertFalse(view.running());
    assertEquals(Optional.empty(), view.team());
    SessionRecord s = view.session();
    assertEquals(SessionSource.USER, s.source());
    assertEquals(SessionConfig.builder().build(), s.config());
    assertEquals(Optional.empty(), s.createdAt());
    AgentState state = s.state();
    assertEquals(List.of(), state.context());
    assertEquals("", state.replyId());
    assertEquals(0, state.curIter());
    assertEquals(PermissionMode.DEFAULT, state.permissionContext().mode());
    assertEquals(List.of(), state.toolContext().readFileCache());
    assertEquals(List.of(), state.tasksContext().tasks());
  }

  @Test
  void theTotalIsTheServersWhenSentAndEmptyWhenNotNeverAnInventedZero() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).withQueryParam("agent_id", equalTo("agt-1")).willReturn(okJson("""
        {"sessions": [], "total": 0}""")));
    wm.stubFor(get(urlPathEqualTo("/sessions/")).withQueryParam("agent_id", equalTo("agt-2")).willReturn(okJson("""
        {"sessions": [{"session": {"id": "s-2", "user_id": "bob", "agent_id": "agt-2"}, "is_running": false}],
         "total": 3000000000}""")));
    wm.stubFor(get(urlPathEqualTo("/sessions/")).withQueryParam("agent_id", equalTo("agt-3")).willReturn(okJson("""
        {"sessions": [{"session": {"id": "s-3", "user_id": "bob", "agent_id": "agt-3"}, "is_running": false}]}""")));
    wm.stubFor(get(urlPathEqualTo("/sessions/")).withQueryParam("agent_id", equalTo("agt-4")).willReturn(okJson("""
        {"sessions": [], "total": null}""")));

    assertEquals(Optional.of(0L), agents.sessions().list(forAgent("agt-1")).total());
    assertEquals(Optional.of(3_000_000_000L), agents.sessions().list(forAgent("agt-2")).total());
    assertEquals(Optional.empty(), agents.sessions().list(forAgent("agt-3")).total());
    assertEquals(Optional.empty(), agents.sessions().list(forAgent("agt-4")).total());
  }

  @Test
  void anUnknownSourceOrModeIsKeptAsSent() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson("""
        {"sessions": [{"session": {"id": "s-3", "user_id": "bob", "agent_id": "agt-1", "source": "webhook",
          "state": {"permission_context": {"mode": "plan"}}}, "is_running": false, "status": "awaiting_review"}],
         "total": 1}""")));

    SessionView view = agents.sessions().list(forAgent("agt-1")).sessions().get(0);

    assertEquals("webhook", view.session().source().value());
    assertFalse(view.session().source().isKnown());
    assertEquals("plan", view.session().state().permissionContext().mode().value());
    assertEquals("awaiting_review", view.status().orElseThrow().value());
  }

  @Test
  void anAgentThatIsNotTheCallersIsNotFound() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Agent not found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> agents.sessions().list(forAgent("agt-x")));

    assertEquals("Agent not found", e.detail().message());
    assertEquals("404 Not Found from GET /sessions/: Agent not found", e.getMessage());
    // 404 is not retried.
    assertEquals(1, wm.findAll(getRequestedFor(urlPathEqualTo("/sessions/"))).size());
  }

  @Test
  void requestOptionsReachTheWire() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson(SESSION_LIST)));

    agents.sessions().list(forAgent("agt-7f3a"), RequestOptions.builder().header("X-Trace", "t-1")
        .queryParam("debug", "1").timeout(Duration.ofSeconds(5)).build());

    wm.verify(getRequestedFor(urlPathEqualTo("/sessions/"))
        .withQueryParam("agent_id", equalTo("agt-7f3a"))
        .withQueryParam("debug", equalTo("1"))
        .withHeader("X-Trace", equalTo("t-1"))
        .withHeader("x-user-id", equalTo(USER_ID)));
  }

  @Test
  void aSessionViewWritesBackToTheSameModel() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson(SESSION_LIST)));
    SessionView view = agents.sessions().list(forAgent("agt-7f3a")).sessions().get(0);

    String written = SessionKitJson.mapper().writeValueAsString(view);
    SessionView back = new SessionKitJson(ZoneId.of("UTC")).readerFor(SessionView.class).readValue(written);

    assertEquals(view, back);
  }

  @Test
  void theRequestNeedsAnAgentId() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> ListSessionsRequest.builder().build());
    assertTrue(missing.getMessage().contains("agentId"), missing.getMessage());
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class,
        () -> ListSessionsRequest.builder().agentId(" ").build());
    assertEquals("agentId must not be blank", blank.getMessage());
  }
}
