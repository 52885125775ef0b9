package dev.sessionkit.testkit.internal.agentscope;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The AgentScope fake's agents, sessions and runs: their queries (a caller's sessions, newest first; one page of
 * messages; a session's status) and changes (create, update, delete, chat, interrupt, a run's end), and the
 * shapes records are served in. Everything it hands out is a copy, made under the lock. Thread-safe: every
 * access holds the store's lock, and so does every use of the seed after start; a run's script is immutable
 * once made, so a stream plays it without the lock.
 */
public final class AgentScopeStore {
  /** The config fields a create or update body may carry (an update may also send {@code permission_mode}). */
  private static final List<String> CONFIG_FIELDS = List.of("workspace_id", "name", "cwd", "chat_model_config",
      "fallback_chat_model_config", "tts_model_config", "knowledge_config");

  /** Why the store refused a change or a lookup; the routes answer each as the server does. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The reasons. */
    enum Reason {
      /** The caller owns no agent with that id. */
      NO_AGENT,
      /** The caller's agent has no session with that id. */
      NO_SESSION,
      /** The session has a run in progress. */
      RUNNING,
      /** An update sets {@code name} to null, which the server's session config cannot hold. */
      NULL_NAME
    }

    final Reason reason;

    Refused(Reason reason) {
      super(reason.name(), null, false, false);
      this.reason = reason;
    }
  }

  /**
   * One page of a session's messages.
   *
   * @param messages copies, oldest first
   * @param running whether the session has a run in progress
   * @param hasMore whether older messages come before the page
   */
  record MessagePage(List<ObjectNode> messages, boolean running, boolean hasMore) {}

  /**
   * The run a stream plays: the one in progress when the stream was asked for.
   *
   * @param session the session; only read under the lock
   * @param run the run, or null when the session was idle
   */
  record Playback(StoredSession session, ScriptedRun run) {}

  private final Object lock = new Object();
  private final AgentScopeSeed seed;
  private final Zones zones;
  private final Clock clock;
  private final Agents agents;
  private final List<StoredSession> sessions;

  /**
   * @param seed the seeded agents and sessions, which the store takes over, and what makes later records (used
   *     under the store's lock only)
   * @param zones the server's two clocks
   * @param clock what stamps changes made through the API
   */
  public AgentScopeStore(AgentScopeSeed seed, Zones zones, Clock clock) {
    this.seed = seed;
    this.zones = zones;
    this.clock = clock;
    this.agents = seed.agents();
    this.sessions = new ArrayList<>(seed.sessions());
  }

  // ---- the fake's Java API -------------------------------------------------------------------------------

  /** The users who own an agent, in a fixed order. */
  public List<String> userIds() {
    synchronized (lock) {
      return agents.userIds();
    }
  }

  /** The ids of a user's agents, oldest first; empty for an unknown user. */
  public List<String> agentIds(String userId) {
    synchronized (lock) {
      return agents.ids(userId);
    }
  }

  /** The sessions of one user and agent as the list endpoint serves them, newest first; copies. */
  public List<ObjectNode> views(String userId, String agentId) {
    synchronized (lock) {
      return owned(userId, agentId).stream().map(AgentScopeStore::view).toList();
    }
  }

  /** A session record whole, its {@code state.context} holding every message; a copy, empty when unknown. */
  public Optional<ObjectNode> record(String sessionId) {
    synchronized (lock) {
      return find(sessionId).map(AgentScopeStore::served);
    }
  }

  /** A session's messages, oldest first; copies, empty for an unknown session. */
  public List<ObjectNode> messages(String sessionId) {
    synchronized (lock) {
      return find(sessionId).map(s -> s.messages.stream().map(ObjectNode::deepCopy).toList()).orElse(List.of());
    }
  }

  /** Whether the session has a run in progress; false for an unknown session. */
  public boolean isRunning(String sessionId) {
    synchronized (lock) {
      return find(sessionId).map(s -> s.run != null).orElse(false);
    }
  }

  /**
   * Gives a user an agent with a generated record.
   *
   * @throws IllegalArgumentException when the user already owns an agent with this id
   */
  public void addAgent(String userId, String agentId) {
    synchronized (lock) {
      agents.add(seed.agent(userId, agentId));
    }
  }

  /**
   * Adds a session made from a spec, registering its user and agent if unknown.
   *
   * @return the record as {@link #record} serves it
   * @throws IllegalArgumentException when its id is taken
   */
  public ObjectNode add(AgentScopeSeed.SessionSpec spec) {
    synchronized (lock) {
      return store(seed.session(spec, agents));
    }
  }

  /**
   * Adds a session record given as raw JSON, served exactly as given; its {@code state.context}, if any, holds
   * its messages. The user and the record's {@code agent_id} are registered if unknown.
   *
   * @param userId the owner (the record's {@code user_id} is left as given)
   * @param raw the record; the store keeps a copy
   * @return the record as {@link #record} serves it
   * @throws IllegalArgumentException when it has no string {@code id} or {@code agent_id}, the id is taken, or
   *     {@code created_at} is not a naive ISO time
   */
  public ObjectNode addRaw(String userId, ObjectNode raw) {
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
    record.path("state").path("context").forEach(m -> messages.add(m.deepCopy()));
    synchronized (lock) {
      if (agents.find(userId, agentId) == null) {
        agents.add(seed.agent(userId, agentId));
      }
      return store(new StoredSession(userId, agentId, record, null, messages));
    }
  }

  private ObjectNode store(StoredSession s) {
    if (find(s.id()).isPresent()) {
      throw new IllegalArgumentException("a session with id " + s.id() + " already exists");
    }
    sessions.add(s);
    return served(s);
  }

  // ---- what the routes ask -------------------------------------------------------------------------------

  /**
   * The caller's sessions of one agent as the list endpoint serves them, newest first.
   *
   * @throws Refused {@code NO_AGENT}
   */
  List<ObjectNode> list(String userId, String agentId) {
    synchronized (lock) {
      requireAgent(userId, agentId);
      return views(userId, agentId);
    }
  }

  /**
   * Makes a session as {@code POST /sessions/} does: the body's config over a generated one (the workspace and
   * the name only when given, since the server always fills both; {@code cwd} never).
   *
   * @param body the request body
   * @return the new session's id
   * @throws Refused {@code NO_AGENT}
   */
  String create(String userId, String agentId, ObjectNode body) {
    synchronized (lock) {
      requireAgent(userId, agentId);
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      StoredSession s = seed.created(userId, agentId, now, agents);
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
      sessions.add(s);
      return s.id();
    }
  }

  /**
   * Updates a session's config as {@code PATCH} does: an omitted field stays as it is, a field sent as null is
   * cleared; a {@code permission_mode} goes into the state.
   *
   * @param body the request body
   * @return the whole record, as {@link #record} serves it
   * @throws Refused {@code NO_AGENT}, {@code NO_SESSION}, {@code RUNNING} or {@code NULL_NAME}, in that order
   */
  ObjectNode update(String userId, String agentId, String sessionId, ObjectNode body) {
    synchronized (lock) {
      StoredSession s = require(userId, agentId, sessionId);
      if (s.run != null) {
        throw new Refused(Refused.Reason.RUNNING);
      }
      if (body.has("name") && body.get("name").isNull()) {
        throw new Refused(Refused.Reason.NULL_NAME);
      }
      ObjectNode config = (ObjectNode) s.record.get("config");
      for (String f : CONFIG_FIELDS) {
        if (body.has(f)) {
          config.set(f, body.get(f).deepCopy());
        }
      }
      if (body.hasNonNull("permission_mode") && s.record.get("state") instanceof ObjectNode state) {
        // The only request field that lives in the state; a null mode leaves it as it is.
        child(state, "permission_context").set("mode", body.get("permission_mode").deepCopy());
      }
      s.record.put("updated_at", zones.stored(clock.instant()));
      return served(s);
    }
  }

  /**
   * Deletes a session.
   *
   * @throws Refused {@code NO_AGENT} or {@code NO_SESSION}
   */
  void delete(String userId, String agentId, String sessionId) {
    synchronized (lock) {
      sessions.remove(require(userId, agentId, sessionId));
    }
  }

  /**
   * One page of a session's messages.
   *
   * @param window which of the messages (oldest first) the page holds
   * @throws Refused {@code NO_AGENT} or {@code NO_SESSION}
   */
  MessagePage messages(String userId, String agentId, String sessionId,
      Function<List<ObjectNode>, MessageWindow> window) {
    synchronized (lock) {
      StoredSession s = require(userId, agentId, sessionId);
      MessageWindow w = window.apply(s.messages);
      List<ObjectNode> page = new ArrayList<>();
      for (int i = w.start(); i < w.end(); i++) {
        page.add(s.messages.get(i).deepCopy());
      }
      return new MessagePage(page, s.run != null, w.hasMore());
    }
  }

  /**
   * A session's one status: {@code running} while a run is in progress, else {@code idle}.
   *
   * @throws Refused {@code NO_AGENT} or {@code NO_SESSION}
   */
  String status(String userId, String agentId, String sessionId) {
    synchronized (lock) {
      return status(require(userId, agentId, sessionId));
    }
  }

  /**
   * Interrupts the session's run, if any: the reply ends with the agent's interruption message and joins the
   * messages at once. An idle session is left alone.
   *
   * @throws Refused {@code NO_AGENT} or {@code NO_SESSION}
   */
  void interrupt(String userId, String agentId, String sessionId) {
    synchronized (lock) {
      StoredSession s = require(userId, agentId, sessionId);
      if (s.run != null) {
        ObjectNode reply = seed.interruptedReply(s.run, clock.instant().truncatedTo(ChronoUnit.MICROS));
        boolean saves = s.run.savesState();
        s.run = null;
        finish(s, reply, saves);
      }
    }
  }

  /**
   * Starts a run on a session. With a chat model, the input joins the messages and a run answers it; without
   * one, as on the real server, the run fails at once and the input is not kept.
   *
   * @param input the request's {@code input}
   * @throws Refused {@code NO_AGENT}, {@code NO_SESSION} or {@code RUNNING}
   */
  void chat(String userId, String agentId, String sessionId, JsonNode input) {
    synchronized (lock) {
      StoredSession s = require(userId, agentId, sessionId);
      if (s.run != null) {
        throw new Refused(Refused.Reason.RUNNING);
      }
      Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      JsonNode model = s.record.path("config").path("chat_model_config");
      if (!model.isObject()) {
        s.run = seed.failedChat(sessionId, agentId, now);
      } else {
        String agentName = agents.find(userId, agentId).path("data").path("name").asText();
        AgentScopeSeed.Chat chat = seed.chat(userId, sessionId, agentName, model.path("model").asText("qwen-max"),
            input, now);
        s.messages.add(chat.input());
        s.run = chat.run();
      }
      s.record.put("updated_at", zones.stored(now));
    }
  }

  /**
   * The run a stream of the session plays: the one in progress now, if any.
   *
   * @throws Refused {@code NO_AGENT} or {@code NO_SESSION}
   */
  Playback playback(String userId, String agentId, String sessionId) {
    synchronized (lock) {
      StoredSession s = require(userId, agentId, sessionId);
      return new Playback(s, s.run);
    }
  }

  /**
   * Whether the played run was interrupted (or ended) since the stream began.
   *
   * @return the REPLY_END the stream ends with when it was, else null
   */
  ObjectNode interruptedEnd(Playback p) {
    synchronized (lock) {
      if (p.session().run == p.run()) {
        return null;
      }
      return seed.interruptedEnd(p.session().id(), p.run(), clock.instant().truncatedTo(ChronoUnit.MICROS));
    }
  }

  /** Ends the played run, however its stream ended: its reply joins the messages once. */
  void end(Playback p) {
    synchronized (lock) {
      StoredSession s = p.session();
      if (s.run == p.run()) {
        s.run = null;
        finish(s, p.run().reply().deepCopy(), p.run().savesState());
      }
    }
  }

  /** A run is over: its reply joins the messages, the state points at it (if saved), the record is touched. */
  private void finish(StoredSession s, ObjectNode reply, boolean savesState) {
    s.messages.add(reply);
    if (savesState && s.record.get("state") instanceof ObjectNode state) {
      child(state, "reply_context").put("reply_id", reply.path("id").asText())
          .put("cur_iter", AgentScopeSeed.rounds(reply));
      state.put("session_id", s.id());
    }
    s.record.put("updated_at", zones.stored(zones.instant(reply, "finished_at")));
  }

  // ---- lookup --------------------------------------------------------------------------------------------

  private Optional<StoredSession> find(String sessionId) {
    return sessions.stream().filter(s -> s.id().equals(sessionId)).findFirst();
  }

  private void requireAgent(String userId, String agentId) {
    if (agents.find(userId, agentId) == null) {
      throw new Refused(Refused.Reason.NO_AGENT);
    }
  }

  /** The caller's session of their agent: the agent is checked first, as the server's handlers do. */
  private StoredSession require(String userId, String agentId, String sessionId) {
    requireAgent(userId, agentId);
    for (StoredSession s : sessions) {
      if (s.id().equals(sessionId) && s.userId.equals(userId) && s.agentId.equals(agentId)) {
        return s;
      }
    }
    throw new Refused(Refused.Reason.NO_SESSION);
  }

  /** The user's sessions of one agent, newest first by {@code created_at} (ties by id, descending). */
  private List<StoredSession> owned(String userId, String agentId) {
    List<StoredSession> list = new ArrayList<>();
    for (StoredSession s : sessions) {
      if (s.userId.equals(userId) && s.agentId.equals(agentId)) {
        list.add(s);
      }
    }
    list.sort(Comparator.comparing(AgentScopeStore::createdAt).thenComparing(StoredSession::id).reversed());
    return list;
  }

  /** The record's creation time; a raw record without one sorts oldest. */
  private static LocalDateTime createdAt(StoredSession s) {
    String t = Json.text(s.record, "created_at");
    return t == null ? LocalDateTime.MIN : LocalDateTime.parse(t);
  }

  // ---- served shapes -------------------------------------------------------------------------------------

  /** The record as PATCH answers it: {@code state.context} holds the session's messages, each whole. */
  private static ObjectNode served(StoredSession s) {
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
  private static ObjectNode listed(StoredSession s) {
    ObjectNode record = s.record.deepCopy();
    if (record.get("state") instanceof ObjectNode state && state.has("context")) {
      state.putArray("context");
      state.put("summary", "");
      AgentScopeSeed.resetToolContext(child(state, "tool_context"));
    }
    return record;
  }

  /** A SessionView: the listed record, whether it runs, its status and its team. */
  private static ObjectNode view(StoredSession s) {
    ObjectNode v = Json.object();
    v.set("session", listed(s));
    v.put("is_running", s.run != null);
    v.put("status", status(s));
    v.set("team", s.team == null ? null : s.team.deepCopy());
    return v;
  }

  /** The session's one status: running while a run is active, else idle (the fake parks on nothing). */
  private static String status(StoredSession s) {
    return s.run != null ? "running" : "idle";
  }

  /** The object under a field, made empty if the field holds none. */
  private static ObjectNode child(ObjectNode parent, String field) {
    return parent.get(field) instanceof ObjectNode existing ? existing : parent.putObject(field);
  }
}
