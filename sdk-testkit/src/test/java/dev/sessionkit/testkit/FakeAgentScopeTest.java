package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FakeAgentScopeTest {
  @RegisterExtension
  static SessionKitFakes fakes = new SessionKitFakes().agentScope(b -> b.streamEventDelay(Duration.ZERO));

  private static final List<String> EVENT_TYPES = List.of("REPLY_START", "MODEL_CALL_START", "TOOL_CALL_START",
      "TOOL_CALL_DELTA", "TOOL_CALL_END", "MODEL_CALL_END", "TOOL_RESULT_START", "TOOL_RESULT_TEXT_DELTA",
      "TOOL_RESULT_END", "MODEL_CALL_START", "TEXT_BLOCK_START", "TEXT_BLOCK_DELTA", "TEXT_BLOCK_DELTA",
      "TEXT_BLOCK_DELTA", "TEXT_BLOCK_END", "MODEL_CALL_END", "REPLY_END");

  static Wire.Reply as(String user, String method, FakeAgentScope fake, String pathAndQuery, String body) {
    return user == null ? Wire.send(method, fake.baseUrl() + pathAndQuery, body)
        : Wire.send(method, fake.baseUrl() + pathAndQuery, body, "x-user-id", user);
  }

  static Wire.Reply alice(String method, FakeAgentScope fake, String pathAndQuery, String body) {
    return as("alice", method, fake, pathAndQuery, body);
  }

  static String agent(FakeAgentScope fake) {
    return fake.agentIds("alice").get(0);
  }

  static JsonNode list(FakeAgentScope fake) {
    Wire.Reply r = alice("GET", fake, "/sessions/?agent_id=" + agent(fake), null);
    assertEquals(200, r.status(), r.text());
    return r.json();
  }

  static List<String> ids(JsonNode views) {
    return StreamSupport.stream(views.spliterator(), false).map(v -> v.get("session").get("id").asText()).toList();
  }

  /** The frames of an event stream: {@code :…} comments as text, {@code data:} frames as JSON. */
  static List<Object> frames(String stream) {
    List<Object> frames = new ArrayList<>();
    for (String frame : stream.split("\n\n")) {
      if (frame.startsWith(":")) {
        frames.add(frame);
      } else if (frame.startsWith("data: ")) {
        frames.add(Wire.json(frame.substring(6)));
      } else if (!frame.isEmpty()) {
        throw new AssertionError("unexpected frame: " + frame);
      }
    }
    return frames;
  }

  // ---- identity and ownership ------------------------------------------------------------------------

  @Test
  void needsTheUserHeaderOnEveryRoute(FakeAgentScope fake) {
    Wire.Reply missing = as(null, "GET", fake, "/sessions/?agent_id=" + agent(fake), null);
    assertEquals(422, missing.status());
    assertEquals("{\"detail\":[{\"type\":\"missing\",\"loc\":[\"header\",\"x-user-id\"],\"msg\":\"Field required\","
        + "\"input\":null}]}", missing.text());
    Wire.Reply both = as(null, "GET", fake, "/sessions/", null);
    assertEquals("[[\"header\",\"x-user-id\"],[\"query\",\"agent_id\"]]",
        json(both.json().findValues("loc")));
    Wire.Reply empty = as("", "GET", fake, "/sessions/?agent_id=" + agent(fake), null);
    assertEquals(401, empty.status());
    assertEquals("{\"detail\":\"x-user-id header must not be empty\"}", empty.text());
    // A blank identity is refused once the request is otherwise valid (FastAPI validates first).
    for (String[] route : List.of(new String[] {"POST", "/sessions/", "{\"agent_id\":\"a\"}"},
        new String[] {"PATCH", "/sessions/s?agent_id=a", "{}"}, new String[] {"DELETE", "/sessions/s?agent_id=a", null},
        new String[] {"GET", "/sessions/s/messages?agent_id=a", null},
        new String[] {"POST", "/chat/", "{\"agent_id\":\"a\",\"session_id\":\"s\",\"input\":\"x\"}"},
        new String[] {"GET", "/sessions/s/stream?agent_id=a", null})) {
      assertEquals(401, as(" ", route[0], fake, route[1], route[2]).status(), route[1]);
      assertEquals(422, as(null, route[0], fake, route[1], route[2]).status(), route[1]);
    }
  }

  @Test
  void hidesAgentsAndSessionsOfOtherUsers(FakeAgentScope fake) {
    Wire.Reply r = as("bob", "GET", fake, "/sessions/?agent_id=" + agent(fake), null);
    assertEquals(404, r.status());
    assertEquals("{\"detail\":\"Agent not found: " + agent(fake) + "\"}", r.text());
    String session = list(fake).get("sessions").get(0).get("session").get("id").asText();
    String bobsAgent = fake.agentIds("bob").get(0);
    Wire.Reply other = as("bob", "GET", fake, "/sessions/" + session + "/messages?agent_id=" + bobsAgent, null);
    assertEquals(404, other.status());
    assertEquals("{\"detail\":\"Session not found: " + session + "\"}", other.text());
  }

  // ---- sessions --------------------------------------------------------------------------------------

  @Test
  void listsTheAgentsSessionsNewestFirst(FakeAgentScope fake) {
    JsonNode body = list(fake);
    JsonNode views = body.get("sessions");
    assertEquals(3, views.size(), "12 sessions over 2 users x 2 agents");
    assertEquals(views.size(), body.get("total").asInt());
    List<String> expected = fake.sessionsJson("alice", agent(fake)).stream().map(v -> v.get("session").get("id").asText())
        .toList();
    assertEquals(expected, ids(views));
    List<LocalDateTime> created = StreamSupport.stream(views.spliterator(), false)
        .map(v -> LocalDateTime.parse(v.get("session").get("created_at").asText())).toList();
    assertEquals(created.stream().sorted(Comparator.reverseOrder()).toList(), created);
    for (JsonNode v : views) {
      assertEquals(List.of("session", "is_running", "status", "team"), fieldNames(v));
      assertEquals("alice", v.get("session").get("user_id").asText());
      assertEquals(agent(fake), v.get("session").get("agent_id").asText());
      boolean running = fake.isRunning(v.get("session").get("id").asText());
      assertEquals(running, v.get("is_running").asBoolean());
      assertEquals(running ? "running" : "idle", v.get("status").asText());
      // As agentscope#1984 lists them: context, summary and tool context cleared.
      JsonNode state = v.get("session").get("state");
      assertEquals("[]", state.get("context").toString());
      assertEquals("", state.get("summary").asText());
      JsonNode tools = state.get("tool_context");
      assertEquals(List.of("max_cache_files", "max_cache_bytes", "read_file_cache", "activated_groups"),
          fieldNames(tools));
      assertEquals(100, tools.get("max_cache_files").asInt());
      assertEquals(25000.0, tools.get("max_cache_bytes").asDouble());
      assertEquals("[][]", tools.get("read_file_cache").toString() + tools.get("activated_groups"));
      assertEquals(List.of("session_id", "summary", "context", "reply_context", "permission_context", "tool_context",
          "tasks_context", "middle_context"), fieldNames(state));
      // The state's own id: the session's once a run has ended, else an id of its own.
      boolean ranBefore = fake.messagesJson(v.get("session").get("id").asText()).stream()
          .anyMatch(m -> m.get("role").asText().equals("assistant"));
      assertEquals(ranBefore, v.get("session").get("id").equals(state.get("session_id")));
      assertEquals(v.get("team").isNull(), v.get("session").get("team_id").isNull());
    }
  }

  /** A list of JSON values as one JSON array text. */
  static String json(List<? extends JsonNode> nodes) {
    return "[" + String.join(",", nodes.stream().map(JsonNode::toString).toList()) + "]";
  }

  static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void createsASession(FakeAgentScope fake) {
    Wire.Reply r = alice("POST", fake, "/sessions/", "{\"agent_id\":\"" + agent(fake) + "\",\"name\":\"Taxes\","
        + "\"chat_model_config\":{\"type\":\"openai\",\"model\":\"gpt-4o-mini\"}}");
    assertEquals(201, r.status());
    String id = r.json().get("session_id").asText();
    assertEquals(List.of("session_id"), fieldNames(r.json()));
    JsonNode first = list(fake).get("sessions").get(0);
    assertEquals(id, first.get("session").get("id").asText(), "the new session is the newest");
    JsonNode config = first.get("session").get("config");
    assertEquals("Taxes", config.get("name").asText());
    assertEquals("{\"type\":\"openai\",\"model\":\"gpt-4o-mini\"}", config.get("chat_model_config").toString());
    assertTrue(config.get("workspace_id").asText().startsWith("ws-"), "the server assigns a workspace");
    assertTrue(config.get("fallback_chat_model_config").isNull());
    assertEquals(List.of("workspace_id", "name", "cwd", "chat_model_config", "fallback_chat_model_config",
        "tts_model_config", "knowledge_config"), fieldNames(config));
    assertEquals("[]", first.get("session").get("state").get("context").toString());
    assertNotEquals(first.get("session").get("id"), first.get("session").get("state").get("session_id"),
        "a new state has an id of its own");
    assertEquals(0, first.get("session").get("state").get("reply_context").get("cur_iter").asInt());
    assertFalse(first.get("is_running").asBoolean());
    assertEquals(0, alice("GET", fake, "/sessions/" + id + "/messages?agent_id=" + agent(fake), null).json()
        .get("messages").size());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{}|missing|[\"body\",\"agent_id\"]",
      "{\"agent_id\":7}|string_type|[\"body\",\"agent_id\"]",
      "{\"agent_id\":\"a\",\"chat_model_config\":\"gpt\"}|model_attributes_type|[\"body\",\"chat_model_config\"]",
      "[1]|model_attributes_type|[\"body\"]",
      "nope|json_invalid|[\"body\",\"0\"]"})
  void refusesABadCreateBody(String body, String type, String loc, FakeAgentScope fake) {
    Wire.Reply r = alice("POST", fake, "/sessions/", body);
    assertEquals(422, r.status());
    assertEquals(type, r.json().get("detail").get(0).get("type").asText());
    assertEquals(loc, r.json().get("detail").get(0).get("loc").toString());
  }

  @Test
  void refusesToCreateForAnAgentTheCallerDoesNotOwn(FakeAgentScope fake) {
    assertEquals(404, as("bob", "POST", fake, "/sessions/", "{\"agent_id\":\"" + agent(fake) + "\"}").status());
  }

  @Test
  void patchesOnlyTheFieldsSentAndClearsExplicitNulls(FakeAgentScope fake) {
    JsonNode before = list(fake).get("sessions").get(0).get("session");
    String id = before.get("id").asText();
    Wire.Reply r = alice("PATCH", fake, "/sessions/" + id + "?agent_id=" + agent(fake),
        "{\"name\":\"Renamed\",\"fallback_chat_model_config\":null}");
    assertEquals(200, r.status(), r.text());
    JsonNode after = r.json();
    assertEquals(id, after.get("id").asText());
    assertEquals("Renamed", after.get("config").get("name").asText());
    assertTrue(after.get("config").get("fallback_chat_model_config").isNull());
    assertEquals(before.get("config").get("workspace_id"), after.get("config").get("workspace_id"));
    assertEquals(before.get("config").get("chat_model_config").toString(),
        after.get("config").get("chat_model_config").toString());
    assertNotEquals(before.get("updated_at"), after.get("updated_at"));
    JsonNode listed = list(fake).get("sessions").get(0).get("session");
    assertEquals(after.get("config").toString(), listed.get("config").toString());
    assertEquals(after.get("updated_at"), listed.get("updated_at"));
    // PATCH answers the whole record: its context holds every message, each with its role.
    assertEquals(fake.messagesJson(id).size(), after.get("state").get("context").size());
    after.get("state").get("context").forEach(m -> assertTrue(m.get("role").isTextual(), m.toString()));
    assertEquals(404, alice("PATCH", fake, "/sessions/nope?agent_id=" + agent(fake), "{}").status());
    assertEquals(422, alice("PATCH", fake, "/sessions/" + id, "{}").status(), "agent_id is required");
  }

  @Test
  void deletesASession(FakeAgentScope fake) {
    String id = list(fake).get("sessions").get(1).get("session").get("id").asText();
    Wire.Reply r = alice("DELETE", fake, "/sessions/" + id + "?agent_id=" + agent(fake), null);
    assertEquals(204, r.status());
    assertEquals(0, r.body().length);
    assertFalse(ids(list(fake).get("sessions")).contains(id));
    assertEquals(404, alice("DELETE", fake, "/sessions/" + id + "?agent_id=" + agent(fake), null).status());
    assertEquals(404, alice("GET", fake, "/sessions/" + id + "/messages?agent_id=" + agent(fake), null).status());
  }

  // ---- messages --------------------------------------------------------------------------------------

  @Test
  void pagesMessagesBackFromTheLatestByBeforeAndSaysWhetherMoreCome(FakeAgentScope fake) {
    String id = list(fake).get("sessions").get(0).get("session").get("id").asText();
    List<ObjectNode> all = fake.messagesJson(id);
    int n = all.size();
    assertTrue(n >= 8);
    String path = "/sessions/" + id + "/messages?agent_id=" + agent(fake);
    JsonNode latest = alice("GET", fake, path + "&limit=3", null).json();
    assertEquals(List.of("messages", "is_running", "has_more"), fieldNames(latest));
    assertEquals(json(all.subList(n - 3, n)), latest.get("messages").toString());
    assertTrue(latest.get("has_more").asBoolean());
    String cursor = all.get(n - 3).get("id").asText();
    JsonNode older = alice("GET", fake, path + "&limit=3&before=" + cursor, null).json();
    assertEquals(json(all.subList(n - 6, n - 3)), older.get("messages").toString());
    JsonNode oldest = alice("GET", fake, path + "&limit=200&before=" + all.get(2).get("id").asText(), null).json();
    assertEquals(json(all.subList(0, 2)), oldest.get("messages").toString());
    assertFalse(oldest.get("has_more").asBoolean());
    // offset is accepted and ignored; an unknown cursor is an empty last page; the default limit is 50.
    assertEquals(latest.toString(), alice("GET", fake, path + "&limit=3&offset=5", null).text());
    assertEquals("{\"messages\":[],\"is_running\":false,\"has_more\":false}",
        alice("GET", fake, path + "&before=nope", null).text());
    assertEquals(json(all), alice("GET", fake, path, null).json().get("messages").toString());
  }

  @Test
  void pagesMessagesByOffsetLikeServersBefore204post1WhenAskedTo() {
    try (FakeAgentScope fake = FakeAgentScope.builder().offsetMessagePaging(true).start()) {
      String id = list(fake).get("sessions").get(0).get("session").get("id").asText();
      List<ObjectNode> all = fake.messagesJson(id);
      String path = "/sessions/" + id + "/messages?agent_id=" + agent(fake);
      JsonNode page = alice("GET", fake, path + "&offset=2&limit=3", null).json();
      assertEquals(List.of("messages", "is_running"), fieldNames(page));
      assertEquals(json(all.subList(2, 5)), page.get("messages").toString());
      assertEquals(json(all), alice("GET", fake, path, null).json().get("messages").toString());
      assertEquals(0, alice("GET", fake, path + "&offset=500", null).json().get("messages").size());
      Wire.Reply negative = alice("GET", fake, path + "&offset=-1", null);
      assertEquals(422, negative.status());
      assertEquals("{\"ge\":0}", negative.json().get("detail").get(0).get("ctx").toString());
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "limit=0|greater_than_equal|limit|{\"ge\":1}",
      "limit=201|less_than_equal|limit|{\"le\":200}"})
  void refusesMessageBoundsOutOfRange(String query, String type, String field, String ctx, FakeAgentScope fake) {
    String id = list(fake).get("sessions").get(0).get("session").get("id").asText();
    Wire.Reply r = alice("GET", fake, "/sessions/" + id + "/messages?agent_id=" + agent(fake) + "&" + query, null);
    assertEquals(422, r.status());
    JsonNode error = r.json().get("detail").get(0);
    assertEquals(type, error.get("type").asText());
    assertEquals("[\"query\",\"" + field + "\"]", error.get("loc").toString());
    assertEquals(ctx, error.get("ctx").toString());
  }

  @Test
  void everyMessageHasTheRealModelsFieldsAndARole(FakeAgentScope fake) {
    String id = list(fake).get("sessions").get(0).get("session").get("id").asText();
    for (ObjectNode m : fake.messagesJson(id)) {
      assertEquals(List.of("name", "content", "role", "id", "metadata", "created_at", "usage", "finished_at",
          "finished_reason", "structured_output", "error"), fieldNames(m));
    }
  }

  @Test
  void answersStatusAndInterrupt() {
    try (FakeAgentScope fake = FakeAgentScope.builder().streamEventDelay(Duration.ZERO).start()) {
      JsonNode view = list(fake).get("sessions").get(0);
      String id = view.get("session").get("id").asText();
      String path = "/sessions/" + id;
      String query = "?agent_id=" + agent(fake);
      assertEquals("{\"session_id\":\"" + id + "\",\"status\":\"idle\"}",
          alice("GET", fake, path + "/status" + query, null).text());
      assertEquals(404, alice("GET", fake, "/sessions/nope/status" + query, null).status());
      assertEquals(422, alice("GET", fake, path + "/status", null).status(), "agent_id is required");

      assertEquals(200, alice("POST", fake, "/chat/", "{\"agent_id\":\"" + agent(fake) + "\",\"session_id\":\""
          + id + "\",\"input\":\"hi\"}").status());
      assertEquals("running", alice("GET", fake, path + "/status" + query, null).json().get("status").asText());
      Wire.Reply conflict = alice("PATCH", fake, path + query, "{\"name\":\"x\"}");
      assertEquals(409, conflict.status());
      assertEquals("{\"detail\":\"Cannot modify session configuration while the session is running.\"}",
          conflict.text());

      int before = fake.messagesJson(id).size();
      Wire.Reply accepted = alice("POST", fake, path + "/interrupt" + query, null);
      assertEquals(202, accepted.status());
      assertEquals("{\"session_id\":\"" + id + "\"}", accepted.text());
      assertEquals("idle", alice("GET", fake, path + "/status" + query, null).json().get("status").asText());
      List<ObjectNode> after = fake.messagesJson(id);
      assertEquals(before + 1, after.size());
      assertEquals("interrupted", after.get(after.size() - 1).get("finished_reason").asText());
      // Idempotent: an idle session is left alone.
      assertEquals(202, alice("POST", fake, path + "/interrupt" + query, null).status());
      assertEquals(before + 1, fake.messagesJson(id).size());
    }
  }

  @Test
  void aNullNameIsTheRealServersBare500AndPermissionModeLandsInTheState(FakeAgentScope fake) {
    String id = list(fake).get("sessions").get(0).get("session").get("id").asText();
    String path = "/sessions/" + id + "?agent_id=" + agent(fake);
    Wire.Reply r = alice("PATCH", fake, path, "{\"name\":null}");
    assertEquals(500, r.status());
    assertEquals("Internal Server Error", r.text());
    JsonNode after = alice("PATCH", fake, path, "{\"permission_mode\":\"dont_ask\",\"cwd\":\"docs\","
        + "\"tts_model_config\":{\"type\":\"t\",\"credential_id\":\"c\",\"model\":\"m\",\"parameters\":{}}}")
        .json();
    assertEquals("dont_ask", after.get("state").get("permission_context").get("mode").asText());
    assertEquals("docs", after.get("config").get("cwd").asText());
    assertEquals("m", after.get("config").get("tts_model_config").get("model").asText());
  }

  // ---- chat and stream -------------------------------------------------------------------------------

  @Test
  void runsAChatAndStreamsItsEvents(FakeAgentScope fake) {
    String session = list(fake).get("sessions").get(0).get("session").get("id").asText();
    int before = fake.messagesJson(session).size();
    String chat = "{\"agent_id\":\"" + agent(fake) + "\",\"session_id\":\"" + session + "\",\"input\":\"Hello\"}";
    Wire.Reply started = alice("POST", fake, "/chat/", chat);
    assertEquals(200, started.status());
    assertEquals("{\"status\":\"started\",\"session_id\":\"" + session + "\"}", started.text());
    Wire.Reply busy = alice("POST", fake, "/chat/", chat);
    assertEquals(409, busy.status());
    assertEquals("{\"detail\":\"Session " + session + " is already running\"}", busy.text());
    assertTrue(list(fake).get("sessions").get(0).get("is_running").asBoolean());
    List<ObjectNode> during = fake.messagesJson(session);
    assertEquals(before + 1, during.size(), "the input is in memory at once");
    assertEquals("Hello", during.get(before).get("content").get(0).get("text").asText());

    Wire.Reply stream = alice("GET", fake, "/sessions/" + session + "/stream?agent_id=" + agent(fake), null);
    assertEquals(200, stream.status());
    assertTrue(stream.header("Content-Type").orElseThrow().startsWith("text/event-stream"));
    List<Object> frames = frames(stream.text());
    assertEquals(":", frames.get(0));
    assertEquals(2, frames.stream().filter(f -> f instanceof String).count());
    List<JsonNode> events = frames.stream().filter(f -> f instanceof JsonNode).map(f -> (JsonNode) f).toList();
    assertEquals(EVENT_TYPES, events.stream().map(e -> e.get("type").asText()).toList());
    String replyId = events.get(0).get("reply_id").asText();
    assertTrue(events.stream().allMatch(e -> e.get("reply_id").asText().equals(replyId)));
    assertEquals(session, events.get(0).get("session_id").asText());
    StringBuilder text = new StringBuilder();
    long in = 0;
    long out = 0;
    long cacheRead = 0;
    long cacheCreation = 0;
    for (JsonNode e : events) {
      if (e.get("type").asText().equals("TEXT_BLOCK_DELTA")) {
        text.append(e.get("delta").asText());
      }
      if (e.get("type").asText().equals("MODEL_CALL_END")) {
        in += e.get("input_tokens").asLong();
        out += e.get("output_tokens").asLong();
        cacheRead += e.get("cache_input_tokens").asLong();
        cacheCreation += e.get("cache_creation_input_tokens").asLong();
      }
    }

    List<ObjectNode> after = fake.messagesJson(session);
    assertEquals(before + 2, after.size());
    ObjectNode reply = after.get(after.size() - 1);
    assertEquals(replyId, reply.get("id").asText());
    assertEquals("assistant", reply.get("role").asText());
    assertEquals(List.of("tool_call", "tool_result", "text"), StreamSupport.stream(reply.get("content").spliterator(),
        false).map(b -> b.get("type").asText()).toList());
    JsonNode call = reply.get("content").get(0);
    assertEquals(events.get(3).get("delta").asText(), call.get("input").asText());
    assertEquals(call.get("id"), reply.get("content").get(1).get("id"));
    assertEquals(text.toString(), reply.get("content").get(2).get("text").asText());
    assertEquals(in, reply.get("usage").get("input_tokens").asLong());
    assertEquals(out, reply.get("usage").get("output_tokens").asLong());
    assertEquals(cacheRead, reply.get("usage").get("cache_input_tokens").asLong());
    assertEquals(cacheCreation, reply.get("usage").get("cache_creation_input_tokens").asLong());
    JsonNode view = list(fake).get("sessions").get(0);
    assertFalse(view.get("is_running").asBoolean());
    assertEquals("idle", view.get("status").asText());
    assertEquals(replyId, view.get("session").get("state").get("reply_context").get("reply_id").asText());
    assertEquals(200, alice("POST", fake, "/chat/", chat).status(), "idle again");
  }

  @Test
  void aRunsSecondModelCallReadsTheFirstOnesPromptFromTheCacheUnlessTheModelIsClaude() {
    Map<Boolean, Integer> runs = new TreeMap<>();
    int cachedRuns = 0;
    try (FakeAgentScope fake = FakeAgentScope.builder().sessions(24).streamEventDelay(Duration.ZERO).start()) {
      for (ObjectNode v : fake.sessionsJson("alice", agent(fake))) {
        if (v.get("is_running").asBoolean()) {
          continue;
        }
        String session = v.get("session").get("id").asText();
        String model = v.get("session").get("config").get("chat_model_config").get("model").asText();
        assertEquals(200, alice("POST", fake, "/chat/", "{\"agent_id\":\"" + agent(fake) + "\",\"session_id\":\""
            + session + "\",\"input\":\"Hello\"}").status());
        List<JsonNode> calls = frames(alice("GET", fake, "/sessions/" + session + "/stream?agent_id=" + agent(fake),
            null).text()).stream().filter(f -> f instanceof JsonNode).map(f -> (JsonNode) f)
            .filter(e -> e.get("type").asText().equals("MODEL_CALL_END")).toList();
        assertEquals(2, calls.size());
        // The second call's prompt starts with the whole first one. A provider that caches by itself reads it
        // from the cache, in blocks of 128 once it is 1,024 tokens (OpenAI's rule), and counts the reads in its
        // input; Anthropic caches only what a request marks, and AgentScope marks nothing.
        long first = calls.get(0).get("input_tokens").asLong();
        boolean claude = model.startsWith("claude");
        long cached = claude || first < 1_024 ? 0 : first / 128 * 128;
        assertEquals(0, calls.get(0).get("cache_input_tokens").asLong());
        assertEquals(cached, calls.get(1).get("cache_input_tokens").asLong(), model + ", first prompt " + first);
        assertTrue(cached <= calls.get(1).get("input_tokens").asLong());
        for (JsonNode call : calls) {
          assertEquals(0, call.get("cache_creation_input_tokens").asLong());
        }
        JsonNode usage = fake.messagesJson(session).get(fake.messagesJson(session).size() - 1).get("usage");
        assertEquals(cached, usage.get("cache_input_tokens").asLong());
        runs.merge(claude, 1, Integer::sum);
        cachedRuns += cached > 0 ? 1 : 0;
      }
    }
    assertTrue(runs.getOrDefault(true, 0) > 0 && cachedRuns > 0, runs + ", " + cachedRuns + " with cache reads");
  }

  @Test
  void endsTheStreamAtOnceWithoutARun(FakeAgentScope fake) {
    String session = fake.sessionsJson("alice", agent(fake)).stream().filter(v -> !v.get("is_running").asBoolean())
        .findFirst().orElseThrow().get("session").get("id").asText();
    Wire.Reply r = alice("GET", fake, "/sessions/" + session + "/stream?agent_id=" + agent(fake), null);
    assertEquals(200, r.status());
    assertEquals(":\n\n", r.text());
  }

  @Test
  void seedsSomeRunningSessionsWhoseStreamFinishesThem() {
    try (FakeAgentScope fake = FakeAgentScope.builder().sessions(40).streamEventDelay(Duration.ZERO).start()) {
      String user = null;
      String agentId = null;
      String session = null;
      for (String u : fake.userIds()) {
        for (String a : fake.agentIds(u)) {
          for (ObjectNode v : fake.sessionsJson(u, a)) {
            if (v.get("is_running").asBoolean()) {
              user = u;
              agentId = a;
              session = v.get("session").get("id").asText();
            }
          }
        }
      }
      assertTrue(session != null, "some seeded session is running");
      List<ObjectNode> before = fake.messagesJson(session);
      assertEquals("user", before.get(before.size() - 1).get("role").asText(), "the input waits for its reply");
      Wire.Reply r = as(user, "GET", fake, "/sessions/" + session + "/stream?agent_id=" + agentId, null);
      assertEquals(EVENT_TYPES.size(), frames(r.text()).stream().filter(f -> f instanceof JsonNode).count());
      assertFalse(fake.isRunning(session));
      assertEquals("assistant", fake.messagesJson(session).get(before.size()).get("role").asText());
    }
  }

  @Test
  void refusesABadChatBody(FakeAgentScope fake) {
    Wire.Reply r = alice("POST", fake, "/chat/", "{\"agent_id\":\"" + agent(fake) + "\"}");
    assertEquals(422, r.status());
    assertEquals("[[\"body\",\"session_id\"],[\"body\",\"input\"]]", json(r.json().findValues("loc")));
    assertEquals(404, alice("POST", fake, "/chat/", "{\"agent_id\":\"" + agent(fake) + "\",\"session_id\":\"x\","
        + "\"input\":\"hi\"}").status());
  }

  // ---- routing, added records, options ---------------------------------------------------------------

  @Test
  void redirectsAPathWithoutItsTrailingSlash(FakeAgentScope fake) {
    Wire.Reply r = alice("GET", fake, "/sessions?agent_id=a", null);
    assertEquals(307, r.status());
    assertEquals(fake.baseUrl() + "/sessions/?agent_id=a", r.header("Location").orElseThrow());
    assertEquals("{\"detail\":\"Not Found\"}", alice("GET", fake, "/agents/", null).text());
  }

  @Test
  void servesAddedSessionsAndAgents(FakeAgentScope fake) {
    fake.addAgent("carol", "agent-c");
    assertEquals(List.of("agent-c"), fake.agentIds("carol"));
    ObjectNode record = fake.addSession(new FakeAgentScope.SessionSpec().userId("carol").agentId("agent-c").id("s1")
        .name("Mine").model("gpt-4o-mini").source("schedule").createdAt(Instant.parse("2026-03-01T08:00:00Z"))
        .messages(3).team(true));
    assertEquals("s1", record.get("id").asText());
    assertEquals("Mine", record.get("config").get("name").asText());
    assertEquals("openai", record.get("config").get("chat_model_config").get("type").asText());
    assertEquals("schedule", record.get("source").asText());
    assertTrue(record.get("source_schedule_id").isTextual());
    assertEquals("2026-03-01T08:00:00", record.get("created_at").asText());
    assertEquals(3, fake.messagesJson("s1").size());
    JsonNode view = as("carol", "GET", fake, "/sessions/?agent_id=agent-c", null).json().get("sessions").get(0);
    assertEquals(record.get("team_id").asText(), view.get("team").get("team").get("id").asText());
    assertEquals("agent-c", view.get("team").get("leader_agent").get("id").asText());
    assertTrue(view.get("team").get("leader_agent").get("editable").asBoolean());
    assertEquals("agent-c", view.get("team").get("team").get("leader_agent_id").asText());
    assertEquals(List.of("team", "leader_agent", "members"), fieldNames(view.get("team")));
    JsonNode roster = view.get("team").get("team").get("data").get("members");
    assertEquals(view.get("team").get("members").size(), roster.size());
    for (int i = 0; i < roster.size(); i++) {
      assertEquals(List.of("owner_id", "agent_id", "session_id", "role"), fieldNames(roster.get(i)));
      assertEquals(roster.get(i).get("session_id"), view.get("team").get("members").get(i).get("session_id"));
      assertTrue(view.get("team").get("members").get(i).get("agent").get("editable").asBoolean());
    }

    fake.addSession("dave", (ObjectNode) Wire.json("{\"id\":\"raw\",\"agent_id\":\"agent-d\",\"created_at\":"
        + "\"2026-01-01T00:00:00\",\"state\":{\"context\":[{\"id\":\"m1\"}]},\"x\":1}"));
    assertEquals(List.of("agent-d"), fake.agentIds("dave"));
    // Listed as given, but for what the real list clears (its context, summary and tool context).
    String listed = as("dave", "GET", fake, "/sessions/?agent_id=agent-d", null).text();
    assertTrue(listed.contains("{\"id\":\"raw\",\"agent_id\":\"agent-d\",\"created_at\":\"2026-01-01T00:00:00\","
        + "\"state\":{\"context\":[],\"summary\":\"\",\"tool_context\":{\"max_cache_files\":100,"
        + "\"max_cache_bytes\":25000.0,\"read_file_cache\":[],\"activated_groups\":[]}},\"x\":1}"), listed);
    assertEquals("{\"messages\":[{\"id\":\"m1\"}],\"is_running\":false,\"has_more\":false}",
        as("dave", "GET", fake, "/sessions/raw/messages?agent_id=agent-d", null).text());
    assertThrows(IllegalArgumentException.class, () -> fake.addAgent("carol", "agent-c"));
    assertThrows(IllegalArgumentException.class, () -> fake.addSession(new FakeAgentScope.SessionSpec().id("s1")));
    assertThrows(IllegalArgumentException.class, () -> fake.addSession("x", (ObjectNode) Wire.json("{\"id\":\"y\"}")));
  }

  @Test
  void writesMessageTimesInTheHostZoneAndRecordTimesInTheStorageZone() {
    try (FakeAgentScope fake = FakeAgentScope.builder().serverTimeZone(ZoneId.of("Europe/Zurich")).sessions(0).start()) {
      ObjectNode record = fake.addSession(new FakeAgentScope.SessionSpec()
          .createdAt(Instant.parse("2026-05-01T10:00:00.250Z")).messages(1));
      assertEquals("2026-05-01T10:00:00.250000", record.get("created_at").asText(), "the SQL storage writes UTC");
      LocalDateTime message = LocalDateTime.parse(fake.messagesJson(record.get("id").asText()).get(0)
          .get("created_at").asText());
      assertTrue(message.isAfter(LocalDateTime.parse("2026-05-01T12:00:00")), message.toString());
      assertEquals(ZoneId.of("Europe/Zurich"), fake.serverTimeZone());
      assertEquals(ZoneId.of("UTC"), fake.storageTimeZone());
    }
    try (FakeAgentScope redis = FakeAgentScope.builder().serverTimeZone(ZoneId.of("Europe/Zurich"))
        .storageTimeZone(ZoneId.of("Europe/Zurich")).sessions(0).start()) {
      ObjectNode record = redis.addSession(new FakeAgentScope.SessionSpec()
          .createdAt(Instant.parse("2026-05-01T10:00:00.250Z")).messages(0));
      assertEquals("2026-05-01T12:00:00.250000", record.get("created_at").asText());
    }
  }

  @Test
  void refusesBadBuilderValues() {
    assertThrows(IllegalArgumentException.class, () -> FakeAgentScope.builder().users());
    assertThrows(IllegalArgumentException.class, () -> FakeAgentScope.builder().users("ok", " "));
    assertThrows(IllegalArgumentException.class, () -> FakeAgentScope.builder().agentsPerUser(0));
    assertThrows(IllegalArgumentException.class, () -> FakeAgentScope.builder().streamEventDelay(Duration.ofMillis(-1)));
  }
}
