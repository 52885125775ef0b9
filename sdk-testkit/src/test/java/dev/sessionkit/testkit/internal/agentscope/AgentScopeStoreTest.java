package dev.sessionkit.testkit.internal.agentscope;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.agentscope.AgentScopeStore.Refused;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AgentScopeStoreTest {
  private static final Instant NOW = Instant.parse("2026-06-01T10:00:00.123456Z");
  /** Two clocks apart, so that a time in the wrong zone shows. */
  private static final Zones ZONES = new Zones(ZoneId.of("Europe/Zurich"), ZoneOffset.UTC);

  private static AgentScopeSeed seed(long seed, int sessions) {
    return new AgentScopeSeed(seed, NOW, ZONES, List.of("alice", "bob"), 2, sessions, 4);
  }

  private final AgentScopeStore store = new AgentScopeStore(seed(1, 0), ZONES, Clock.fixed(NOW, ZoneOffset.UTC));
  private final String alices = store.agentIds("alice").get(0);
  private final String alicesOther = store.agentIds("alice").get(1);
  private final String bobs = store.agentIds("bob").get(0);

  private static AgentScopeSeed.SessionSpec spec(String id, String agentId, Instant createdAt, boolean running) {
    return new AgentScopeSeed.SessionSpec("alice", agentId, id, null, null, null, createdAt, 4, running, false);
  }

  private static ObjectNode json(String text) {
    try {
      return (ObjectNode) Json.read(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void refused(Refused.Reason reason, Executable call) {
    assertEquals(reason, assertThrows(Refused.class, call).reason);
  }

  private static List<String> ids(List<? extends JsonNode> nodes) {
    return nodes.stream().map(n -> n.has("session") ? n.path("session").path("id").asText() : n.path("id").asText())
        .toList();
  }

  private ObjectNode state(String sessionId) {
    return (ObjectNode) store.record(sessionId).orElseThrow().get("state");
  }

  @Test
  void aSeedAlwaysGivesTheSameAgentsAndSessions() {
    AgentScopeStore one = new AgentScopeStore(seed(7, 6), ZONES, Clock.fixed(NOW, ZoneOffset.UTC));
    AgentScopeStore two = new AgentScopeStore(seed(7, 6), ZONES, Clock.fixed(NOW, ZoneOffset.UTC));

    assertEquals(List.of("alice", "bob"), one.userIds());
    for (String user : one.userIds()) {
      assertEquals(one.agentIds(user), two.agentIds(user));
      for (String agent : one.agentIds(user)) {
        assertEquals(one.views(user, agent), two.views(user, agent));
      }
    }
    assertNotEquals(one.agentIds("alice"), store.agentIds("alice"));
  }

  @Test
  void listsTheCallersSessionsOfOneAgentNewestFirstTiesByIdDescendingWithoutTheConversation() {
    store.add(spec("s-b", alices, NOW.minusSeconds(7200), false));
    store.add(spec("s-a", alices, NOW.minusSeconds(3600), false));
    store.add(spec("s-c", alices, NOW.minusSeconds(7200), false));
    store.add(spec("s-x", alicesOther, NOW, false));

    List<ObjectNode> views = store.list("alice", alices);

    assertEquals(List.of("s-a", "s-c", "s-b"), ids(views));
    assertEquals(views, store.views("alice", alices));
    JsonNode listed = views.get(0).path("session").path("state");
    assertEquals(0, listed.path("context").size());
    assertEquals("", listed.path("summary").asText());
    assertEquals(0, listed.path("tool_context").path("activated_groups").size());
    assertEquals(4, state("s-a").path("context").size(), "the record itself keeps them");
    assertEquals("basic", state("s-a").path("tool_context").path("activated_groups").path(0).asText());
    assertEquals("idle", views.get(0).path("status").asText());
    assertTrue(views.get(0).path("team").isNull());
  }

  @Test
  void theAgentIsCheckedBeforeTheSessionAndBothMustBeTheCallers() {
    store.add(spec("s-1", alices, NOW, false));

    refused(Refused.Reason.NO_AGENT, () -> store.list("alice", bobs));
    refused(Refused.Reason.NO_AGENT, () -> store.status("alice", "nope", "nope"));
    refused(Refused.Reason.NO_SESSION, () -> store.status("alice", alicesOther, "s-1"));
    refused(Refused.Reason.NO_SESSION, () -> store.status("bob", bobs, "s-1"));
    refused(Refused.Reason.NO_SESSION, () -> store.delete("alice", alices, "s-2"));
    assertEquals("idle", store.status("alice", alices, "s-1"));
  }

  @Test
  void anUpdateKeepsWhatIsOmittedClearsExplicitNullsAndPutsThePermissionModeInTheState() {
    ObjectNode before = store.add(spec("s-1", alices, NOW.minusSeconds(60), false));

    ObjectNode after = store.update("alice", alices, "s-1",
        json("{\"name\":\"New\",\"fallback_chat_model_config\":null,\"permission_mode\":\"explore\"}"));
    store.update("alice", alices, "s-1", json("{\"permission_mode\":null}"));

    JsonNode config = after.path("config");
    assertEquals("New", config.path("name").asText());
    assertTrue(config.get("fallback_chat_model_config").isNull());
    assertEquals(before.path("config").path("workspace_id"), config.path("workspace_id"));
    assertEquals(before.path("config").path("chat_model_config"), config.path("chat_model_config"));
    assertEquals("explore", state("s-1").path("permission_context").path("mode").asText());
    assertEquals("2026-06-01T10:00:00.123456", after.path("updated_at").asText(), "a record time, in UTC storage");
    assertEquals(after.path("state").path("context"), before.path("state").path("context"));
  }

  @Test
  void aRunningSessionRefusesUpdatesAndChatsBeforeANullNameIsLookedAt() {
    store.add(spec("running", alices, NOW, true));
    ObjectNode idle = store.add(spec("idle", alices, NOW, false));

    refused(Refused.Reason.RUNNING, () -> store.update("alice", alices, "running", json("{\"name\":null}")));
    refused(Refused.Reason.RUNNING, () -> store.chat("alice", alices, "running", TextNode.valueOf("hi")));
    refused(Refused.Reason.NULL_NAME, () -> store.update("alice", alices, "idle", json("{\"name\":null,\"cwd\":\"/x\"}")));
    assertEquals(idle, store.record("idle").orElseThrow(), "a refused update changes nothing");
    assertEquals("running", store.status("alice", alices, "running"));
  }

  @Test
  void aChatKeepsTheInputAndItsRunEndsOnceWithTheReplyTheStateThenNames() {
    store.add(spec("s-1", alices, NOW.minusSeconds(60), false));

    store.chat("alice", alices, "s-1", TextNode.valueOf("hello"));
    AgentScopeStore.Playback playback = store.playback("alice", alices, "s-1");

    List<ObjectNode> during = store.messages("s-1");
    assertEquals(5, during.size());
    assertEquals("user", during.get(4).path("role").asText());
    assertEquals("hello", during.get(4).path("content").path(0).path("text").asText());
    assertTrue(store.isRunning("s-1"));
    assertNull(store.interruptedEnd(playback));
    List<ObjectNode> events = playback.run().events();
    assertEquals("REPLY_START", events.get(0).path("type").asText());
    assertEquals("REPLY_END", events.get(events.size() - 1).path("type").asText());

    store.end(playback);
    store.end(playback);

    List<ObjectNode> after = store.messages("s-1");
    assertEquals(6, after.size(), "the reply joins the messages once");
    ObjectNode reply = after.get(5);
    assertEquals(playback.run().reply(), reply);
    assertEquals("completed", reply.path("finished_reason").asText());
    assertFalse(store.isRunning("s-1"));
    assertEquals(reply.path("id"), state("s-1").path("reply_context").path("reply_id"));
    assertEquals(2, state("s-1").path("reply_context").path("cur_iter").asInt(), "a tool call, then the answer");
    assertEquals("s-1", state("s-1").path("session_id").asText());
    // The reply's end in the host's zone (Zurich, +2 h in June), stored in UTC.
    Instant end = ZONES.instant(reply, "finished_at");
    assertEquals(ZONES.stored(end), store.record("s-1").orElseThrow().path("updated_at").asText());
    assertNotEquals(reply.path("finished_at").asText(), ZONES.stored(end));
  }

  @Test
  void aChatWithoutAModelFailsAtOnceKeepsNoInputAndLeavesTheStateAsItWas() {
    store.add(spec("s-1", alices, NOW.minusSeconds(60), false));
    store.update("alice", alices, "s-1", json("{\"chat_model_config\":null}"));
    JsonNode replyContext = state("s-1").path("reply_context").deepCopy();

    store.chat("alice", alices, "s-1", TextNode.valueOf("hello"));
    AgentScopeStore.Playback playback = store.playback("alice", alices, "s-1");
    assertEquals(4, store.messages("s-1").size());
    assertEquals(List.of("REPLY_START", "REPLY_END"),
        playback.run().events().stream().map(e -> e.path("type").asText()).toList());
    store.end(playback);

    ObjectNode reply = store.messages("s-1").get(4);
    assertEquals(alices, reply.path("name").asText());
    assertEquals(0, reply.path("content").size());
    assertEquals("error", reply.path("finished_reason").asText());
    assertEquals("setup", reply.path("error").path("type").asText());
    assertEquals(replyContext, state("s-1").path("reply_context"));
  }

  @Test
  void anInterruptEndsTheRunWithTheInterruptionMessageAndAStreamStillPlayingSeesIt() {
    store.add(spec("s-1", alices, NOW.minusSeconds(60), false));
    store.interrupt("alice", alices, "s-1");
    assertEquals(4, store.messages("s-1").size(), "an idle session is left alone");
    store.chat("alice", alices, "s-1", TextNode.valueOf("hello"));
    AgentScopeStore.Playback playback = store.playback("alice", alices, "s-1");

    store.interrupt("alice", alices, "s-1");
    ObjectNode end = store.interruptedEnd(playback);
    store.end(playback);

    List<ObjectNode> messages = store.messages("s-1");
    assertEquals(6, messages.size());
    ObjectNode reply = messages.get(5);
    assertEquals(playback.run().reply().path("id"), reply.path("id"));
    assertEquals("interrupted", reply.path("finished_reason").asText());
    assertEquals("I notice the interruption. How can I help you?",
        reply.path("content").path(0).path("text").asText());
    assertEquals("2026-06-01T12:00:00.123456", reply.path("finished_at").asText(), "the host's time, in Zurich");
    assertEquals("REPLY_END", end.path("type").asText());
    assertEquals("interrupted", end.path("finished_reason").asText());
    assertEquals(reply.path("id"), end.path("reply_id"));
    assertEquals("s-1", end.path("session_id").asText());
    assertEquals(reply.path("id"), state("s-1").path("reply_context").path("reply_id"));
  }

  @Test
  void aPageHoldsCopiesOfTheWindowsMessagesAndSaysWhetherMoreCome() {
    store.add(spec("s-1", alices, NOW, true));
    List<ObjectNode> all = store.messages("s-1");

    AgentScopeStore.MessagePage latest = store.messages("alice", alices, "s-1", m -> MessageWindow.before(m, null, 2));
    AgentScopeStore.MessagePage first = store.messages("alice", alices, "s-1", m -> MessageWindow.fromOffset(m.size(), 0, 2));

    assertEquals(5, all.size(), "four, and the input the run answers");
    assertEquals(ids(all.subList(3, 5)), ids(latest.messages()));
    latest.messages().get(0).put("id", "changed");
    assertEquals(all.get(3), store.messages("s-1").get(3), "the store's message is untouched");
    assertTrue(latest.running());
    assertTrue(latest.hasMore());
    assertEquals(ids(all.subList(0, 2)), ids(first.messages()));
    assertFalse(first.hasMore());
  }

  @Test
  void aCreatedSessionTakesTheBodysConfigButNeverItsCwdAndHasNoHistory() {
    String id = store.create("alice", alices, json("{\"name\":\"N\",\"cwd\":\"/x\",\"chat_model_config\":{\"model\":\"m\"},"
        + "\"tts_model_config\":null}"));
    String unnamed = store.create("alice", alices, json("{\"workspace_id\":null}"));

    ObjectNode record = store.record(id).orElseThrow();
    JsonNode config = record.path("config");
    assertEquals("N", config.path("name").asText());
    assertTrue(config.get("cwd").isNull());
    assertTrue(config.path("workspace_id").asText().startsWith("ws-"));
    assertEquals(json("{\"model\":\"m\"}"), config.path("chat_model_config"));
    assertTrue(config.get("fallback_chat_model_config").isNull());
    assertEquals("2026-06-01T10:00:00.123456", record.path("created_at").asText());
    assertEquals("", record.path("state").path("summary").asText());
    assertEquals(0, record.path("state").path("tasks_context").path("tasks").size());
    assertEquals(List.of(), store.messages(id));
    JsonNode generated = store.record(unnamed).orElseThrow().path("config");
    assertFalse(generated.path("name").asText().isEmpty());
    assertTrue(generated.path("workspace_id").asText().startsWith("ws-"));
    assertTrue(generated.get("chat_model_config").isNull());
    refused(Refused.Reason.NO_AGENT, () -> store.create("alice", bobs, json("{}")));
  }

  @Test
  void rawRecordsAreCheckedServedAsGivenAndKeptApartFromWhatTheStoreHandsOut() {
    ObjectNode raw = json("{\"id\":\"raw\",\"agent_id\":\"agent-r\",\"created_at\":\"2026-01-01T00:00:00\","
        + "\"state\":{\"context\":[{\"id\":\"m1\"},{\"id\":\"m2\"}]}}");

    ObjectNode served = store.addRaw("erin", raw);
    raw.put("id", "changed");
    served.put("agent_id", "changed");

    assertEquals(List.of("erin"), store.userIds().subList(2, 3), "its user and agent are registered");
    assertEquals(List.of("agent-r"), store.agentIds("erin"));
    assertEquals(List.of("m1", "m2"), ids(store.messages("raw")));
    assertEquals("agent-r", store.record("raw").orElseThrow().path("agent_id").asText());
    assertEquals(List.of("raw"), ids(store.views("erin", "agent-r")));
    IllegalArgumentException noId = assertThrows(IllegalArgumentException.class,
        () -> store.addRaw("erin", json("{\"id\":1,\"agent_id\":\"a\"}")));
    assertEquals("the record needs a string id and agent_id", noId.getMessage());
    IllegalArgumentException time = assertThrows(IllegalArgumentException.class,
        () -> store.addRaw("erin", json("{\"id\":\"x\",\"agent_id\":\"a\",\"created_at\":\"2026-01-01T00:00:00Z\"}")));
    assertEquals("created_at must be a naive ISO time, was \"2026-01-01T00:00:00Z\"", time.getMessage());
    IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
        () -> store.addRaw("erin", json("{\"id\":\"raw\",\"agent_id\":\"a\",\"created_at\":\"2026-01-01T00:00:00\"}")));
    assertEquals("a session with id raw already exists", taken.getMessage());
    IllegalArgumentException owned = assertThrows(IllegalArgumentException.class,
        () -> store.addAgent("erin", "agent-r"));
    assertEquals("user erin already owns agent agent-r", owned.getMessage());
  }
}
