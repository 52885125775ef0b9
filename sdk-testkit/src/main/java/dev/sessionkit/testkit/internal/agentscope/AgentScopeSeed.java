package dev.sessionkit.testkit.internal.agentscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.Seeded;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * What the AgentScope fake starts with, and how the records and events of later changes are made: agents,
 * sessions with their state, messages and teams, and scripted runs, all drawn from one seed so that a seed always
 * gives the same data. The seeded records are drawn in the constructor; what is added later draws from a
 * randomness of its own, so that adding never changes the seeded records. Not thread-safe: after the constructor
 * the store calls it under its lock.
 */
public final class AgentScopeSeed {
  /**
   * A session to make; a null field is drawn from the seed or defaulted.
   *
   * @param userId the owner, or null for the first seeded user
   * @param agentId the agent, or null for the owner's first (drawn when they have none)
   * @param id the session id, or null for a drawn one
   * @param name {@code config.name}, or null for a drawn one
   * @param model the chat model, or null for {@code qwen-max}
   * @param source the source, or null for {@code user}
   * @param createdAt the creation time, or null for the reference time
   * @param messages how many messages, or null for 8
   * @param running whether a run is in progress
   * @param team whether the session belongs to a team
   */
  public record SessionSpec(String userId, String agentId, String id, String name, String model, String source,
      Instant createdAt, Integer messages, boolean running, boolean team) {}

  /**
   * What a chat starts: the input as a user message and the run that answers it.
   *
   * @param input the user message the input becomes
   * @param run the run
   */
  record Chat(ObjectNode input, ScriptedRun run) {}

  private static final List<String> AGENT_NAMES = List.of("Friday", "Scout", "Ledger", "Atlas", "Juniper");
  private static final List<String> PROMPTS = List.of("What's on my calendar tomorrow?",
      "Summarise the attached quarterly report in five bullets.", "Find flights from Zurich to Lisbon next Friday.",
      "Draft a reply to the landlord about the broken heater.", "Plot last month's expenses by category.");
  private static final List<String> ANSWERS = List.of("You have two meetings tomorrow: stand-up at 9:30 and a "
      + "design review at 14:00.", "Here are the five points that matter most in the report.",
      "The cheapest direct flight leaves at 07:05 and costs CHF 142.", "Here is a short, firm draft you can send.",
      "Groceries and rent make up 61% of last month's spending; the chart is below.");
  private static final List<String> TOOLS = List.of("web_search", "read_file", "execute_python_code", "get_calendar");
  private static final String INTERRUPTION_MESSAGE = "I notice the interruption. How can I help you?";

  private final Zones zones;
  private final Instant reference;
  private final List<String> users;
  private final Agents agents = new Agents();
  private final List<StoredSession> sessions = new ArrayList<>();
  /** Randomness for what is made after start, apart from the seeded records so adding never changes those. */
  private final Seeded forAdded;

  /**
   * Draws the seeded data: each user's agents, then the sessions, spread over every user's agents in turn.
   *
   * @param seed the seed
   * @param referenceTime "now" for the data: sessions are made in the 30 days before it
   * @param zones the server's two clocks
   * @param users the users who own the agents, at least one
   * @param agentsPerUser how many agents each owns, at least one
   * @param sessionCount how many sessions
   * @param messagesPerSession how many messages each holds
   */
  public AgentScopeSeed(long seed, Instant referenceTime, Zones zones, List<String> users, int agentsPerUser,
      int sessionCount, int messagesPerSession) {
    this.zones = zones;
    this.reference = referenceTime.truncatedTo(ChronoUnit.MICROS);
    this.users = List.copyOf(users);
    Seeded root = new Seeded(seed);
    Seeded people = root.split();
    List<String[]> pairs = new ArrayList<>();
    for (String user : users) {
      for (int k = 0; k < agentsPerUser; k++) {
        String agentId = people.hex(32);
        agents.add(agent(people, user, agentId, AGENT_NAMES.get(k % AGENT_NAMES.size())));
        pairs.add(new String[] {user, agentId});
      }
    }
    Seeded random = root.split();
    for (int i = 0; i < sessionCount; i++) {
      Seeded r = random.split();
      String[] pair = pairs.get(i % pairs.size());
      // Drawn in this order (model, source, time, running, team): a seed gives the same sessions.
      SessionSpec spec = new SessionSpec(pair[0], pair[1], null, null,
          r.weighted(List.of("qwen-max", "claude-sonnet-4-5", "gpt-4o-mini", "gemini-2.5-pro"), 3, 3, 2, 2),
          r.weighted(List.of("user", "schedule", "channel"), 7, 2, 1),
          r.before(reference.minus(Duration.ofHours(2)), Duration.ofDays(30)), messagesPerSession,
          r.chance(0.12), r.chance(0.25));
      sessions.add(session(spec, r, agents));
    }
    this.forAdded = root.split();
  }

  /** The seeded agents; the store takes them over. */
  Agents agents() {
    return agents;
  }

  /** The seeded sessions; the store takes them over. */
  List<StoredSession> sessions() {
    return sessions;
  }

  // ---- made after start ----------------------------------------------------------------------------------

  /** A new agent record with a drawn name and creation time. */
  ObjectNode agent(String userId, String agentId) {
    Seeded r = forAdded.split();
    return agent(r, userId, agentId, forAdded.pick(AGENT_NAMES));
  }

  /** A session made from a spec; an agent it names that is not in {@code agents} is drawn and added there. */
  StoredSession session(SessionSpec spec, Agents agents) {
    return session(spec, forAdded.split(), agents);
  }

  /**
   * A session as {@code POST /sessions/} makes it: no messages, no summary, no tasks; the request's config is
   * the store's to apply.
   */
  StoredSession created(String userId, String agentId, Instant now, Agents agents) {
    StoredSession s = session(new SessionSpec(userId, agentId, null, null, null, null, now, 0, false, false),
        forAdded.split(), agents);
    // A new session has no history yet.
    ObjectNode state = (ObjectNode) s.record.get("state");
    state.put("summary", "");
    ((ObjectNode) state.get("tasks_context")).putArray("tasks");
    return s;
  }

  /**
   * What a chat starts on a session with a model: the input as a user message, and a run that answers it.
   *
   * @param input the request's {@code input}: a string, blocks, or a message
   */
  Chat chat(String userId, String sessionId, String agentName, String model, JsonNode input, Instant now) {
    Seeded r = forAdded.split();
    ObjectNode message = message(userId, content(r, input, now), "user", r.hex(32), now);
    return new Chat(message, script(r, sessionId, agentName, model, now.plusMillis(300)));
  }

  /** What a chat starts on a session without a model: a run that fails at once (see {@link #failedSetup}). */
  ScriptedRun failedChat(String sessionId, String agentId, Instant now) {
    return failedSetup(forAdded.split(), sessionId, agentId, now.plusMillis(30));
  }

  /**
   * The reply an interrupted run leaves, as the server's cancel path ends one: the agent's interruption message,
   * {@code finished_reason: interrupted}.
   */
  ObjectNode interruptedReply(ScriptedRun run, Instant now) {
    ObjectNode reply = run.reply().deepCopy();
    reply.set("content", Json.array().add(text(forAdded.split(), INTERRUPTION_MESSAGE, now)));
    reply.put("finished_at", zones.naive(now)).put("finished_reason", "interrupted");
    return reply;
  }

  /** The REPLY_END an interrupted run streams: the same reply, {@code finished_reason: interrupted}. */
  ObjectNode interruptedEnd(String sessionId, ScriptedRun run, Instant now) {
    ObjectNode end = event(forAdded.split(), "REPLY_END", now);
    return end.put("session_id", sessionId).put("reply_id", run.reply().path("id").asText())
        .put("finished_reason", "interrupted").putNull("error");
  }

  // ---- records ---------------------------------------------------------------------------------------------

  private ObjectNode agent(Seeded r, String userId, String agentId, String name) {
    Instant created = r.before(reference.minus(Duration.ofDays(31)), Duration.ofDays(60));
    // An AgentRecord as the storage dumps it; the views add "editable".
    ObjectNode agent = Json.object().put("id", agentId).put("updated_at", zones.stored(created))
        .put("created_at", zones.stored(created)).put("user_id", userId).put("source", "user");
    ObjectNode data = agent.putObject("data").put("name", name)
        .put("system_prompt", "You're " + name + ", a helpful assistant.");
    data.putObject("context_config").put("trigger_ratio", 0.8).put("reserve_ratio", 0.1)
        .put("compression_prompt", "<system-hint>Write a continuation summary.</system-hint>")
        .put("summary_template", "<system-info>Here is a summary of your previous work\n{task_overview}</system-info>")
        .putObject("summary_schema");
    ((ObjectNode) data.get("context_config")).put("tool_result_limit", 3000).put("max_image_num", 5);
    data.putObject("react_config").put("max_iters", 20).put("structured_output_grace_iters", 5)
        .put("stop_on_reject", false).put("interruption_message", INTERRUPTION_MESSAGE)
        .put("interruption_raise_cancelled_error", false);
    data.putObject("invite_config").put("invitable", false).putNull("invite_description");
    return agent;
  }

  private StoredSession session(SessionSpec spec, Seeded r, Agents agents) {
    String userId = spec.userId() != null ? spec.userId() : users.get(0);
    String agentId = spec.agentId() != null ? spec.agentId()
        : agents.of(userId).stream().map(a -> a.path("id").asText()).findFirst().orElse(null);
    if (agentId == null) {
      agentId = r.hex(32);
    }
    ObjectNode agent = agents.find(userId, agentId);
    if (agent == null) {
      agent = agent(r, userId, agentId, r.pick(AGENT_NAMES));
      agents.add(agent);
    }
    String agentName = agent.path("data").path("name").asText();
    String id = spec.id() != null ? spec.id() : r.hex(32);
    Instant created = (spec.createdAt() != null ? spec.createdAt() : reference).truncatedTo(ChronoUnit.MICROS);
    String model = spec.model() != null ? spec.model() : "qwen-max";
    int count = spec.messages() != null ? spec.messages() : 8;

    List<ObjectNode> messages = new ArrayList<>();
    Instant t = created.plusMillis(r.between(200, 3_000));
    for (int i = 0; i < count; i++) {
      messages.add(i % 2 == 0 ? userMessage(r, userId, r.pick(PROMPTS), t, r.chance(0.1))
          : reply(r, agentName, model, r.pick(ANSWERS), t, r.chance(0.5), r.chance(0.4), r.chance(0.1)));
      t = t.plusMillis(r.between(1_500, 60_000));
    }
    ScriptedRun run = null;
    if (spec.running()) {
      // The input the run answers is already in memory; the reply arrives with the stream.
      messages.add(userMessage(r, userId, r.pick(PROMPTS), t, false));
      run = script(r, id, agentName, model, t.plusMillis(300));
    }
    Instant updated = messages.isEmpty() ? created : zones.instant(messages.get(messages.size() - 1), "created_at");

    // In the order the server's SessionRecord dumps its fields.
    String source = spec.source() != null ? spec.source() : "user";
    ObjectNode record = Json.object().put("id", id).put("updated_at", zones.stored(updated))
        .put("created_at", zones.stored(created)).put("user_id", userId).put("agent_id", agentId).put("source", source)
        .put("source_schedule_id", source.equals("schedule") ? r.hex(32) : null)
        .put("source_chat_id", source.equals("channel") ? "chat-" + r.hex(8) : null)
        .put("source_channel_id", source.equals("channel") ? r.hex(32) : null);
    ObjectNode team = spec.team() ? team(r, userId, id, agent, created) : null;
    record.put("team_id", team == null ? null : team.path("team").path("id").asText());
    ObjectNode config = record.putObject("config");
    // The server always binds a workspace (WorkspaceManagerBase.assign_workspace_id when the body has none).
    config.put("workspace_id", "ws-" + r.hex(12));
    config.put("name", spec.name() != null ? spec.name() : r.pick(List.of("Trip planning", "Inbox zero", "Q1 report",
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
      task.put("created_at", zones.naive(created)).put("state", r.pick(List.of("pending", "in_progress", "completed")))
          .put("id", r.hex(32)).put("owner", agentName);
      task.putArray("blocks");
      task.putArray("blocked_by");
    }
    state.putObject("middle_context");
    StoredSession s = new StoredSession(userId, agentId, record, team, messages);
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
    ObjectNode team = view.putObject("team").put("id", r.hex(32)).put("updated_at", zones.stored(created))
        .put("created_at", zones.stored(created)).put("user_id", userId).put("session_id", sessionId)
        .put("leader_agent_id", leader.path("id").asText());
    ObjectNode data = team.putObject("data").put("name", "Household admin").put("description", "");
    ArrayNode memberIds = data.putArray("member_ids");
    ArrayNode roster = data.putArray("members");
    view.set("leader_agent", agentView(leader, userId));
    ArrayNode members = view.putArray("members");
    for (ObjectNode a : agents.of(userId)) {
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
  static int rounds(ObjectNode reply) {
    int rounds = 1;
    for (JsonNode block : reply.path("content")) {
      rounds += "tool_call".equals(Json.text(block, "type")) ? 1 : 0;
    }
    return rounds;
  }

  /** A ToolContext() as the server makes it: what list results reset the state's tool context to. */
  static void resetToolContext(ObjectNode tools) {
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
    m.put("created_at", zones.naive(at)).putNull("usage").putNull("finished_at").putNull("finished_reason")
        .putNull("structured_output").putNull("error");
    return m;
  }

  private ObjectNode userMessage(Seeded r, String userId, String prompt, Instant at, boolean withImage) {
    ArrayNode content = Json.array().add(text(r, prompt, at));
    if (withImage) {
      ObjectNode data = content.addObject().put("type", "data").put("id", r.hex(32));
      data.putObject("source").put("type", "url").put("url", "https://files.example.com/" + r.hex(8) + ".png")
          .put("media_type", "image/png");
      data.put("name", "screenshot.png").put("created_at", zones.naive(at)).putNull("finished_at");
    }
    return message(userId, content, "user", r.hex(32), at);
  }

  /** A finished reply: maybe thinking, maybe a tool call and its result, maybe a hint, then the answer. */
  private ObjectNode reply(Seeded r, String agentName, String model, String answer, Instant at, boolean tool,
      boolean thinking, boolean hint) {
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
          .put("id", r.hex(32)).put("source", "system").put("created_at", zones.naive(t)).put("finished_at", zones.naive(t));
    }
    content.add(text(r, answer, t));
    ObjectNode m = message(agentName, content, "assistant", r.hex(32), at);
    long in = r.between(800L, 12_000L);
    long out = r.between(40L, 900L);
    // Drawn for every model, so that a seed gives the same records whatever the model.
    long cacheRead = r.chance(0.5) ? r.between(0L, in / 2) : 0;
    m.set("usage", usage(in, out, cachesByItself(model) ? cacheRead : 0, 0));
    Instant end = t.plusMillis(r.between(300, 6_000));
    m.put("finished_at", zones.naive(end)).put("finished_reason", "completed");
    return m;
  }

  private ObjectNode text(Seeded r, String text, Instant at) {
    return block("text", "text", text, r, at);
  }

  private ObjectNode block(String type, String field, String value, Seeded r, Instant at) {
    return Json.object().put("type", type).put(field, value).put("id", r.hex(32)).put("created_at", zones.naive(at))
        .put("finished_at", zones.naive(at));
  }

  private ObjectNode toolCall(String id, String name, ObjectNode input, Instant at) {
    // The input is the raw JSON text the model streamed, not an object.
    ObjectNode b = Json.object().put("type", "tool_call").put("id", id).put("name", name)
        .put("input", Json.writeString(input)).put("state", "finished");
    b.putArray("suggested_rules");
    return b.put("created_at", zones.naive(at)).put("finished_at", zones.naive(at));
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
    return b.put("created_at", zones.naive(at)).put("finished_at", zones.naive(at));
  }

  /**
   * Whether the model's provider caches prompts without being asked: the ones whose AgentScope wrappers report
   * prompt tokens that include the cache reads (OpenAI, DashScope, Gemini, …). Anthropic caches only what a
   * request marks with {@code cache_control}, which AgentScope never sends, so its replies report no cache tokens
   * (and Anthropic's input would leave them out).
   */
  private static boolean cachesByItself(String model) {
    return !model.startsWith("claude");
  }

  /**
   * The tokens of a prompt that a provider caching by itself reads from the cache when the prompt's start was
   * sent before: in whole blocks of 128, once at least 1,024 (OpenAI's rule, which the fake uses for all).
   */
  private static long cachedPrefix(String model, long sentBefore) {
    return cachesByItself(model) && sentBefore >= 1_024 ? sentBefore - sentBefore % 128 : 0;
  }

  private static ObjectNode usage(long in, long out, long cacheRead, long cacheWrite) {
    return Json.object().put("input_tokens", in).put("output_tokens", out).put("cache_input_tokens", cacheRead)
        .put("cache_creation_input_tokens", cacheWrite);
  }

  /**
   * The events of one short run (a tool call, its result, a streamed answer) and the reply they build, as
   * AgentScope's event types describe them. The second call's prompt starts with the whole first one, which a
   * provider that caches by itself reads from its cache. The reply's usage is the sum of its two model calls.
   */
  private ScriptedRun script(Seeded r, String sessionId, String agentName, String model, Instant start) {
    String replyId = r.hex(32);
    String callId = "call_" + r.hex(24);
    String tool = r.pick(TOOLS);
    String answer = r.pick(ANSWERS);
    ObjectNode input = Json.object().put("query", answer.substring(0, 12));
    long in1 = r.between(800L, 6_000L);
    long out1 = r.between(20L, 120L);
    long in2 = in1 + r.between(200L, 1_500L);
    long out2 = r.between(40L, 400L);
    long cached2 = cachedPrefix(model, in1);
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
    modelCallEnd(event.apply("MODEL_CALL_END", 5).put("reply_id", replyId), in1, out1, 0);
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
    modelCallEnd(event.apply("MODEL_CALL_END", 5).put("reply_id", replyId), in2, out2, cached2);
    Instant end = t[0].plusMillis(5);
    event.apply("REPLY_END", 5).put("session_id", sessionId).put("reply_id", replyId)
        .put("finished_reason", "completed").putNull("error");

    ArrayNode content = Json.array();
    content.add(toolCall(callId, tool, input, start.plusMillis(405)));
    content.add(toolResult(callId, tool, false, "3 results found.", r, start.plusMillis(1_050)));
    content.add(Json.object().put("type", "text").put("text", answer).put("id", textId)
        .put("created_at", zones.naive(start.plusMillis(1_400))).put("finished_at", zones.naive(end)));
    ObjectNode reply = message(agentName, content, "assistant", replyId, start);
    reply.set("usage", usage(in1 + in2, out1 + out2, cached2, 0));
    reply.put("finished_at", zones.naive(end)).put("finished_reason", "completed");
    return new ScriptedRun(List.copyOf(events), reply, true);
  }

  /** An event's common fields as the vendor's base event has them ({@code id, created_at, metadata}), then its type. */
  private ObjectNode event(Seeded r, String type, Instant at) {
    ObjectNode e = Json.object().put("id", r.hex(32)).put("created_at", zones.naive(at));
    e.putObject("metadata");
    return e.put("type", type);
  }

  /**
   * A run that fails before the model is called, as the real server's does when the session has no model: the
   * stream is REPLY_START then REPLY_END with {@code finished_reason: error} and the error, and the reply it
   * leaves is an assistant message with no content, named after the agent id, carrying the same error.
   */
  private ScriptedRun failedSetup(Seeded r, String sessionId, String agentId, Instant start) {
    String replyId = r.hex(32);
    ObjectNode error = Json.object().put("type", "setup")
        .put("message", "The session could not be prepared \u2014 check the agent's model, tools and knowledge bases.");
    Instant end = start.plusMillis(5);
    ObjectNode begin = event(r, "REPLY_START", start).put("session_id", sessionId).put("reply_id", replyId).put("name", agentId)
        .put("role", "assistant");
    ObjectNode finish = event(r, "REPLY_END", end).put("session_id", sessionId).put("reply_id", replyId)
        .put("finished_reason", "error").set("error", error.deepCopy());
    ObjectNode reply = message(agentId, Json.array(), "assistant", replyId, start);
    reply.put("finished_at", zones.naive(end)).put("finished_reason", "error").set("error", error);
    return new ScriptedRun(List.of(begin, finish), reply, false);
  }

  private static void modelCallEnd(ObjectNode e, long in, long out, long cacheRead) {
    e.put("input_tokens", in).put("output_tokens", out).put("cache_input_tokens", cacheRead)
        .put("cache_creation_input_tokens", 0).put("finished_reason", "completed");
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
}
