package dev.sessionkit.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.ErrorStyle;
import dev.sessionkit.testkit.internal.FastApiValidation;
import dev.sessionkit.testkit.internal.HttpError;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.Request;
import dev.sessionkit.testkit.internal.Response;
import dev.sessionkit.testkit.internal.Router;
import dev.sessionkit.testkit.internal.Seeded;
import dev.sessionkit.testkit.internal.Sse;
import dev.sessionkit.testkit.internal.Times;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The AgentScope fake's records, seeded data, chat runs and routes. Thread-safe: every record access holds
 * {@link #lock}; a run's script is immutable once made, so a stream plays it without the lock.
 */
final class AgentScopeApi {
  static final ErrorStyle ERRORS = ErrorStyle.fastApi();

  private static final List<String> AGENT_NAMES = List.of("Friday", "Scout", "Ledger", "Atlas", "Juniper");
  private static final List<String> PROMPTS = List.of("What's on my calendar tomorrow?",
      "Summarise the attached quarterly report in five bullets.", "Find flights from Zurich to Lisbon next Friday.",
      "Draft a reply to the landlord about the broken heater.", "Plot last month's expenses by category.");
  private static final List<String> ANSWERS = List.of("You have two meetings tomorrow: stand-up at 9:30 and a "
      + "design review at 14:00.", "Here are the five points that matter most in the report.",
      "The cheapest direct flight leaves at 07:05 and costs CHF 142.", "Here is a short, firm draft you can send.",
      "Groceries and rent make up 61% of last month's spending; the chart is below.");
  /** The config fields a create or update body may carry (an update may also send {@code permission_mode}). */
  private static final List<String> CONFIG_FIELDS = List.of("workspace_id", "name", "cwd", "chat_model_config",
      "fallback_chat_model_config", "tts_model_config", "knowledge_config");
  private static final List<String> CONFIG_OBJECTS =
      List.of("chat_model_config", "fallback_chat_model_config", "tts_model_config", "knowledge_config");
  private static final List<String> TOOLS = List.of("web_search", "read_file", "execute_python_code", "get_calendar");

  /** A session and what only the fake knows about it: owner, messages, the run in progress. */
  private static final class Session {
    final String userId;
    final String agentId;
    final ObjectNode record;
    final ObjectNode team;
    final List<ObjectNode> messages;
    Run run;

    Session(String userId, String agentId, ObjectNode record, ObjectNode team, List<ObjectNode> messages) {
      this.userId = userId;
      this.agentId = agentId;
      this.record = record;
      this.team = team;
      this.messages = messages;
    }

    String id() {
      return record.path("id").asText();
    }
  }

  /**
   * A scripted run: the events its stream plays, the reply message it leaves behind, and whether its end is
   * saved into the state (a run that fails before the agent starts leaves the state as it was).
   */
  private record Run(List<ObjectNode> events, ObjectNode reply, boolean savesState) {}

  /** The host's zone: message, block, event and task times ({@code datetime.now()}). */
  final ZoneId zone;
  /** The storage's zone: record times (the SQL storage writes UTC). */
  final ZoneId storageTimeZone;
  /** Whether messages page by offset with no {@code has_more}, as servers before 2.0.4.post1 did. */
  private final boolean offsetPaging;
  private final Clock clock;
  private final Instant reference;
  private final Duration streamDelay;
  private final List<String> users;
  private final Object lock = new Object();
  private final Map<String, List<ObjectNode>> agents = new LinkedHashMap<>();
  private final List<Session> sessions = new ArrayList<>();
  private final Seeded forAdded;

  AgentScopeApi(FakeAgentScope.Builder b, Clock clock) {
    this.zone = b.serverTimeZone;
    this.storageTimeZone = b.storageTimeZone;
    this.offsetPaging = b.offsetMessagePaging;
    this.clock = clock;
    this.reference = b.referenceTime.truncatedTo(ChronoUnit.MICROS);
    this.streamDelay = b.streamEventDelay;
    this.users = b.users;
    Seeded root = new Seeded(b.seed);
    Seeded people = root.split();
    List<String[]> pairs = new ArrayList<>();
    for (String user : users) {
      for (int k = 0; k < b.agentsPerUser; k++) {
        String agentId = people.hex(32);
        registerAgent(people, user, agentId, AGENT_NAMES.get(k % AGENT_NAMES.size()));
        pairs.add(new String[] {user, agentId});
      }
    }
    Seeded random = root.split();
    for (int i = 0; i < b.sessions; i++) {
      Seeded r = random.split();
      String[] pair = pairs.get(i % pairs.size());
      FakeAgentScope.SessionSpec spec = new FakeAgentScope.SessionSpec().userId(pair[0]).agentId(pair[1])
          .model(r.weighted(List.of("qwen-max", "claude-sonnet-4-5", "gpt-4o-mini", "gemini-2.5-pro"), 3, 3, 2, 2))
          .source(r.weighted(List.of("user", "schedule", "channel"), 7, 2, 1))
          .createdAt(r.before(reference.minus(Duration.ofHours(2)), Duration.ofDays(30)))
          .messages(b.messagesPerSession)
          .running(r.chance(0.12))
          .team(r.chance(0.25));
      sessions.add(materialize(spec, r));
    }
    this.forAdded = root.split();
  }

  // ---- seeded data -------------------------------------------------------------------------------------

  private ObjectNode registerAgent(Seeded r, String userId, String agentId, String name) {
    List<ObjectNode> owned = agents.computeIfAbsent(userId, k -> new ArrayList<>());
    if (owned.stream().anyMatch(a -> a.path("id").asText().equals(agentId))) {
      throw new IllegalArgumentException("user " + userId + " already owns agent " + agentId);
    }
    Instant created = r.before(reference.minus(Duration.ofDays(31)), Duration.ofDays(60));
    // An AgentRecord as the storage dumps it; the views add "editable".
    ObjectNode agent = Json.object().put("id", agentId).put("updated_at", stored(created))
        .put("created_at", stored(created)).put("user_id", userId).put("source", "user");
    ObjectNode data = agent.putObject("data").put("name", name)
        .put("system_prompt", "You're " + name + ", a helpful assistant.");
    data.putObject("context_config").put("trigger_ratio", 0.8).put("reserve_ratio", 0.1)
        .put("compression_prompt", "<system-hint>Write a continuation summary.</system-hint>")
        .put("summary_template", "<system-info>Here is a summary of your previous work\n{task_overview}</system-info>")
        .putObject("summary_schema");
    ((ObjectNode) data.get("context_config")).put("tool_result_limit", 3000).put("max_image_num", 5);
    data.putObject("react_config").put("max_iters", 20).put("structured_output_grace_iters", 5)
        .put("stop_on_reject", false).put("interruption_message", "I notice the interruption. How can I help you?")
        .put("interruption_raise_cancelled_error", false);
    data.putObject("invite_config").put("invitable", false).putNull("invite_description");
    owned.add(agent);
    return agent;
  }

  private ObjectNode agent(String userId, String agentId) {
    return agents.getOrDefault(userId, List.of()).stream().filter(a -> a.path("id").asText().equals(agentId))
        .findFirst().orElse(null);
  }

  private Session materialize(FakeAgentScope.SessionSpec spec, Seeded r) {
    String userId = spec.userId != null ? spec.userId : users.get(0);
    String agentId = spec.agentId != null ? spec.agentId
        : agents.getOrDefault(userId, List.of()).stream().map(a -> a.path("id").asText()).findFirst().orElse(null);
    if (agentId == null) {
      agentId = r.hex(32);
    }
    ObjectNode agent = agent(userId, agentId);
    if (agent == null) {
      agent = registerAgent(r, userId, agentId, r.pick(AGENT_NAMES));
    }
    String agentName = agent.path("data").path("name").asText();
    String id = spec.id != null ? spec.id : r.hex(32);
    Instant created = (spec.createdAt != null ? spec.createdAt : reference).truncatedTo(ChronoUnit.MICROS);
    String model = spec.model != null ? spec.model : "qwen-max";
    int count = spec.messages != null ? spec.messages : 8;

    List<ObjectNode> messages = new ArrayList<>();
    Instant t = created.plusMillis(r.between(200, 3_000));
    for (int i = 0; i < count; i++) {
      messages.add(i % 2 == 0 ? userMessage(r, userId, r.pick(PROMPTS), t, r.chance(0.1))
          : reply(r, agentName, r.pick(ANSWERS), t, r.chance(0.5), r.chance(0.4), r.chance(0.1)));
      t = t.plusMillis(r.between(1_500, 60_000));
    }
    Run run = null;
    if (spec.running) {
      // The input the run answers is already in memory; the reply arrives with the stream.
      messages.add(userMessage(r, userId, r.pick(PROMPTS), t, false));
      run = script(r, id, agentName, model, t.plusMillis(300));
    }
    Instant updated = messages.isEmpty() ? created : instant(messages.get(messages.size() - 1), "created_at");

    // In the order the server's SessionRecord dumps its fields.
    String source = spec.source != null ? spec.source : "user";
    ObjectNode record = Json.object().put("id", id).put("updated_at", stored(updated))
        .put("created_at", stored(created)).put("user_id", userId).put("agent_id", agentId).put("source", source)
        .put("source_schedule_id", source.equals("schedule") ? r.hex(32) : null)
        .put("source_chat_id", source.equals("channel") ? "chat-" + r.hex(8) : null)
        .put("source_channel_id", source.equals("channel") ? r.hex(32) : null);
    ObjectNode team = spec.team ? team(r, userId, id, agent, created) : null;
    record.put("team_id", team == null ? null : team.path("team").path("id").asText());
    ObjectNode config = record.putObject("config");
    // The server always binds a workspace (WorkspaceManagerBase.assign_workspace_id when the body has none).
    config.put("workspace_id", "ws-" + r.hex(12));
    config.put("name", spec.name != null ? spec.name : r.pick(List.of("Trip planning", "Inbox zero", "Q1 report",
        "Budget review", "Heater complaint", "Weekly planning")));
    config.putNull("cwd");
    config.set("chat_model_config", modelConfig(r, model));
    config.set("fallback_chat_model_config", r.chance(0.3) ? modelConfig(r, "gpt-4o-mini") : null);
    config.putNull("tts_model_config");
    config.putNull("knowledge_config");
    // The agent state's own id (AgentState.session_id, a fresh id of its own): not the session's id.
    ObjectNode state = record.putObject("state").put("session_id", r.hex(32));
    int kind = r.between(0, 5);
    if (kind == 0) {
      state.put("summary", "The user is planning a trip to Lisbon and prefers morning flights.");
    } else if (kind == 1) {
      // The summary can also be a list of blocks.
      state.putArray("summary").add(text(r, "Earlier: the user asked for a weekly expense chart.", created));
    } else {
      state.put("summary", "");
    }
    state.putArray("context");
    ObjectNode lastReply = null;
    for (ObjectNode m : messages) {
      if ("assistant".equals(Json.text(m, "role"))) {
        lastReply = m;
      }
    }
    if (lastReply != null) {
      // A run sets the state's id to the session's and keeps it when it ends.
      state.put("session_id", id);
    }
    // A new state names a reply that does not exist yet; after a run, that run's reply and its rounds.
    ObjectNode replyContext = state.putObject("reply_context")
        .put("reply_id", lastReply != null ? lastReply.path("id").asText() : r.hex(32))
        .put("cur_iter", lastReply != null ? rounds(lastReply) : 0);
    replyContext.putNull("structured_schema");
    replyContext.putNull("structured_output");
    state.putObject("permission_context").put("mode", r.weighted(List.of("default", "accept_edits", "explore"), 6, 2, 1))
        .set("working_directories", Json.object());
    ObjectNode permissions = (ObjectNode) state.get("permission_context");
    permissions.set("allow_rules", Json.object());
    permissions.set("deny_rules", Json.object());
    permissions.set("ask_rules", Json.object());
    ObjectNode tools = state.putObject("tool_context");
    resetToolContext(tools);
    ((ArrayNode) tools.get("activated_groups")).add("basic");
    ArrayNode tasks = state.putObject("tasks_context").putArray("tasks");
    for (int k = r.between(0, 2); k > 0; k--) {
      ObjectNode task = tasks.addObject().put("subject", r.pick(List.of("Book flights", "Collect receipts",
          "Send draft"))).put("description", "");
      task.putObject("metadata");
      task.put("created_at", naive(created)).put("state", r.pick(List.of("pending", "in_progress", "completed")))
          .put("id", r.hex(32)).put("owner", agentName);
      task.putArray("blocks");
      task.putArray("blocked_by");
    }
    state.putObject("middle_context");
    Session s = new Session(userId, agentId, record, team, messages);
    s.run = run;
    return s;
  }

  private ObjectNode modelConfig(Seeded r, String model) {
    String type = model.startsWith("claude") ? "anthropic" : model.startsWith("gpt") ? "openai"
        : model.startsWith("gemini") ? "gemini" : "dashscope";
    ObjectNode c = Json.object().put("type", type).put("credential_id", r.hex(32)).put("model", model);
    c.putObject("parameters").put("temperature", 0.7).put("max_tokens", 4096);
    return c;
  }

  /** The view's {@code team}: a TeamDetailResponse (the team, its leader and members as AgentViews). */
  private ObjectNode team(Seeded r, String userId, String sessionId, ObjectNode leader, Instant created) {
    ObjectNode view = Json.object();
    ObjectNode team = view.putObject("team").put("id", r.hex(32)).put("updated_at", stored(created))
        .put("created_at", stored(created)).put("user_id", userId).put("session_id", sessionId)
        .put("leader_agent_id", leader.path("id").asText());
    ObjectNode data = team.putObject("data").put("name", "Household admin").put("description", "");
    ArrayNode memberIds = data.putArray("member_ids");
    ArrayNode roster = data.putArray("members");
    view.set("leader_agent", agentView(leader, userId));
    ArrayNode members = view.putArray("members");
    for (ObjectNode a : agents.getOrDefault(userId, List.of())) {
      if (!a.path("id").equals(leader.path("id"))) {
        String workerSession = r.hex(32);
        memberIds.add(a.path("id").asText());
        roster.addObject().put("owner_id", userId).put("agent_id", a.path("id").asText())
            .put("session_id", workerSession).put("role", "created");
        members.addObject().<ObjectNode>set("agent", agentView(a, userId)).put("session_id", workerSession);
      }
    }
    return view;
  }

  /** An AgentView: the record and whether the viewer owns it. */
  private static ObjectNode agentView(ObjectNode agent, String viewer) {
    return agent.deepCopy().put("editable", agent.path("user_id").asText().equals(viewer));
  }

  /** How many model rounds a reply took: one per tool call, and one for the answer (ReplyContext.cur_iter). */
  private static int rounds(ObjectNode reply) {
    int rounds = 1;
    for (JsonNode block : reply.path("content")) {
      rounds += "tool_call".equals(Json.text(block, "type")) ? 1 : 0;
    }
    return rounds;
  }

  /** The object under a field, made empty if the field holds none. */
  private static ObjectNode child(ObjectNode parent, String field) {
    return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
  }

  /** A ToolContext() as the server makes it: what list results reset the state's tool context to. */
  private static void resetToolContext(ObjectNode tools) {
    tools.removeAll();
    // A float on the wire (25000.0), as pydantic dumps it.
    tools.put("max_cache_files", 100).put("max_cache_bytes", 25000.0);
    tools.putArray("read_file_cache");
    tools.putArray("activated_groups");
  }

  // ---- messages and runs -------------------------------------------------------------------------------

  private ObjectNode message(String name, ArrayNode content, String role, String id, Instant at) {
    ObjectNode m = Json.object().put("name", name);
    m.set("content", content);
    m.put("role", role).put("id", id);
    m.putObject("metadata");
    m.put("created_at", naive(at)).putNull("usage").putNull("finished_at").putNull("finished_reason")
        .putNull("structured_output").putNull("error");
    return m;
  }

  private ObjectNode userMessage(Seeded r, String userId, String prompt, Instant at, boolean withImage) {
    ArrayNode content = Json.array().add(text(r, prompt, at));
    if (withImage) {
      ObjectNode data = content.addObject().put("type", "data").put("id", r.hex(32));
      data.putObject("source").put("type", "url").put("url", "https://files.example.com/" + r.hex(8) + ".png")
          .put("media_type", "image/png");
      data.put("name", "screenshot.png").put("created_at", naive(at)).putNull("finished_at");
    }
    return message(userId, content, "user", r.hex(32), at);
  }

  /** A finished reply: maybe thinking, maybe a tool call and its result, maybe a hint, then the answer. */
  private ObjectNode reply(Seeded r, String agentName, String answer, Instant at, boolean tool, boolean thinking,
      boolean hint) {
    ArrayNode content = Json.array();
    Instant t = at;
    if (thinking) {
      content.add(block("thinking", "thinking", "The user wants a short answer; check the sources first.", r, t));
    }
    if (tool) {
      String name = r.pick(TOOLS);
      String callId = "call_" + r.hex(24);
      content.add(toolCall(callId, name, Json.object().put("query", answer.substring(0, 12)), t));
      t = t.plusMillis(r.between(100, 4_000));
      content.add(toolResult(callId, name, r.chance(0.5), "3 results found.", r, t));
    }
    if (hint) {
      content.addObject().put("type", "hint").put("hint", "The user prefers answers under 100 words.")
          .put("id", r.hex(32)).put("source", "system").put("created_at", naive(t)).put("finished_at", naive(t));
    }
    content.add(text(r, answer, t));
    ObjectNode m = message(agentName, content, "assistant", r.hex(32), at);
    long in = r.between(800L, 12_000L);
    m.set("usage", usage(in, r.between(40L, 900L), r.chance(0.5) ? r.between(0L, in / 2) : 0, 0));
    Instant end = t.plusMillis(r.between(300, 6_000));
    m.put("finished_at", naive(end)).put("finished_reason", "completed");
    return m;
  }

  private ObjectNode text(Seeded r, String text, Instant at) {
    return block("text", "text", text, r, at);
  }

  private ObjectNode block(String type, String field, String value, Seeded r, Instant at) {
    return Json.object().put("type", type).put(field, value).put("id", r.hex(32)).put("created_at", naive(at))
        .put("finished_at", naive(at));
  }

  private ObjectNode toolCall(String id, String name, ObjectNode input, Instant at) {
    // The input is the raw JSON text the model streamed, not an object.
    ObjectNode b = Json.object().put("type", "tool_call").put("id", id).put("name", name)
        .put("input", Json.writeString(input)).put("state", "finished");
    b.putArray("suggested_rules");
    return b.put("created_at", naive(at)).put("finished_at", naive(at));
  }

  private ObjectNode toolResult(String id, String name, boolean asBlocks, String output, Seeded r, Instant at) {
    ObjectNode b = Json.object().put("type", "tool_result").put("id", id).put("name", name);
    if (asBlocks) {
      b.putArray("output").add(text(r, output, at));
    } else {
      b.put("output", output);
    }
    b.put("state", "success");
    b.putObject("metadata");
    return b.put("created_at", naive(at)).put("finished_at", naive(at));
  }

  private static ObjectNode usage(long in, long out, long cacheRead, long cacheWrite) {
    return Json.object().put("input_tokens", in).put("output_tokens", out).put("cache_input_tokens", cacheRead)
        .put("cache_creation_input_tokens", cacheWrite);
  }

  /**
   * The events of one short run (a tool call, its result, a streamed answer) and the reply they build, as
   * AgentScope's event types describe them. The reply's usage is the sum of its two model calls.
   */
  private Run script(Seeded r, String sessionId, String agentName, String model, Instant start) {
    String replyId = r.hex(32);
    String callId = "call_" + r.hex(24);
    String tool = r.pick(TOOLS);
    String answer = r.pick(ANSWERS);
    ObjectNode input = Json.object().put("query", answer.substring(0, 12));
    long in1 = r.between(800L, 6_000L);
    long out1 = r.between(20L, 120L);
    long in2 = in1 + r.between(200L, 1_500L);
    long out2 = r.between(40L, 400L);
    String textId = r.hex(32);
    List<ObjectNode> events = new ArrayList<>();
    Instant[] t = {start};
    BiFunction<String, Integer, ObjectNode> event = (type, stepMillis) -> {
      t[0] = t[0].plusMillis(stepMillis);
      ObjectNode e = event(r, type, t[0]);
      events.add(e);
      return e;
    };
    event.apply("REPLY_START", 0).put("session_id", sessionId).put("reply_id", replyId).put("name", agentName)
        .put("role", "assistant");
    event.apply("MODEL_CALL_START", 5).put("reply_id", replyId).put("model_name", model);
    event.apply("TOOL_CALL_START", 400).put("reply_id", replyId).put("tool_call_id", callId).put("tool_call_name", tool);
    event.apply("TOOL_CALL_DELTA", 30).put("reply_id", replyId).put("tool_call_id", callId)
        .put("delta", Json.writeString(input));
    event.apply("TOOL_CALL_END", 5).put("reply_id", replyId).put("tool_call_id", callId);
    modelCallEnd(event.apply("MODEL_CALL_END", 5).put("reply_id", replyId), in1, out1);
    event.apply("TOOL_RESULT_START", 5).put("reply_id", replyId).put("tool_call_id", callId).put("tool_call_name", tool);
    event.apply("TOOL_RESULT_TEXT_DELTA", 600).put("reply_id", replyId).put("tool_call_id", callId)
        .put("delta", "3 results found.");
    event.apply("TOOL_RESULT_END", 5).put("reply_id", replyId).put("tool_call_id", callId).put("state", "success");
    event.apply("MODEL_CALL_START", 5).put("reply_id", replyId).put("model_name", model);
    event.apply("TEXT_BLOCK_START", 350).put("reply_id", replyId).put("block_id", textId);
    // The answer streams in three deltas, cut between words.
    String[] words = answer.split(" ");
    for (int k = 0; k < 3; k++) {
      int from = words.length * k / 3;
      int to = words.length * (k + 1) / 3;
      String delta = String.join(" ", List.of(words).subList(from, to)) + (to < words.length ? " " : "");
      event.apply("TEXT_BLOCK_DELTA", 40).put("reply_id", replyId).put("block_id", textId).put("delta", delta);
    }
    event.apply("TEXT_BLOCK_END", 5).put("reply_id", replyId).put("block_id", textId);
    modelCallEnd(event.apply("MODEL_CALL_END", 5).put("reply_id", replyId), in2, out2);
    Instant end = t[0].plusMillis(5);
    event.apply("REPLY_END", 5).put("session_id", sessionId).put("reply_id", replyId)
        .put("finished_reason", "completed").putNull("error");

    ArrayNode content = Json.array();
    content.add(toolCall(callId, tool, input, start.plusMillis(405)));
    content.add(toolResult(callId, tool, false, "3 results found.", r, start.plusMillis(1_050)));
    content.add(Json.object().put("type", "text").put("text", answer).put("id", textId)
        .put("created_at", naive(start.plusMillis(1_400))).put("finished_at", naive(end)));
    ObjectNode reply = message(agentName, content, "assistant", replyId, start);
    reply.set("usage", usage(in1 + in2, out1 + out2, 0, 0));
    reply.put("finished_at", naive(end)).put("finished_reason", "completed");
    return new Run(List.copyOf(events), reply, true);
  }

  /** An event's common fields as the vendor's base event has them ({@code id, created_at, metadata}), then its type. */
  private ObjectNode event(Seeded r, String type, Instant at) {
    ObjectNode e = Json.object().put("id", r.hex(32)).put("created_at", naive(at));
    e.putObject("metadata");
    return e.put("type", type);
  }

  /**
   * The REPLY_END an interrupted run streams: the same reply, {@code finished_reason: interrupted}. Called
   * under the lock.
   */
  private ObjectNode interruptedEnd(String sessionId, Run run) {
    ObjectNode end = event(forAdded.split(), "REPLY_END", clock.instant().truncatedTo(ChronoUnit.MICROS));
    return end.put("session_id", sessionId).put("reply_id", run.reply.path("id").asText())
        .put("finished_reason", "interrupted").putNull("error");
  }

  /**
   * A run that fails before the model is called, as the real server's does when the session has no model: the
   * stream is REPLY_START then REPLY_END with {@code finished_reason: error} and the error, and the reply it
   * leaves is an assistant message with no content, named after the agent id, carrying the same error.
   */
  private Run failedSetup(Seeded r, String sessionId, String agentId, Instant start) {
    String replyId = r.hex(32);
    ObjectNode error = Json.object().put("type", "setup")
        .put("message", "The session could not be prepared \u2014 check the agent's model, tools and knowledge bases.");
    Instant end = start.plusMillis(5);
    ObjectNode begin = event(r, "REPLY_START", start).put("session_id", sessionId).put("reply_id", replyId).put("name", agentId)
        .put("role", "assistant");
    ObjectNode finish = event(r, "REPLY_END", end).put("session_id", sessionId).put("reply_id", replyId)
        .put("finished_reason", "error").set("error", error.deepCopy());
    ObjectNode reply = message(agentId, Json.array(), "assistant", replyId, start);
    reply.put("finished_at", naive(end)).put("finished_reason", "error").set("error", error);
    return new Run(List.of(begin, finish), reply, false);
  }

  private static void modelCallEnd(ObjectNode e, long in, long out) {
    e.put("input_tokens", in).put("output_tokens", out).put("cache_input_tokens", 0)
        .put("cache_creation_input_tokens", 0).put("finished_reason", "completed");
  }

  /** A time of the host's clock: messages, blocks, events, tasks. */
  private String naive(Instant t) {
    return Times.pythonNaiveIso(t, zone);
  }

  /** A time the storage writes on a record (sessions, agents, teams). */
  private String stored(Instant t) {
    return Times.pythonNaiveIso(t, storageTimeZone);
  }

  private Instant instant(ObjectNode node, String field) {
    return LocalDateTime.parse(node.path(field).asText()).atZone(zone).toInstant();
  }

  // ---- serving -----------------------------------------------------------------------------------------

  /** The record as PATCH answers it: {@code state.context} holds the session's messages, each whole. */
  private static ObjectNode served(Session s) {
    ObjectNode record = s.record.deepCopy();
    JsonNode state = record.get("state");
    if (state instanceof ObjectNode && state.has("context")) {
      ArrayNode context = ((ObjectNode) state).putArray("context");
      s.messages.forEach(m -> context.add(m.deepCopy()));
    }
    return record;
  }

  /**
   * The record as the list endpoint serves it (agentscope#1984): its context, summary and tool context are
   * cleared, since they hold the conversation and every file read.
   */
  private static ObjectNode listed(Session s) {
    ObjectNode record = s.record.deepCopy();
    if (record.get("state") instanceof ObjectNode state && state.has("context")) {
      state.putArray("context");
      state.put("summary", "");
      resetToolContext(child(state, "tool_context"));
    }
    return record;
  }

  private static ObjectNode view(Session s) {
    ObjectNode v = Json.object();
    v.set("session", listed(s));
    v.put("is_running", s.run != null);
    v.put("status", status(s));
    v.set("team", s.team == null ? null : s.team.deepCopy());
    return v;
  }

  /** The session's one status: running while a run is active, else idle (the fake parks on nothing). */
  private static String status(Session s) {
    return s.run != null ? "running" : "idle";
  }

  private List<Session> owned(String userId, String agentId) {
    List<Session> list = new ArrayList<>();
    for (Session s : sessions) {
      if (s.userId.equals(userId) && s.agentId.equals(agentId)) {
        list.add(s);
      }
    }
    list.sort(Comparator.comparing((Session s) -> createdAt(s)).thenComparing(Session::id).reversed());
    return list;
  }

  private LocalDateTime createdAt(Session s) {
    String t = Json.text(s.record, "created_at");
    return t == null ? LocalDateTime.MIN : LocalDateTime.parse(t);
  }

  // ---- the fake's Java API -----------------------------------------------------------------------------

  List<String> userIds() {
    synchronized (lock) {
      return List.copyOf(agents.keySet());
    }
  }

  List<String> agentIds(String userId) {
    synchronized (lock) {
      return agents.getOrDefault(userId, List.of()).stream().map(a -> a.path("id").asText()).toList();
    }
  }

  List<ObjectNode> views(String userId, String agentId) {
    synchronized (lock) {
      return owned(userId, agentId).stream().map(AgentScopeApi::view).toList();
    }
  }

  Optional<ObjectNode> record(String sessionId) {
    synchronized (lock) {
      return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst().map(AgentScopeApi::served);
    }
  }

  List<ObjectNode> messages(String sessionId) {
    synchronized (lock) {
      return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst()
          .map(s -> s.messages.stream().map(ObjectNode::deepCopy).toList()).orElse(List.of());
    }
  }

  boolean isRunning(String sessionId) {
    synchronized (lock) {
      return sessions.stream().anyMatch(s -> s.id().equals(sessionId) && s.run != null);
    }
  }

  void addAgent(String userId, String agentId) {
    synchronized (lock) {
      registerAgent(forAdded.split(), userId, agentId, forAdded.pick(AGENT_NAMES));
    }
  }

  ObjectNode add(FakeAgentScope.SessionSpec spec) {
    synchronized (lock) {
      return store(materialize(spec, forAdded.split()));
    }
  }

  ObjectNode add(String userId, ObjectNode raw) {
    ObjectNode record = raw.deepCopy();
    String agentId = Json.text(record, "agent_id");
    if (!record.path("id").isTextual() || agentId == null) {
      throw new IllegalArgumentException("the record needs a string id and agent_id");
    }
    try {
      LocalDateTime.parse(String.valueOf(Json.text(record, "created_at")));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("created_at must be a naive ISO time, was " + record.get("created_at"), e);
    }
    List<ObjectNode> messages = new ArrayList<>();
    JsonNode context = record.path("state").path("context");
    context.forEach(m -> messages.add(m.deepCopy()));
    synchronized (lock) {
      if (agent(userId, agentId) == null) {
        registerAgent(forAdded.split(), userId, agentId, forAdded.pick(AGENT_NAMES));
      }
      return store(new Session(userId, agentId, record, null, messages));
    }
  }

  private ObjectNode store(Session s) {
    if (sessions.stream().anyMatch(x -> x.id().equals(s.id()))) {
      throw new IllegalArgumentException("a session with id " + s.id() + " already exists");
    }
    sessions.add(s);
    return served(s);
  }

  // ---- HTTP --------------------------------------------------------------------------------------------

  Router router() {
    return new Router(ERRORS, true)
        .route("GET", "/sessions/", this::list)
        .route("POST", "/sessions/", this::create)
        .route("PATCH", "/sessions/{id}", this::update)
        .route("DELETE", "/sessions/{id}", this::delete)
        .route("GET", "/sessions/{id}/messages", this::listMessages)
        .route("GET", "/sessions/{id}/status", this::status)
        .route("POST", "/sessions/{id}/interrupt", this::interrupt)
        .route("GET", "/sessions/{id}/stream", this::stream)
        .route("POST", "/chat/", this::chat);
  }

  /** Records a missing {@code x-user-id} with the request's other validation errors, as FastAPI does. */
  private static String caller(FastApiValidation v, Request r) {
    String user = r.header("x-user-id");
    if (user == null) {
      v.missing("header", "x-user-id");
    }
    return user;
  }

  /** Ends validation (422), then refuses an empty identity (401), as the server's dependency does. */
  private static void validated(FastApiValidation v, String user) {
    v.throwIfAny();
    if (user.isBlank()) {
      throw ERRORS.fail(401, "x-user-id header must not be empty");
    }
  }

  /** The session config fields a create or update body may carry: strings and configs, each nullable. */
  private static void checkConfig(FastApiValidation v, ObjectNode body) {
    if (body != null) {
      v.optionalString(body, "workspace_id");
      v.optionalString(body, "name");
      v.optionalString(body, "cwd");
      CONFIG_OBJECTS.forEach(f -> v.optionalObject(body, f));
    }
  }

  private void requireAgent(String user, String agentId) {
    if (agent(user, agentId) == null) {
      throw ERRORS.fail(404, "Agent not found: " + agentId);
    }
  }

  private Session requireSession(String user, String agentId, String sessionId) {
    requireAgent(user, agentId);
    for (Session s : sessions) {
      if (s.id().equals(sessionId) && s.userId.equals(user) && s.agentId.equals(agentId)) {
        return s;
      }
    }
    throw ERRORS.fail(404, "Session not found: " + sessionId);
  }

  private Response list(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    String agentId = v.requiredQuery(r, "agent_id");
    validated(v, user);
    ObjectNode body = Json.object();
    synchronized (lock) {
      requireAgent(user, agentId);
      ArrayNode items = body.putArray("sessions");
      owned(user, agentId).forEach(s -> items.add(view(s)));
      body.put("total", items.size());
    }
    return Response.ok(body);
  }

  private Response create(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    ObjectNode body = v.objectBody(r);
    String agentId = body == null ? null : v.requiredString(body, "agent_id");
    checkConfig(v, body);
    validated(v, user);
    String id;
    synchronized (lock) {
      requireAgent(user, agentId);
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      Session s = materialize(new FakeAgentScope.SessionSpec().userId(user).agentId(agentId).createdAt(now)
          .messages(0), forAdded.split());
      ObjectNode config = (ObjectNode) s.record.get("config");
      for (String f : CONFIG_FIELDS) {
        if (f.equals("workspace_id") || f.equals("name")) {
          // Both always have a value: the server assigns a workspace and names the session after the time.
          if (body.hasNonNull(f)) {
            config.set(f, body.get(f).deepCopy());
          }
        } else if (!f.equals("cwd")) {
          config.set(f, body.hasNonNull(f) ? body.get(f).deepCopy() : null);
        }
      }
      // A new session has no history yet.
      ObjectNode state = (ObjectNode) s.record.get("state");
      state.put("summary", "");
      ((ObjectNode) state.get("tasks_context")).putArray("tasks");
      id = s.id();
      sessions.add(s);
    }
    return Response.json(201, Json.object().put("session_id", id));
  }

  private Response update(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    String agentId = v.requiredQuery(r, "agent_id");
    ObjectNode body = v.objectBody(r);
    checkConfig(v, body);
    if (body != null) {
      v.optionalString(body, "permission_mode");
    }
    validated(v, user);
    synchronized (lock) {
      Session s = requireSession(user, agentId, r.path("id"));
      if (s.run != null) {
        throw ERRORS.fail(409, "Cannot modify session configuration while the session is running.");
      }
      if (body.has("name") && body.get("name").isNull()) {
        // SessionConfig.name is a str: the server's model_validate fails inside the handler, a bare 500.
        throw new HttpError(Response.text(500, "Internal Server Error"));
      }
      ObjectNode config = (ObjectNode) s.record.get("config");
      // An omitted field stays as it is; a field sent as null is cleared.
      for (String f : CONFIG_FIELDS) {
        if (body.has(f)) {
          config.set(f, body.get(f).deepCopy());
        }
      }
      if (body.hasNonNull("permission_mode") && s.record.get("state") instanceof ObjectNode state) {
        // The only request field that lives in the state; a null mode leaves it as it is.
        child(state, "permission_context").set("mode", body.get("permission_mode").deepCopy());
      }
      s.record.put("updated_at", stored(clock.instant()));
      return Response.ok(served(s));
    }
  }

  /**
   * Validates a route whose only parameter is {@code agent_id} and finds the caller's session: 422, 401 or 404
   * as the server answers them.
   */
  private Session ownSession(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    String agentId = v.requiredQuery(r, "agent_id");
    validated(v, user);
    synchronized (lock) {
      return requireSession(user, agentId, r.path("id"));
    }
  }

  private Response delete(Request r) {
    Session s = ownSession(r);
    synchronized (lock) {
      sessions.remove(s);
    }
    return Response.empty(204);
  }

  /**
   * Messages as the server of the builder's choice pages them: by default as 2.0.4.post1 and newer do (the page
   * before {@code before}, or the latest, oldest first within it, and {@code has_more}; {@code offset} accepted
   * and ignored; an unknown cursor is an empty last page), else by {@code offset} with no {@code has_more}.
   */
  private Response listMessages(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    String agentId = v.requiredQuery(r, "agent_id");
    int offset = v.intQuery(r, "offset", 0, offsetPaging ? 0 : null, null);
    int limit = v.intQuery(r, "limit", 50, 1, 200);
    String before = r.query("before");
    validated(v, user);
    ObjectNode body = Json.object();
    synchronized (lock) {
      Session s = requireSession(user, agentId, r.path("id"));
      ArrayNode items = body.putArray("messages");
      List<ObjectNode> all = s.messages;
      if (offsetPaging) {
        for (int i = offset; i < all.size() && i < offset + limit; i++) {
          items.add(all.get(i).deepCopy());
        }
        body.put("is_running", s.run != null);
      } else {
        int end = all.size();
        if (before != null) {
          end = indexOf(all, before);
        }
        int start = Math.max(0, end - limit);
        for (int i = start; i < end; i++) {
          items.add(all.get(i).deepCopy());
        }
        body.put("is_running", s.run != null).put("has_more", start > 0);
      }
    }
    return Response.ok(body);
  }

  /** Where a message is in the session, or 0 (nothing before it) when the cursor is unknown. */
  private static int indexOf(List<ObjectNode> messages, String id) {
    for (int i = 0; i < messages.size(); i++) {
      if (id.equals(Json.text(messages.get(i), "id"))) {
        return i;
      }
    }
    return 0;
  }

  private Response status(Request r) {
    Session s = ownSession(r);
    synchronized (lock) {
      return Response.ok(Json.object().put("session_id", s.id()).put("status", status(s)));
    }
  }

  /**
   * Interrupts the session's run, as the server's cancel path ends one: the reply stops with the agent's
   * interruption message, {@code finished_reason: interrupted}. An idle session is left alone (202 either way).
   */
  private Response interrupt(Request r) {
    Session s = ownSession(r);
    synchronized (lock) {
      if (s.run != null) {
        ObjectNode reply = s.run.reply.deepCopy();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        reply.set("content", Json.array().add(text(forAdded.split(),
            "I notice the interruption. How can I help you?", now)));
        reply.put("finished_at", naive(now)).put("finished_reason", "interrupted");
        boolean saves = s.run.savesState();
        s.run = null;
        finish(s, reply, saves);
      }
      return Response.json(202, Json.object().put("session_id", s.id()));
    }
  }

  private Response chat(Request r) {
    FastApiValidation v = new FastApiValidation();
    String user = caller(v, r);
    ObjectNode body = v.objectBody(r);
    String agentId = null;
    String sessionId = null;
    if (body != null) {
      agentId = v.requiredString(body, "agent_id");
      sessionId = v.requiredString(body, "session_id");
      if (!body.hasNonNull("input")) {
        v.missing("body", "input");
      }
    }
    validated(v, user);
    synchronized (lock) {
      Session s = requireSession(user, agentId, sessionId);
      if (s.run != null) {
        throw ERRORS.fail(409, "Session " + sessionId + " is already running");
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      Seeded rnd = forAdded.split();
      JsonNode model = s.record.path("config").path("chat_model_config");
      if (!model.isObject()) {
        // As the real server without a model: the run fails at once, and the input is not kept.
        s.run = failedSetup(rnd, sessionId, agentId, now.plusMillis(30));
      } else {
        s.messages.add(message(user, content(rnd, body.get("input"), now), "user", rnd.hex(32), now));
        String agentName = agent(user, agentId).path("data").path("name").asText();
        s.run = script(rnd, sessionId, agentName, model.path("model").asText("qwen-max"), now.plusMillis(300));
      }
      s.record.put("updated_at", stored(now));
    }
    return Response.ok(Json.object().put("status", "started").put("session_id", sessionId));
  }

  /** The content of a chat input: a string becomes one text block; blocks or a message's content are kept. */
  private ArrayNode content(Seeded r, JsonNode input, Instant at) {
    if (input.isArray()) {
      return (ArrayNode) input.deepCopy();
    }
    if (input.isObject() && input.path("content").isArray()) {
      return (ArrayNode) input.get("content").deepCopy();
    }
    return Json.array().add(text(r, input.isTextual() ? input.asText() : input.toString(), at));
  }

  private Response stream(Request r) {
    Session session = ownSession(r);
    Run run;
    synchronized (lock) {
      run = session.run;
    }
    return Response.stream(200, Sse.CONTENT_TYPE, out -> play(out, session, run));
  }

  private void play(OutputStream out, Session session, Run run) throws IOException, InterruptedException {
    Sse.heartbeat(out);
    if (run == null) {
      return;
    }
    try {
      for (ObjectNode event : run.events) {
        Thread.sleep(streamDelay.toMillis());
        ObjectNode interrupted = null;
        synchronized (lock) {
          if (session.run != run) {
            interrupted = interruptedEnd(session.id(), run);
          }
        }
        if (interrupted != null) {
          // Interrupted while it played: the run ends as the interrupt left its reply.
          Sse.data(out, interrupted);
          return;
        }
        Sse.data(out, event);
        if ("TOOL_RESULT_END".equals(Json.text(event, "type"))) {
          Sse.heartbeat(out);
        }
      }
    } finally {
      // However the stream ended, the run is over: its reply joins the messages once.
      synchronized (lock) {
        if (session.run == run) {
          session.run = null;
          finish(session, run.reply.deepCopy(), run.savesState());
        }
      }
    }
  }

  /** A run is over: its reply joins the messages, the state points at it (if saved), the record is touched. */
  private void finish(Session session, ObjectNode reply, boolean savesState) {
    session.messages.add(reply);
    if (savesState && session.record.get("state") instanceof ObjectNode state) {
      child(state, "reply_context").put("reply_id", reply.path("id").asText()).put("cur_iter", rounds(reply));
      state.put("session_id", session.id());
    }
    session.record.put("updated_at", stored(instant(reply, "finished_at")));
  }
}
