package dev.sessionkit.conformance.vendorbodies;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.events.UnknownEvent;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessagePage;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.agents.messages.ThinkingBlock;
import dev.sessionkit.agents.messages.ToolCallBlock;
import dev.sessionkit.agents.messages.ToolResultBlock;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.agents.sessions.CreateSessionResponse;
import dev.sessionkit.agents.sessions.ListSessionsRequest;
import dev.sessionkit.agents.sessions.SessionConfig;
import dev.sessionkit.agents.sessions.SessionList;
import dev.sessionkit.agents.sessions.SessionRecord;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.agents.sessions.SessionSource;
import dev.sessionkit.agents.sessions.SessionStatus;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.agents.state.AgentState;
import dev.sessionkit.agents.state.PermissionMode;
import dev.sessionkit.conformance.vendordata.VendorData;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.core.usage.TokenUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * AgentScope's own bodies (made by the server's pydantic models at da00849) read through the public client:
 * every field lands in a typed accessor with the vendor's value, and none is left over in
 * {@code additionalProperties()}. Times are read with the client's default zones (UTC), so a naive
 * {@code 09:14:04.123456} is {@code 09:14:04.123456Z}.
 */
class AgentScopeVendorBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private VendorServer server;
  private AgentsClient client;

  @BeforeEach
  void serveTheVendorsBodies() {
    server = new VendorServer()
        .serve("/sessions/", 200, "application/json", VendorData.text("agentscope/sessions-list.json"))
        .serve("/sessions/sess-real-1/messages", 200, "application/json", VendorData.text("agentscope/messages-page.json"))
        .serve("/sessions/sess-real-1/stream", 200, "text/event-stream", VendorData.text("agentscope/stream.sse"));
    client = AgentsClient.builder().baseUrl(server.baseUrl()).userId("alice").maxRetries(0).build();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void theSessionListIsReadFieldByField() {
    SessionList list = client.sessions().list(ListSessionsRequest.builder().agentId("agent-1").build());
    SessionView view = list.sessions().get(0);
    SessionRecord record = view.session();
    SessionConfig config = record.config();
    AgentState state = record.state();
    assertAll(
        () -> assertEquals(Optional.of(1L), list.total()),
        () -> assertEquals(1, list.sessions().size()),
        () -> assertFalse(view.running()),
        () -> assertEquals(Optional.of(SessionStatus.IDLE), view.status()),
        () -> assertEquals(Optional.empty(), view.team()),
        () -> assertEquals("sess-real-1", record.id()),
        () -> assertEquals(Optional.of(Instant.parse("2026-08-20T09:15:30Z")), record.updatedAt()),
        () -> assertEquals(Optional.of(Instant.parse("2026-08-20T09:14:04.123456Z")), record.createdAt()),
        () -> assertEquals("alice", record.userId()),
        () -> assertEquals("agent-1", record.agentId()),
        () -> assertEquals(SessionSource.USER, record.source()),
        () -> assertEquals(Optional.empty(), record.sourceScheduleId()),
        () -> assertEquals(Optional.empty(), record.sourceChatId()),
        () -> assertEquals(Optional.empty(), record.sourceChannelId()),
        () -> assertEquals(Optional.empty(), record.teamId()),
        () -> assertEquals(Optional.of("ws-1"), config.workspaceId()),
        () -> assertEquals(Optional.of("2026-08-20 09:14:04"), config.name()),
        () -> assertEquals(Optional.empty(), config.cwd()),
        () -> assertEquals("openai_credential", config.chatModelConfig().orElseThrow().type()),
        () -> assertEquals("cred-1", config.chatModelConfig().orElseThrow().credentialId()),
        () -> assertEquals("gpt-4o", config.chatModelConfig().orElseThrow().model()),
        () -> assertEquals(0.2, config.chatModelConfig().orElseThrow().parameters().get("temperature").asDouble()),
        () -> assertEquals(Optional.empty(), config.fallbackChatModelConfig()),
        () -> assertEquals(Optional.empty(), config.ttsModelConfig()),
        () -> assertEquals(Optional.empty(), config.knowledgeConfig()),
        () -> assertEquals(Optional.of("00000000000000000000000000000001"), state.sessionId()),
        () -> assertEquals("", state.summary().asText()),
        () -> assertEquals(List.of(), state.context()),
        () -> assertEquals("00000000000000000000000000000002", state.replyId()),
        () -> assertEquals(0, state.curIter()),
        () -> assertEquals(PermissionMode.DEFAULT, state.permissionContext().mode()),
        () -> assertTrue(state.permissionContext().workingDirectories().isEmpty()),
        () -> assertTrue(state.permissionContext().allowRules().isEmpty()),
        () -> assertTrue(state.permissionContext().denyRules().isEmpty()),
        () -> assertTrue(state.permissionContext().askRules().isEmpty()),
        () -> assertEquals(Optional.of(100), state.toolContext().maxCacheFiles()),
        () -> assertEquals(0, new BigDecimal("25000").compareTo(state.toolContext().maxCacheBytes().orElseThrow())),
        () -> assertEquals(List.of(), state.toolContext().readFileCache()),
        () -> assertEquals(List.of(), state.toolContext().activatedGroups()),
        () -> assertEquals(List.of(), state.tasksContext().tasks()),
        () -> assertEquals(List.of(), UnmappedFields.of(list), "fields the SDK does not type"));
  }

  @Test
  void theMessagePageIsReadFieldByField() {
    MessagePage page = client.sessions().messages().list(
        ListMessagesRequest.builder().agentId("agent-1").sessionId("sess-real-1").build());
    Message user = byId(page, "msg-1");
    Message reply = byId(page, "msg-2");
    Instant at = Instant.parse("2026-08-20T09:14:04.123456Z");
    TextBlock question = (TextBlock) user.content().get(0);
    ThinkingBlock thinking = (ThinkingBlock) reply.content().get(0);
    ToolCallBlock call = (ToolCallBlock) reply.content().get(1);
    ToolResultBlock result = (ToolResultBlock) reply.content().get(2);
    TextBlock answer = (TextBlock) reply.content().get(3);
    assertAll(
        () -> assertEquals(2, page.items().size()),
        () -> assertFalse(page.running()),
        () -> assertTrue(page.hasNextPage(), "has_more is true"),
        () -> assertEquals("alice", user.name()),
        () -> assertEquals(Optional.of(MessageRole.USER), user.role()),
        () -> assertEquals(1, user.content().size()),
        () -> assertEquals("What is 2+2?", question.text()),
        () -> assertEquals(Optional.of("00000000000000000000000000000003"), question.id()),
        () -> assertTrue(user.metadata().isEmpty()),
        () -> assertEquals(Optional.of(at), user.createdAt()),
        () -> assertEquals(Optional.empty(), user.usage()),
        () -> assertEquals(Optional.empty(), user.finishedAt()),
        () -> assertEquals("Friday", reply.name()),
        () -> assertEquals(Optional.of(MessageRole.ASSISTANT), reply.role()),
        () -> assertEquals(4, reply.content().size()),
        () -> assertEquals("Simple arithmetic.", thinking.thinking()),
        () -> assertEquals("call-1", call.id()),
        () -> assertEquals("calculator", call.name()),
        () -> assertEquals("{\"expr\": \"2+2\"}", call.input()),
        () -> assertEquals(Optional.of("pending"), call.state().map(Object::toString)),
        () -> assertEquals("call-1", result.id()),
        () -> assertEquals("calculator", result.name()),
        () -> assertEquals("4", result.output().asText()),
        () -> assertEquals("running", result.state().orElseThrow().toString()),
        () -> assertEquals("2+2 is 4.", answer.text()),
        () -> assertEquals(120, reply.usage().orElseThrow().inputTokens()),
        () -> assertEquals(15, reply.usage().orElseThrow().outputTokens()),
        () -> assertEquals(100, reply.usage().orElseThrow().cacheInputTokens()),
        () -> assertEquals(0, reply.usage().orElseThrow().cacheCreationInputTokens()),
        // The 100 cache reads are part of the 120 input tokens (no cache writes, fewer reads than input).
        () -> assertEquals(TokenUsage.builder().input(20).output(15).cacheRead(100).build(), reply.tokens()),
        () -> assertEquals(Optional.of(Instant.parse("2026-08-20T09:15:30Z")), reply.finishedAt()),
        () -> assertEquals(List.of(), UnmappedFields.of(page.items()), "fields the SDK does not type"));
  }

  @Test
  void theCreateResponseIsRead() {
    server.serve("/sessions/", 201, "application/json", VendorData.text("agentscope/create-session-response.json"));
    CreateSessionResponse created = client.sessions().create(CreateSessionRequest.builder().agentId("agent-1").build());
    assertEquals("sess-real-1", created.sessionId());
    assertEquals(List.of(), UnmappedFields.of(created));
  }

  @Test
  void everyEventOfTheStreamIsReadAsItsType() throws Exception {
    List<JsonNode> sent = new ArrayList<>();
    for (String line : VendorData.text("agentscope/stream.sse").split("\n")) {
      if (line.startsWith("data: ")) {
        sent.add(JSON.readTree(line.substring(6)));
      }
    }
    List<AgentEvent> read = new ArrayList<>();
    try (EventStream<AgentEvent> events = client.sessions().stream(SessionRef.of("agent-1", "sess-real-1"))) {
      events.forEachRemaining(read::add);
    }
    assertEquals(28, sent.size());
    assertEquals(sent.size(), read.size());
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < sent.size(); i++) {
      JsonNode json = sent.get(i);
      AgentEvent event = read.get(i);
      String type = json.path("type").asText();
      if (event instanceof UnknownEvent) {
        problems.add(type + ": read as UnknownEvent");
      }
      if (!type.equals(event.type()) || !Optional.of(json.path("id").asText()).equals(event.id())) {
        problems.add(type + ": read as " + event.type() + " " + event.id());
      }
      Instant at = LocalDateTime.parse(json.path("created_at").asText()).toInstant(ZoneOffset.UTC);
      if (!Optional.of(at).equals(event.createdAt())) {
        problems.add(type + ": created_at read as " + event.createdAt());
      }
      UnmappedFields.of(event).forEach(u -> problems.add(type + ": not typed " + u));
    }
    assertEquals(List.of(), problems);
    assertNotEquals(0, read.size());
  }

  private static Message byId(MessagePage page, String id) {
    return page.items().stream().filter(m -> m.id().equals(Optional.of(id))).findFirst().orElseThrow();
  }
}
