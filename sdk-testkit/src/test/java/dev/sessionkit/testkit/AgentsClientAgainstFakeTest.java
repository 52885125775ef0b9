package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.agents.messages.ReplyErrorType;
import dev.sessionkit.agents.messages.ReplyFinishedReason;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.agents.sessions.SessionStatus;
import dev.sessionkit.agents.messages.MessageOrder;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.events.ReplyEndEvent;
import dev.sessionkit.agents.events.ReplyStartEvent;
import dev.sessionkit.agents.events.TextBlockDeltaEvent;
import dev.sessionkit.agents.messages.ContentBlock;
import dev.sessionkit.agents.messages.DataBlock;
import dev.sessionkit.agents.messages.HintBlock;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessagePage;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.agents.messages.ThinkingBlock;
import dev.sessionkit.agents.messages.ToolCallBlock;
import dev.sessionkit.agents.messages.ToolResultBlock;
import dev.sessionkit.agents.sessions.ChatModelConfig;
import dev.sessionkit.agents.sessions.ChatRequest;
import dev.sessionkit.agents.sessions.ChatResponse;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.agents.sessions.ListSessionsRequest;
import dev.sessionkit.agents.sessions.SessionConfig;
import dev.sessionkit.agents.sessions.SessionList;
import dev.sessionkit.agents.sessions.SessionRecord;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.agents.sessions.UpdateSessionRequest;
import dev.sessionkit.agents.state.AgentState;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.AuthenticationException;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.streaming.EventStream;
import java.time.Duration;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Collections;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AgentScope client against {@link FakeAgentScope}: sessions (list, create, update with explicit nulls,
 * delete), messages with offset paging, chat runs and their event streams, and the error paths. The server's
 * naive times are written in Tokyo time here, so a client that read them in UTC would be caught.
 */
class AgentsClientAgainstFakeTest {
  static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @RegisterExtension
  static SessionKitFakes fakes = new SessionKitFakes()
      .agentScope(b -> b.streamEventDelay(Duration.ZERO).serverTimeZone(TOKYO).sessions(16));

  static final List<String> EVENT_TYPES = List.of("REPLY_START", "MODEL_CALL_START", "TOOL_CALL_START",
      "TOOL_CALL_DELTA", "TOOL_CALL_END", "MODEL_CALL_END", "TOOL_RESULT_START", "TOOL_RESULT_TEXT_DELTA",
      "TOOL_RESULT_END", "MODEL_CALL_START", "TEXT_BLOCK_START", "TEXT_BLOCK_DELTA", "TEXT_BLOCK_DELTA",
      "TEXT_BLOCK_DELTA", "TEXT_BLOCK_END", "MODEL_CALL_END", "REPLY_END");

  static String agent(FakeAgentScope fake) {
    return fake.agentIds("alice").get(0);
  }

  static RecordedRequest last(FakeServer fake) {
    List<RecordedRequest> all = fake.requests();
    return all.get(all.size() - 1);
  }

  /** A session of alice's first agent that has no run in progress. */
  static String idleSession(FakeAgentScope fake) {
    return fake.sessionsJson("alice", agent(fake)).stream().map(v -> v.get("session").get("id").asText())
        .filter(id -> !fake.isRunning(id)).findFirst().orElseThrow();
  }

  // ---- sessions ----------------------------------------------------------------------------------------

  static void assertModelConfig(JsonNode raw, Optional<ChatModelConfig> config) {
    assertEquals(raw == null || raw.isNull(), config.isEmpty());
    if (config.isPresent()) {
      ChatModelConfig c = config.get();
      assertEquals(raw.get("type").asText(), c.type());
      assertEquals(raw.get("credential_id").asText(), c.credentialId());
      assertEquals(raw.get("model").asText(), c.model());
      assertEquals(Sdk.fields(raw.get("parameters")), c.parameters());
      assertEquals(Map.of(), c.additionalProperties());
    }
  }

  /** Every field of a session record that the fake fills in, its times read in the fake's two zones. */
  static void assertRecord(JsonNode raw, SessionRecord s, FakeAgentScope fake) {
    String id = raw.get("id").asText();
    assertEquals(id, s.id());
    assertEquals(raw.get("user_id").asText(), s.userId());
    assertEquals(raw.get("agent_id").asText(), s.agentId());
    JsonNode config = raw.get("config");
    SessionConfig c = s.config();
    assertEquals(Sdk.text(config, "workspace_id"), c.workspaceId(), id);
    assertEquals(Sdk.text(config, "name"), c.name(), id);
    assertModelConfig(config.get("chat_model_config"), c.chatModelConfig());
    assertModelConfig(config.get("fallback_chat_model_config"), c.fallbackChatModelConfig());
    assertEquals(Sdk.text(config, "cwd"), c.cwd());
    assertEquals(config.get("tts_model_config").isNull(), c.ttsModelConfig().isEmpty());
    assertEquals(config.get("knowledge_config").isNull(), c.knowledgeConfig().isEmpty());
    assertEquals(Map.of(), c.additionalProperties());
    assertEquals(raw.get("source").asText(), s.source().value());
    assertEquals(Sdk.text(raw, "source_schedule_id"), s.sourceScheduleId(), id);
    assertEquals(Sdk.text(raw, "source_chat_id"), s.sourceChatId(), id);
    assertEquals(Sdk.text(raw, "source_channel_id"), s.sourceChannelId(), id);
    assertEquals(Sdk.text(raw, "team_id"), s.teamId(), id);
    // Record times come from the storage's clock, UTC unless the fake plays the Redis storage.
    assertEquals(Sdk.naive(raw, "created_at", fake.storageTimeZone()), s.createdAt(), id);
    assertEquals(Sdk.naive(raw, "updated_at", fake.storageTimeZone()), s.updatedAt(), id);
    assertEquals(Map.of(), s.additionalProperties(), id);

    JsonNode state = raw.get("state");
    AgentState st = s.state();
    assertEquals(Sdk.text(state, "session_id"), st.sessionId());
    JsonNode summary = state.get("summary");
    assertEquals(summary.isTextual(), st.summary().isText(), id);
    if (summary.isTextual()) {
      assertEquals(summary.asText(), st.summary().asText());
    } else {
      assertEquals(summary.size(), st.summary().blocks().size());
    }
    assertEquals(Sdk.ids(Sdk.elements(state, "context")), st.context().stream().map(m -> m.id().orElseThrow()).toList());
    JsonNode replyContext = state.get("reply_context");
    assertEquals(Sdk.text(replyContext, "reply_id"), st.replyContext().replyId(), id);
    assertEquals(replyContext.get("cur_iter").asInt(), st.replyContext().curIter(), id);
    assertEquals(Optional.empty(), st.replyContext().structuredOutput());
    assertEquals(replyContext.get("reply_id").asText(), st.replyId(), "the shortcut reads reply_context");
    assertEquals(Map.of(), st.middleContext());
    assertEquals(state.get("permission_context").get("mode").asText(), st.permissionContext().mode().value());
    List<JsonNode> tasks = Sdk.elements(state.get("tasks_context"), "tasks");
    assertEquals(tasks.size(), st.tasksContext().tasks().size());
    for (int i = 0; i < tasks.size(); i++) {
      assertEquals(Optional.of(tasks.get(i).get("id").asText()), st.tasksContext().tasks().get(i).id());
      assertEquals(tasks.get(i).get("state").asText(), st.tasksContext().tasks().get(i).state().value());
      assertEquals(Sdk.naive(tasks.get(i), "created_at", fake.serverTimeZone()), st.tasksContext().tasks().get(i).createdAt());
    }
    assertEquals(Optional.of(state.get("tool_context").get("max_cache_files").asInt()), st.toolContext().maxCacheFiles());
    assertEquals(Sdk.elements(state.get("tool_context"), "activated_groups").stream().map(JsonNode::asText).toList(),
        st.toolContext().activatedGroups());
    assertEquals(Map.of(), st.additionalProperties(), id);
  }

  static void assertView(JsonNode served, SessionView v, FakeAgentScope fake) {
    JsonNode raw = Sdk.reparsed(served);
    assertRecord(raw.get("session"), v.session(), fake);
    assertEquals(raw.get("is_running").asBoolean(), v.running());
    assertEquals(Optional.of(raw.get("status").asText()), v.status().map(SessionStatus::value));
    JsonNode team = raw.get("team");
    assertEquals(team.isNull(), v.team().isEmpty());
    if (!team.isNull()) {
      assertEquals(team.get("team").get("id").asText(), v.team().get().team().id());
      assertEquals(team.get("team").get("session_id").asText(), v.team().get().team().sessionId());
      assertEquals(Sdk.naive(team.get("team"), "created_at", fake.storageTimeZone()), v.team().get().team().createdAt());
      assertEquals(Sdk.text(team.get("team"), "leader_agent_id"), v.team().get().team().leaderAgentId());
      List<JsonNode> roster = Sdk.elements(team.get("team").get("data"), "members");
      assertEquals(roster.stream().map(m -> m.get("session_id").asText()).toList(),
          v.team().get().team().data().members().stream().map(m -> m.sessionId()).toList());
      assertEquals(roster.stream().map(m -> m.get("role").asText()).toList(),
          v.team().get().team().data().members().stream().map(m -> m.role().value()).toList());
      assertEquals(team.get("leader_agent").get("id").asText(), v.team().get().leaderAgent().orElseThrow().id());
      assertEquals(team.get("leader_agent").get("editable").asBoolean(),
          v.team().get().leaderAgent().orElseThrow().editable());
      assertEquals(Map.of(), v.team().get().leaderAgent().orElseThrow().additionalProperties());
      List<JsonNode> members = Sdk.elements(team, "members");
      assertEquals(members.stream().map(m -> m.get("agent").get("id").asText()).toList(),
          v.team().get().members().stream().map(m -> m.agent().id()).toList());
      assertEquals(members.stream().map(m -> Sdk.text(m, "session_id")).toList(),
          v.team().get().members().stream().map(m -> m.sessionId()).toList());
      assertEquals(Map.of(), v.team().get().additionalProperties());
    }
    assertEquals(Map.of(), v.additionalProperties());
  }

  @Test
  void listReturnsEveryViewOfEachAgentNewestFirst(FakeAgentScope fake, AgentsClient client) {
    int teams = 0;
    int running = 0;
    for (String agentId : fake.agentIds("alice")) {
      List<ObjectNode> expected = fake.sessionsJson("alice", agentId);
      fake.clearRequests();
      SessionList list = client.sessions().list(ListSessionsRequest.builder().agentId(agentId).build());
      assertEquals(Optional.of((long) expected.size()), list.total());
      assertEquals(expected.size(), list.sessions().size());
      for (int i = 0; i < expected.size(); i++) {
        assertView(expected.get(i), list.sessions().get(i), fake);
        teams += list.sessions().get(i).team().isPresent() ? 1 : 0;
        running += list.sessions().get(i).running() ? 1 : 0;
      }
      RecordedRequest r = fake.requests().get(0);
      assertEquals("GET", r.method());
      assertEquals("/sessions/", r.path(), "with FastAPI's trailing slash, so no redirect");
      assertEquals(Map.of("agent_id", agentId), Sdk.query(r));
      assertEquals(Optional.of("alice"), r.header("x-user-id"));
      assertEquals(1, fake.requests().size());
    }
    assertTrue(teams > 0 || running > 0, "the seeded sessions show teams or runs");
  }

  @Test
  void theAgentOfAnotherUserIsNotFound(FakeAgentScope fake) {
    AgentsClient bob = fake.clientBuilder().userId("bob").build();
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> bob.sessions().list(ListSessionsRequest.builder().agentId(agent(fake)).build()));
    assertEquals(404, e.statusCode());
    assertEquals("Agent not found: " + agent(fake), e.detail().message());
    assertEquals(Optional.of("bob"), last(fake).header("x-user-id"));
  }

  @Test
  void createSendsOnlyTheGivenFieldsAndTheSessionIsListedFirst(FakeAgentScope fake, AgentsClient client) {
    ChatModelConfig model = ChatModelConfig.builder().type("openai").credentialId("cred-1").model("gpt-4o-mini")
        .putParameters("temperature", IntNode.valueOf(0)).build();
    fake.clearRequests();
    String id = client.sessions().create(CreateSessionRequest.builder().agentId(agent(fake)).name("Trip to Lisbon")
        .chatModelConfig(model).build()).sessionId();
    RecordedRequest post = fake.requests().get(0);
    assertEquals("POST", post.method());
    assertEquals("/sessions/", post.path());
    assertEquals(Wire.json("{\"agent_id\":\"" + agent(fake) + "\",\"name\":\"Trip to Lisbon\",\"chat_model_config\":"
        + "{\"type\":\"openai\",\"credential_id\":\"cred-1\",\"model\":\"gpt-4o-mini\",\"parameters\":{\"temperature\":0}}}"),
        Wire.json(post.body()));

    SessionView first = client.sessions().list(ListSessionsRequest.builder().agentId(agent(fake)).build()).sessions().get(0);
    assertEquals(id, first.session().id());
    assertView(fake.sessionsJson("alice", agent(fake)).get(0), first, fake);
    assertEquals(Optional.of("Trip to Lisbon"), first.session().config().name());
    assertEquals(Optional.of(model), first.session().config().chatModelConfig());
    assertTrue(first.session().config().workspaceId().orElseThrow().startsWith("ws-"), "the server assigns one");
    assertEquals(Optional.empty(), first.session().config().fallbackChatModelConfig());
    assertFalse(first.running());
  }

  @Test
  void updateChangesWhatIsSetClearsWhatIsNullAndKeepsWhatIsLeftOut(FakeAgentScope fake, AgentsClient client) {
    ChatModelConfig main = ChatModelConfig.builder().type("dashscope").credentialId("c1").model("qwen-max").build();
    ChatModelConfig fallback = ChatModelConfig.builder().type("openai").credentialId("c2").model("gpt-4o-mini").build();
    String id = client.sessions().create(CreateSessionRequest.builder().agentId(agent(fake)).name("Draft")
        .workspaceId("ws-1").chatModelConfig(main).fallbackChatModelConfig(fallback).build()).sessionId();

    fake.clearRequests();
    SessionRecord renamed = client.sessions().update(UpdateSessionRequest.builder().agentId(agent(fake)).sessionId(id)
        .name("Final").clearFallbackChatModelConfig().build());
    RecordedRequest patch = fake.requests().get(0);
    assertEquals("PATCH", patch.method());
    assertEquals("/sessions/" + id, patch.path());
    assertEquals(Map.of("agent_id", agent(fake)), Sdk.query(patch));
    assertEquals(Wire.json("{\"name\":\"Final\",\"fallback_chat_model_config\":null}"), Wire.json(patch.body()));
    assertEquals(Optional.of("Final"), renamed.config().name());
    assertEquals(Optional.empty(), renamed.config().fallbackChatModelConfig(), "an explicit null clears");
    assertEquals(Optional.of(main), renamed.config().chatModelConfig(), "a field left out stays");
    assertEquals(Optional.of("ws-1"), renamed.config().workspaceId());

    SessionRecord cleared = client.sessions().update(UpdateSessionRequest.builder().agentId(agent(fake)).sessionId(id)
        .clearChatModelConfig().cwd("docs").build());
    assertEquals(Wire.json("{\"chat_model_config\":null,\"cwd\":\"docs\"}"), Wire.json(last(fake).body()));
    assertEquals(Optional.empty(), cleared.config().chatModelConfig());
    assertEquals(Optional.of("Final"), cleared.config().name());
    assertEquals(Optional.of("docs"), cleared.config().cwd());
    // PATCH answers the whole record, its context included.
    assertRecord(Sdk.reparsed(fake.sessionJson(id).orElseThrow()), cleared, fake);

    NotFoundException e = assertThrows(NotFoundException.class, () -> client.sessions().update(
        UpdateSessionRequest.builder().agentId(agent(fake)).sessionId("nope").name("x").build()));
    assertEquals("Session not found: nope", e.detail().message());
  }

  @Test
  void deleteRemovesTheSessionAndASecondDeleteIsNotFound(FakeAgentScope fake, AgentsClient client) {
    String id = idleSession(fake);
    SessionRef session = SessionRef.of(agent(fake), id);
    fake.clearRequests();
    client.sessions().delete(session);
    RecordedRequest delete = fake.requests().get(0);
    assertEquals("DELETE", delete.method());
    assertEquals("/sessions/" + id, delete.path());
    assertEquals(Map.of("agent_id", agent(fake)), Sdk.query(delete));
    assertFalse(client.sessions().list(ListSessionsRequest.builder().agentId(agent(fake)).build()).sessions().stream()
        .anyMatch(v -> v.session().id().equals(id)));
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.sessions().delete(session));
    assertEquals("Session not found: " + id, e.detail().message());
  }

  // ---- messages ----------------------------------------------------------------------------------------

  /** Every field of a message the fake wrote; its times are the host's. */
  static void assertMessage(JsonNode served, Message m, ZoneId zone) {
    JsonNode raw = Sdk.reparsed(served);
    String id = raw.get("id").asText();
    assertEquals(Optional.of(id), m.id());
    assertEquals(raw.get("name").asText(), m.name());
    assertEquals(Sdk.text(raw, "role"), m.role().map(r -> r.value()), id);
    List<JsonNode> blocks = Sdk.elements(raw, "content");
    assertEquals(blocks.stream().map(b -> b.get("type").asText()).toList(),
        m.content().stream().map(ContentBlock::type).toList(), id);
    for (int i = 0; i < blocks.size(); i++) {
      JsonNode b = blocks.get(i);
      ContentBlock block = m.content().get(i);
      if (block instanceof TextBlock text) {
        assertEquals(b.get("text").asText(), text.text());
      } else if (block instanceof ToolCallBlock call) {
        assertEquals(b.get("input").asText(), call.input(), "the input is kept as the JSON text it came as");
        assertEquals(Optional.of(Wire.json(b.get("input").asText())), call.parsedInput());
        assertEquals(b.get("name").asText(), call.name());
        assertEquals(Sdk.text(b, "state"), call.state().map(st -> st.value()));
      } else if (block instanceof ToolResultBlock result) {
        assertEquals(b.get("id").asText(), result.id());
        JsonNode output = b.get("output");
        assertEquals(output.isTextual(), result.output().isText(), "a string or blocks, as sent");
        assertEquals(output.isTextual() ? output.asText() : output.get(0).get("text").asText(), result.output().asText());
        assertEquals(Sdk.text(b, "state"), result.state().map(st -> st.value()));
      } else if (block instanceof ThinkingBlock thinking) {
        assertEquals(b.get("thinking").asText(), thinking.thinking());
      } else if (block instanceof HintBlock hint) {
        assertEquals(b.get("hint").asText(), hint.hint().asText());
        assertEquals(Sdk.text(b, "source"), hint.source());
      } else if (block instanceof DataBlock data) {
        assertEquals(b.get("source").get("type").asText(), data.source().type());
        assertEquals(Sdk.text(b.get("source"), "url"), data.source().url());
        assertEquals(Sdk.text(b.get("source"), "media_type"), data.source().mediaType());
        assertEquals(Sdk.text(b, "name"), data.name());
      } else {
        throw new AssertionError("the fake sent a block the SDK does not know: " + b);
      }
    }
    assertEquals(Sdk.naive(raw, "created_at", zone), m.createdAt(), id);
    assertEquals(Sdk.naive(raw, "finished_at", zone), m.finishedAt(), id);
    JsonNode usage = raw.get("usage");
    assertEquals(usage.isNull(), m.usage().isEmpty(), id);
    if (!usage.isNull()) {
      assertEquals(usage.get("input_tokens").asLong(), m.usage().get().inputTokens());
      assertEquals(usage.get("output_tokens").asLong(), m.usage().get().outputTokens());
      assertEquals(usage.get("cache_input_tokens").asLong(), m.usage().get().cacheInputTokens());
      assertEquals(usage.get("cache_creation_input_tokens").asLong(), m.usage().get().cacheCreationInputTokens());
    }
    assertEquals(Sdk.fields(raw.get("metadata")), m.metadata());
  }

  static List<ObjectNode> newestFirst(List<ObjectNode> messages) {
    List<ObjectNode> reversed = new ArrayList<>(messages);
    Collections.reverse(reversed);
    return reversed;
  }

  @ParameterizedTest(name = "before message {0}, limit {1}")
  @CsvSource({"8, 50", "8, 3", "5, 3", "2, 5", "1, 1", "0, 4"})
  void listReturnsThePageBeforeACursorNewestFirst(int end, int limit, FakeAgentScope fake, AgentsClient client) {
    String id = idleSession(fake);
    List<ObjectNode> all = fake.messagesJson(id);
    assertEquals(8, all.size());
    List<ObjectNode> expected = newestFirst(all.subList(Math.max(0, end - limit), end));
    fake.clearRequests();
    ListMessagesRequest.Builder request = ListMessagesRequest.builder().agentId(agent(fake)).sessionId(id).limit(limit);
    if (end < all.size()) {
      request.before(all.get(end).get("id").asText());
    }
    MessagePage page = client.sessions().messages().list(request.build());
    assertEquals(MessageOrder.NEWEST_FIRST, page.order());
    assertEquals(expected.size(), page.items().size());
    for (int i = 0; i < expected.size(); i++) {
      assertMessage(expected.get(i), page.items().get(i), fake.serverTimeZone());
    }
    assertEquals(end - limit > 0, page.hasNextPage(), "has_more says whether older messages remain");
    assertFalse(page.running());
    RecordedRequest r = fake.requests().get(0);
    assertEquals("/sessions/" + id + "/messages", r.path());
    Map<String, String> query = new HashMap<>(Map.of("agent_id", agent(fake), "limit", Integer.toString(limit)));
    if (end < all.size()) {
      query.put("before", all.get(end).get("id").asText());
    }
    assertEquals(query, Sdk.query(r));
  }

  @ParameterizedTest(name = "{0} messages in pages of {1}")
  @CsvSource({"8, 3, 3", "9, 3, 3", "0, 5, 1", "8, 200, 1", "8, 1, 8", "130, 50, 3"})
  void listAllWalksBackByBeforeAndReturnsEveryMessageOnceNewestFirst(int count, int limit, int requests,
      FakeAgentScope fake, AgentsClient client) {
    String id = fake.addSession(new FakeAgentScope.SessionSpec().userId("alice").agentId(agent(fake)).messages(count))
        .get("id").asText();
    fake.clearRequests();
    List<Message> all = new ArrayList<>();
    client.sessions().messages().listAll(ListMessagesRequest.builder().agentId(agent(fake)).sessionId(id).limit(limit)
        .build()).forEach(all::add);
    List<ObjectNode> expected = newestFirst(fake.messagesJson(id));
    assertEquals(count, all.size());
    assertEquals(Sdk.ids(expected), all.stream().map(m -> m.id().orElseThrow()).toList());
    for (int i = 0; i < count; i++) {
      assertMessage(expected.get(i), all.get(i), fake.serverTimeZone());
    }
    assertEquals(requests, fake.requests().size());
    // Each page after the first asks for the messages before the oldest one in hand.
    for (int k = 0; k < requests; k++) {
      Optional<String> before = fake.requests().get(k).queryParam("before");
      assertEquals(k == 0 ? Optional.empty() : Optional.of(all.get(k * limit - 1).id().orElseThrow()), before);
      assertEquals(Optional.empty(), fake.requests().get(k).queryParam("offset"));
    }
    assertTrue(fake.requests().stream().allMatch(r -> r.queryParam("limit").orElseThrow().equals(Integer.toString(limit))));
  }

  @ParameterizedTest(name = "{0} messages in pages of {1}")
  @CsvSource({"8, 3, '-,3,6'", "9, 3, '-,3,6'", "0, 5, '-'", "8, 200, '-'", "8, 1, '-,1,2,3,4,5,6,7'",
      "6, 3, '-,3'", "3, 3, '-,3'"})
  void anOlderServerIsWalkedForwardByOffsetOldestFirst(int count, int limit, String offsets) {
    try (FakeAgentScope fake = FakeAgentScope.builder().offsetMessagePaging(true).sessions(0).start()) {
      AgentsClient client = fake.clientBuilder().build();
      String agentId = fake.agentIds("alice").get(0);
      String id = fake.addSession(new FakeAgentScope.SessionSpec().userId("alice").agentId(agentId).messages(count))
          .get("id").asText();
      List<Message> all = new ArrayList<>();
      client.sessions().messages().listAll(ListMessagesRequest.builder().agentId(agentId).sessionId(id).limit(limit)
          .build()).forEach(all::add);
      List<ObjectNode> expected = fake.messagesJson(id);
      assertEquals(Sdk.ids(expected), all.stream().map(m -> m.id().orElseThrow()).toList());
      for (int i = 0; i < count; i++) {
        assertMessage(expected.get(i), all.get(i), fake.serverTimeZone());
      }
      List<RecordedRequest> sent = fake.requests().stream().filter(r -> r.path().endsWith("/messages")).toList();
      assertEquals(List.of(offsets.split(",")), sent.stream().map(r -> r.queryParam("offset").orElse("-")).toList());
      // The first page is asked for at the limit, the next ones for one more, which says whether more follow.
      for (int k = 0; k < sent.size(); k++) {
        int asked = k == 0 || limit == 200 ? limit : limit + 1;
        assertEquals(Optional.of(Integer.toString(asked)), sent.get(k).queryParam("limit"));
      }
    }
  }

  @Test
  void everyMessageOfEverySessionReadsAsTheFakeWroteIt(FakeAgentScope fake, AgentsClient client) {
    Set<String> kinds = new HashSet<>();
    for (String user : fake.userIds()) {
      AgentsClient asUser = fake.clientBuilder().userId(user).build();
      for (String agentId : fake.agentIds(user)) {
        for (ObjectNode view : fake.sessionsJson(user, agentId)) {
          String id = view.get("session").get("id").asText();
          List<ObjectNode> expected = newestFirst(fake.messagesJson(id));
          List<Message> actual = new ArrayList<>();
          asUser.sessions().messages().listAll(ListMessagesRequest.builder().agentId(agentId).sessionId(id).limit(5)
              .build()).forEach(actual::add);
          assertEquals(expected.size(), actual.size());
          for (int i = 0; i < actual.size(); i++) {
            assertMessage(expected.get(i), actual.get(i), fake.serverTimeZone());
            actual.get(i).content().forEach(b -> kinds.add(b.type()));
          }
        }
      }
    }
    assertEquals(Set.of("text", "thinking", "hint", "tool_call", "tool_result", "data"), kinds,
        "every kind of block the fake writes was read");
  }

  @Test
  void listAllStartsBeforeTheRequestsCursor(FakeAgentScope fake, AgentsClient client) {
    String id = idleSession(fake);
    List<ObjectNode> messages = fake.messagesJson(id);
    List<String> ids = new ArrayList<>();
    client.sessions().messages().listAll(ListMessagesRequest.builder().agentId(agent(fake)).sessionId(id)
        .before(messages.get(5).get("id").asText()).limit(2).build()).forEach(m -> ids.add(m.id().orElseThrow()));
    assertEquals(Sdk.ids(newestFirst(messages.subList(0, 5))), ids);
  }

  @Test
  void onAnOlderServerListAllStartsAtTheRequestsOffset() {
    try (FakeAgentScope fake = FakeAgentScope.builder().offsetMessagePaging(true).start()) {
      AgentsClient client = fake.clientBuilder().build();
      String id = idleSession(fake);
      fake.clearRequests();
      List<String> ids = new ArrayList<>();
      client.sessions().messages().listAll(ListMessagesRequest.builder().agentId(agent(fake)).sessionId(id).offset(5)
          .limit(2).build()).forEach(m -> ids.add(m.id().orElseThrow()));
      assertEquals(Sdk.ids(fake.messagesJson(id).subList(5, 8)), ids);
      assertEquals(List.of("5", "7"), fake.requests().stream().map(r -> r.queryParam("offset").orElseThrow()).toList());
    }
  }

  @Test
  void anOffsetSentToACurrentServerFailsInsteadOfReadingTheLatestMessages(FakeAgentScope fake, AgentsClient client) {
    SessionKitException e = assertThrows(SessionKitException.class, () -> client.sessions().messages().list(
        ListMessagesRequest.builder().agentId(agent(fake)).sessionId(idleSession(fake)).offset(3).build()));
    assertTrue(e.getMessage().startsWith("offset(3) was set, but this server pages by `before`"), e.getMessage());
  }

  @Test
  void messagesOfAnUnknownSessionAreNotFound(FakeAgentScope fake, AgentsClient client) {
    NotFoundException e = assertThrows(NotFoundException.class, () -> client.sessions().messages()
        .list(ListMessagesRequest.builder().agentId(agent(fake)).sessionId("nope").build()));
    assertEquals("Session not found: nope", e.detail().message());
  }

  @Test
  void aLimitInTheOptionsIsRefusedBeforeAnyRequestBecauseAPageWalksOn(FakeAgentScope fake, AgentsClient client) {
    // The fake's own 422 for a limit past 200 is pinned on the wire in FakeAgentScopeTest; the SDK never lets
    // options replace the limit that offset paging relies on.
    String session = idleSession(fake);
    int before = fake.requests().size();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> client.sessions().messages()
        .list(ListMessagesRequest.builder().agentId(agent(fake)).sessionId(session).build(),
            RequestOptions.builder().queryParam("limit", "500").build()));
    assertTrue(e.getMessage().startsWith("RequestOptions.queryParam(\"limit\") would replace"), e.getMessage());
    assertEquals(before, fake.requests().size());
  }

  @Test
  void anEmptyUserIdIsAnAuthenticationException(FakeAgentScope fake, AgentsClient client) {
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> client.sessions().list(
        ListSessionsRequest.builder().agentId(agent(fake)).build(), RequestOptions.builder().header("x-user-id", "").build()));
    assertEquals(401, e.statusCode());
    assertEquals("x-user-id header must not be empty", e.detail().message());
  }

  // ---- chat and the event stream -----------------------------------------------------------------------

  @Test
  void chatStartsARunWhoseStreamPlaysEveryEventInOrderThenEnds(FakeAgentScope fake, AgentsClient client) {
    String id = idleSession(fake);
    fake.clearRequests();
    ChatResponse started = client.sessions().chat(ChatRequest.builder().agentId(agent(fake)).sessionId(id)
        .input(Message.user("alice", "Plan my week")).build());
    assertEquals("started", started.status());
    assertEquals(id, started.sessionId());
    RecordedRequest post = fake.requests().get(0);
    assertEquals("POST", post.method());
    assertEquals("/chat/", post.path());
    JsonNode body = Wire.json(post.body());
    assertEquals(agent(fake), body.get("agent_id").asText());
    assertEquals(id, body.get("session_id").asText());
    assertEquals("Plan my week", body.get("input").get("content").get(0).get("text").asText());
    assertTrue(fake.isRunning(id));
    assertTrue(client.sessions().messages().list(ListMessagesRequest.builder().agentId(agent(fake)).sessionId(id).build())
        .running());

    List<AgentEvent> events = new ArrayList<>();
    try (EventStream<AgentEvent> stream = client.sessions().stream(SessionRef.of(agent(fake), id))) {
      stream.forEachRemaining(events::add);
      assertFalse(stream.hasNext(), "the stream ends with the run");
    }
    assertEquals(EVENT_TYPES, events.stream().map(AgentEvent::type).toList());
    ReplyStartEvent start = assertInstanceOf(ReplyStartEvent.class, events.get(0));
    assertEquals(Optional.of(id), start.sessionId());
    StringBuilder text = new StringBuilder();
    events.stream().filter(TextBlockDeltaEvent.class::isInstance).map(TextBlockDeltaEvent.class::cast)
        .forEach(d -> text.append(d.delta()));
    ReplyEndEvent end = assertInstanceOf(ReplyEndEvent.class, events.get(events.size() - 1));
    assertEquals(start.replyId(), end.replyId());
    assertEquals(Optional.of("completed"), end.finishedReason().map(r -> r.value()));
    assertTrue(events.stream().allMatch(e -> e.createdAt().isPresent()));
    RecordedRequest get = last(fake);
    assertEquals("/sessions/" + id + "/stream", get.path());
    assertEquals(Map.of("agent_id", agent(fake)), Sdk.query(get));

    // The run is over: its reply is the last message, with the text the deltas streamed.
    assertFalse(fake.isRunning(id));
    List<Message> messages = new ArrayList<>();
    client.sessions().messages().listAll(ListMessagesRequest.builder().agentId(agent(fake)).sessionId(id).build())
        .forEach(messages::add);
    // Newest first: the reply, then the input it answered.
    Message reply = messages.get(0);
    assertEquals(Optional.of(start.replyId()), reply.id());
    assertEquals(text.toString(), reply.text().substring(reply.text().lastIndexOf('\n') + 1));
    assertEquals("Plan my week", messages.get(1).text());
  }

  @Test
  void aRunWithoutAModelFailsAtOnceAndItsReplyCarriesTheTypedError(FakeAgentScope fake, AgentsClient client) {
    // As the real server (da00849) answered a session without chat_model_config: the run fails at setup.
    String id = client.sessions().create(CreateSessionRequest.builder().agentId(agent(fake)).name("No model")
        .build()).sessionId();
    client.sessions().chat(ChatRequest.builder().agentId(agent(fake)).sessionId(id)
        .input(Message.user("alice", "Hello?")).build());
    List<AgentEvent> events = new ArrayList<>();
    try (EventStream<AgentEvent> stream = client.sessions().stream(SessionRef.of(agent(fake), id))) {
      stream.forEachRemaining(events::add);
    }
    assertEquals(List.of("REPLY_START", "REPLY_END"), events.stream().map(AgentEvent::type).toList());
    ReplyEndEvent end = assertInstanceOf(ReplyEndEvent.class, events.get(1));
    assertEquals(Optional.of(ReplyFinishedReason.ERROR), end.finishedReason());
    assertEquals(ReplyErrorType.SETUP, end.error().orElseThrow().type());

    List<Message> messages = new ArrayList<>();
    client.sessions().messages().listAll(ListMessagesRequest.builder().agentId(agent(fake)).sessionId(id).build())
        .forEach(messages::add);
    assertEquals(1, messages.size(), "the input of a run that failed at setup is not kept");
    Message reply = messages.get(0);
    assertEquals(Optional.of(MessageRole.ASSISTANT), reply.role());
    assertEquals(List.of(), reply.content());
    assertEquals(Optional.of(ReplyFinishedReason.ERROR), reply.finishedReason());
    assertEquals(end.error(), reply.error());
    assertTrue(reply.error().orElseThrow().message().startsWith("The session could not be prepared"));
    assertEquals(Map.of(), reply.additionalProperties());
    // The state is left as it was: no run reached the agent.
    SessionRecord record = client.sessions().update(UpdateSessionRequest.builder().agentId(agent(fake)).sessionId(id)
        .build());
    assertEquals(0, record.state().replyContext().curIter());
    assertNotEquals(Optional.of(id), record.state().sessionId());
  }

  @Test
  void anInterruptDuringAStreamEndsItWithTheInterruptedReply() {
    try (FakeAgentScope fake = FakeAgentScope.builder().streamEventDelay(Duration.ofMillis(40)).start()) {
      AgentsClient client = fake.clientBuilder().build();
      String id = idleSession(fake);
      client.sessions().chat(ChatRequest.builder().agentId(agent(fake)).sessionId(id)
          .input(Message.user("alice", "Plan my week")).build());
      List<AgentEvent> events = new ArrayList<>();
      try (EventStream<AgentEvent> stream = client.sessions().stream(SessionRef.of(agent(fake), id))) {
        events.add(stream.next());
        assertEquals(id, client.sessions().interrupt(SessionRef.of(agent(fake), id)).sessionId());
        stream.forEachRemaining(events::add);
      }
      ReplyEndEvent end = assertInstanceOf(ReplyEndEvent.class, events.get(events.size() - 1));
      assertEquals(Optional.of(ReplyFinishedReason.INTERRUPTED), end.finishedReason());
      assertTrue(events.size() < EVENT_TYPES.size(), "the rest of the script was not played: " + events.size());
      Message reply = client.sessions().messages().list(ListMessagesRequest.builder().agentId(agent(fake)).sessionId(id)
          .limit(1).build()).items().get(0);
      assertEquals(end.replyId(), reply.id().orElseThrow());
      assertEquals(Optional.of(ReplyFinishedReason.INTERRUPTED), reply.finishedReason());
      assertEquals(SessionStatus.IDLE, client.sessions().status(SessionRef.of(agent(fake), id)).status());
    }
  }

  @Test
  void chatWhileARunIsActiveIsAConflictAndIsNotRetried(FakeAgentScope fake, AgentsClient client) {
    String id = idleSession(fake);
    ChatRequest chat = ChatRequest.builder().agentId(agent(fake)).sessionId(id).input(Message.user("alice", "Hi")).build();
    client.sessions().chat(chat);
    fake.clearRequests();
    ConflictException e = assertThrows(ConflictException.class, () -> client.sessions().chat(chat));
    assertEquals(409, e.statusCode());
    assertEquals("Session " + id + " is already running", e.detail().message());
    assertEquals(1, fake.requests().size());
    try (EventStream<AgentEvent> stream = client.sessions().stream(SessionRef.of(agent(fake), id))) {
      assertEquals(EVENT_TYPES.size(), stream.stream().count());
    }
    assertEquals("started", client.sessions().chat(chat).status(), "once the run is over, another may start");
  }

  @Test
  void aStreamWithNoRunEndsAtOnceAndASeededRunPlays(FakeAgentScope fake, AgentsClient client) {
    String idle = idleSession(fake);
    try (EventStream<AgentEvent> stream = client.sessions().stream(SessionRef.of(agent(fake), idle))) {
      assertFalse(stream.hasNext());
    }
    String running = fake.addSession(new FakeAgentScope.SessionSpec().userId("alice").agentId(agent(fake)).running(true))
        .get("id").asText();
    assertTrue(client.sessions().list(ListSessionsRequest.builder().agentId(agent(fake)).build()).sessions().stream()
        .filter(v -> v.session().id().equals(running)).findFirst().orElseThrow().running());
    List<String> types = new ArrayList<>();
    try (EventStream<AgentEvent> stream = client.sessions().stream(SessionRef.of(agent(fake), running))) {
      stream.forEachRemaining(e -> types.add(e.type()));
    }
    assertEquals(EVENT_TYPES, types);
    NotFoundException e = assertThrows(NotFoundException.class,
        () -> client.sessions().stream(SessionRef.of(agent(fake), "nope")));
    assertEquals("Session not found: nope", e.detail().message());
  }
}
