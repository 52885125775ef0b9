package dev.sessionkit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.sessions.SessionRecord;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.testkit.internal.FakeHttpServer;
import dev.sessionkit.testkit.internal.ModelReader;
import dev.sessionkit.testkit.internal.agentscope.AgentScopeRoutes;
import dev.sessionkit.testkit.internal.agentscope.AgentScopeSeed;
import dev.sessionkit.testkit.internal.agentscope.AgentScopeStore;
import dev.sessionkit.testkit.internal.agentscope.Zones;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fake AgentScope Agent Service, shaped after the vendor's server (agentscope da00849, 2026-08-22): sessions
 * owned per user ({@code x-user-id}) and agent, their messages, chat runs and their Server-Sent Event streams.
 * Thread-safe.
 *
 * <pre>{@code
 * try (FakeAgentScope fake = FakeAgentScope.start()) {
 *   AgentsClient client = fake.clientBuilder().build();   // the first user, the server's zones
 *   String agent = fake.agentIds(fake.userIds().get(0)).get(0);
 *   client.sessions().list(ListSessionsRequest.builder().agentId(agent).build());
 * }
 * }</pre>
 *
 * <p>Served (every route needs {@code x-user-id}: missing is FastAPI's 422, empty is a 401):
 * <ul>
 *   <li>{@code GET /sessions/?agent_id=}: {@code {sessions: [{session, is_running, status, team}], total}},
 *       newest first by {@code created_at}; 404 when the agent is not the caller's. As on the real server, the
 *       listed records' {@code state.context}, {@code summary} and {@code tool_context} are cleared; a team is
 *       {@code {team, leader_agent, members: [{agent, session_id}]}} with {@code editable} agent views.</li>
 *   <li>{@code POST /sessions/} (201 {@code {session_id}}); {@code PATCH /sessions/{id}?agent_id=} (an omitted
 *       field stays, an explicit null clears; answers the whole record; 409 while a run is active; a null
 *       {@code name} is the real server's bare 500); {@code DELETE /sessions/{id}?agent_id=} (204).</li>
 *   <li>{@code GET /sessions/{id}/messages?agent_id=&before=&limit=} (limit 1..200, default 50):
 *       {@code {messages, is_running, has_more}}, the latest page first and each page oldest first;
 *       {@code offset} is accepted and ignored, as on 2.0.4.post1 and newer. With
 *       {@link Builder#offsetMessagePaging(boolean)} it pages as servers before that did: by {@code offset},
 *       oldest first, with no {@code has_more}.</li>
 *   <li>{@code GET /sessions/{id}/status?agent_id=} ({@code {session_id, status}}) and
 *       {@code POST /sessions/{id}/interrupt?agent_id=} (202 {@code {session_id}}: an active run ends with the
 *       agent's interruption message, {@code finished_reason: interrupted}).</li>
 *   <li>{@code POST /chat/} ({@code {agent_id, session_id, input}} → {@code {status: "started", session_id}},
 *       409 while a run is active; a session without {@code chat_model_config} runs as the real server's does
 *       without a model: it fails at once, {@code REPLY_END} with {@code finished_reason: error} and a
 *       {@code setup} error, and leaves an empty assistant message with that error) and {@code GET /sessions/{id}/stream?agent_id=}: the active run as
 *       {@code data: <event JSON>} frames ({@code REPLY_START}, {@code MODEL_CALL_*}, {@code TOOL_CALL_*},
 *       {@code TOOL_RESULT_*}, {@code TEXT_BLOCK_*}, {@code REPLY_END}) with {@code :} heartbeats, after
 *       which the run is over and its reply is a message; with no active run the stream ends at once.</li>
 * </ul>
 * A path without its trailing slash is redirected (307), as FastAPI does.
 *
 * <p>Times are naive ({@code 2026-05-01T12:00:00.123456}, no zone), on two clocks as on the real server:
 * messages, blocks, events and tasks in the host's zone ({@link Builder#serverTimeZone(ZoneId)}, UTC by default),
 * session, agent and team records in the storage's ({@link Builder#storageTimeZone(ZoneId)}, UTC: the SQL storage).
 */
public final class FakeAgentScope extends FakeServer {
  private final Zones zones;
  private final AgentScopeStore store;
  private final ModelReader models;

  private FakeAgentScope(FakeHttpServer http, boolean realSleeps, Zones zones, AgentScopeStore store) {
    super(http, "", realSleeps);
    this.zones = zones;
    this.store = store;
    this.models = new ModelReader(zones.server(), zones.storage());
  }

  /**
   * Starts a fake with the default seed and sizes.
   *
   * @return the started fake; close it when done
   */
  public static FakeAgentScope start() {
    return builder().start();
  }

  /**
   * A builder with the defaults (pinned by a test, listed in the README): seed 42; users {@code alice} and
   * {@code bob} with 2 agents each (ids of 32 hex digits); 12 sessions (ids of 32 hex digits) spread over those
   * agents in turn, of 8 messages each; both zones UTC; messages paged by {@code before} (2.0.4.post1 and
   * newer) in pages of 50 when no {@code limit} is sent; 20 ms between streamed events; clients of
   * {@code alice}, which record retry waits, not sleep them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a client of this fake: its base URL, its first user as {@code x-user-id}, its two zones
   * for reading naive times, and {@link #retryPolicy()} (waits recorded in {@link #sleeps()}, not slept). Add
   * settings (another {@code userId}, retries, …) before {@code build()}.
   *
   * @return a new client builder
   */
  public AgentsClient.Builder clientBuilder() {
    return AgentsClient.builder().baseUrl(baseUrl()).userId(userIds().get(0)).serverTimeZone(serverTimeZone())
        .storageTimeZone(storageTimeZone()).retryPolicy(retryPolicy());
  }

  /**
   * The seeded user ids, in a fixed order.
   *
   * @return the ids, unmodifiable
   */
  public List<String> userIds() {
    return store.userIds();
  }

  /**
   * The agents a user owns.
   *
   * @param userId the user id, not null
   * @return their ids in a fixed order; empty for an unknown user
   */
  public List<String> agentIds(String userId) {
    return store.agentIds(userId);
  }

  /**
   * The zone of the host's clock: the naive times of messages, blocks, events and tasks.
   *
   * @return the zone
   */
  public ZoneId serverTimeZone() {
    return zones.server();
  }

  /**
   * The zone of the storage: the naive times of session, agent and team records.
   *
   * @return the zone
   */
  public ZoneId storageTimeZone() {
    return zones.storage();
  }

  /**
   * The sessions of one user and agent as a client of that user lists them, newest first: the SDK's
   * {@link SessionView}s (the record is {@code view.session()}, its id {@code view.session().id()}), read from
   * {@link #sessionsJson(String, String)} in this fake's zones.
   *
   * @param userId the user id, not null
   * @param agentId the agent id, not null
   * @return the session views, unmodifiable; empty for an unknown user or agent
   * @throws IllegalStateException when a session added as raw JSON does not read as a {@link SessionView}
   */
  public List<SessionView> sessions(String userId, String agentId) {
    return models.readAll(sessionsJson(userId, agentId), SessionView.class);
  }

  /**
   * The sessions of one user and agent as the list endpoint's wire JSON, newest first: views
   * {@code {session, is_running, status, team}}, the id under {@code session}; copies.
   *
   * @param userId the user id, not null
   * @param agentId the agent id, not null
   * @return the session views, empty for an unknown user or agent
   */
  public List<ObjectNode> sessionsJson(String userId, String agentId) {
    return store.views(userId, agentId);
  }

  /**
   * A session record whole, as {@code PATCH} answers it: the SDK's model, read from
   * {@link #sessionJson(String)} in this fake's zones. Its {@code state().context()} holds every message
   * (listings clear it).
   *
   * @param sessionId the session id, not null
   * @return the record, empty for an unknown session
   * @throws IllegalStateException when a session added as raw JSON does not read as a {@link SessionRecord}
   */
  public Optional<SessionRecord> session(String sessionId) {
    return sessionJson(sessionId).map(json -> models.read(json, SessionRecord.class));
  }

  /**
   * A session record whole as wire JSON, as the server stores it and {@code PATCH} answers it: its
   * {@code state.context} holds every message (listings clear it); a copy.
   *
   * @param sessionId the session id, not null
   * @return the record, empty for an unknown session
   */
  public Optional<ObjectNode> sessionJson(String sessionId) {
    return store.record(sessionId);
  }

  /**
   * The messages of a session, oldest first: the SDK's {@link Message}s, read from
   * {@link #messagesJson(String)} in this fake's zones.
   *
   * @param sessionId the session id, not null
   * @return unmodifiable; empty for an unknown session
   * @throws IllegalStateException when a message added as raw JSON does not read as a {@link Message}
   */
  public List<Message> messages(String sessionId) {
    return models.readAll(messagesJson(sessionId), Message.class);
  }

  /**
   * The messages of a session as wire JSON, oldest first; copies.
   *
   * @param sessionId the session id, not null
   * @return empty for an unknown session
   */
  public List<ObjectNode> messagesJson(String sessionId) {
    return store.messages(sessionId);
  }

  /**
   * The sum of the tokens of a session's messages ({@link Message#tokens()}): what a listing no longer
   * carries (it clears the record's context), so what a report must add up from the messages.
   *
   * @param sessionId the session id, not null
   * @return the total, {@link TokenUsage#zero()} for an unknown session or one without usage
   */
  public TokenUsage totalMessageTokens(String sessionId) {
    return messages(sessionId).stream().map(Message::tokens).reduce(TokenUsage.zero(), TokenUsage::plus);
  }

  /**
   * Whether the session has a run in progress (its stream has not been read to the end yet).
   *
   * @param sessionId the session id, not null
   * @return true while a run is in progress; false for an unknown session
   */
  public boolean isRunning(String sessionId) {
    return store.isRunning(sessionId);
  }

  /**
   * Gives a user an agent (with a generated record), so that sessions can be made for it.
   *
   * @param userId the user id, not null
   * @param agentId the agent id, not null
   * @throws IllegalArgumentException when the user already owns an agent with this id
   */
  public void addAgent(String userId, String agentId) {
    store.addAgent(userId, agentId);
  }

  /**
   * Adds a session made from a spec; what the spec leaves unset is generated from the seed. The user and agent
   * are registered if the fake did not know them.
   *
   * @param spec what to add, not null
   * @return the session record as the API serves it (a copy)
   * @throws IllegalArgumentException when its id is already taken
   */
  public ObjectNode addSession(SessionSpec spec) {
    return store.add(new AgentScopeSeed.SessionSpec(spec.userId, spec.agentId, spec.id, spec.name, spec.model,
        spec.source, spec.createdAt, spec.messages, spec.running, spec.team));
  }

  /**
   * Adds a session record given as raw JSON, served exactly as given; its {@code state.context}, if any, is
   * what the messages endpoint serves. The user and the record's {@code agent_id} are registered if unknown.
   *
   * @param userId the owner (the record's {@code user_id} is left as given)
   * @param record the record, not null
   * @return a copy of it
   * @throws IllegalArgumentException when it has no string {@code id} or {@code agent_id}, or the id is taken
   */
  public ObjectNode addSession(String userId, ObjectNode record) {
    return store.addRaw(userId, record);
  }

  /** Builds a {@link FakeAgentScope}. Not thread-safe. */
  public static final class Builder extends FakeServer.Builder<Builder, FakeAgentScope> {
    List<String> users = List.of("alice", "bob");
    int agentsPerUser = 2;
    int sessions = 12;
    int messagesPerSession = 8;
    ZoneId serverTimeZone = ZoneId.of("UTC");
    ZoneId storageTimeZone = ZoneId.of("UTC");
    boolean offsetMessagePaging;
    Duration streamEventDelay = Duration.ofMillis(20);

    Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * The user ids that own the seeded agents and sessions. Default {@code alice, bob}.
     *
     * @param userIds one or more user ids, none blank
     * @return this builder
     * @throws IllegalArgumentException when there is none, or one is blank
     */
    public Builder users(String... userIds) {
      List<String> list = new ArrayList<>();
      for (String u : userIds) {
        if (u == null || u.isBlank()) {
          throw new IllegalArgumentException("users must not be blank");
        }
        list.add(u);
      }
      if (list.isEmpty()) {
        throw new IllegalArgumentException("users must name at least one user");
      }
      this.users = List.copyOf(list);
      return this;
    }

    /**
     * How many agents each user owns. Default 2.
     *
     * @param count how many
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder agentsPerUser(int count) {
      if (count < 1) {
        throw new IllegalArgumentException("agentsPerUser must be at least 1, was " + count);
      }
      this.agentsPerUser = count;
      return this;
    }

    /**
     * How many sessions to seed, spread over every user's agents in turn. Default 12.
     *
     * @param count how many, zero or more
     * @return this builder
     */
    public Builder sessions(int count) {
      this.sessions = nonNegative("sessions", count);
      return this;
    }

    /**
     * How many messages each seeded session holds. Default 8.
     *
     * @param count how many, zero or more
     * @return this builder
     */
    public Builder messagesPerSession(int count) {
      this.messagesPerSession = nonNegative("messagesPerSession", count);
      return this;
    }

    /**
     * The zone of the host's clock, which stamps messages, blocks, events and tasks ({@code datetime.now()}).
     * Default UTC.
     *
     * @param zone the zone, not null
     * @return this builder
     */
    public Builder serverTimeZone(ZoneId zone) {
      this.serverTimeZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * The zone the storage writes record times in. Default UTC, as the real SQL storage writes them; set the
     * host's zone to play a server on the Redis storage.
     *
     * @param zone the zone, not null
     * @return this builder
     */
    public Builder storageTimeZone(ZoneId zone) {
      this.storageTimeZone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Pages messages as servers before AgentScope 2.0.4.post1 did: by {@code offset} from the first message,
     * with no {@code has_more}. Default false: by {@code before} from the latest, as current servers do.
     *
     * @param offsetPaging true for the older servers' paging
     * @return this builder
     */
    public Builder offsetMessagePaging(boolean offsetPaging) {
      this.offsetMessagePaging = offsetPaging;
      return this;
    }

    /**
     * The pause between two frames of an event stream. Default 20 ms; zero for the fastest tests.
     *
     * @param delay how long to hold each request, zero or more
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public Builder streamEventDelay(Duration delay) {
      if (delay.isNegative()) {
        throw new IllegalArgumentException("streamEventDelay must not be negative, was " + delay);
      }
      this.streamEventDelay = delay;
      return this;
    }

    @Override
    public FakeAgentScope start() {
      Zones zones = new Zones(serverTimeZone, storageTimeZone);
      AgentScopeSeed seed = new AgentScopeSeed(this.seed, referenceTime, zones, users, agentsPerUser, sessions,
          messagesPerSession);
      AgentScopeStore store = new AgentScopeStore(seed, zones, effectiveClock());
      AgentScopeRoutes routes = new AgentScopeRoutes(store, offsetMessagePaging, streamEventDelay);
      return new FakeAgentScope(FakeHttpServer.start("agentscope", routes.router(), r -> { }, AgentScopeRoutes.ERRORS),
          realSleeps, zones, store);
    }
  }

  /**
   * A session to add: every field left unset is generated from the seed (ids, messages, tokens) or takes a
   * plain default (the first user and their first agent, source {@code user}, created at the reference time,
   * not running, no team). Not thread-safe.
   */
  public static final class SessionSpec {
    String userId;
    String agentId;
    String id;
    String name;
    String model;
    String source;
    Instant createdAt;
    Integer messages;
    boolean running;
    boolean team;

    /** An empty spec: every field generated or defaulted. */
    public SessionSpec() {}

    /**
     * The owner.
     *
     * @param userId the user id, not null
     * @return this spec
     */
    public SessionSpec userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId");
      return this;
    }

    /**
     * The agent.
     *
     * @param agentId the agent id, not null
     * @return this spec
     */
    public SessionSpec agentId(String agentId) {
      this.agentId = Objects.requireNonNull(agentId, "agentId");
      return this;
    }

    /**
     * The session id.
     *
     * @param id the id, not null
     * @return this spec
     */
    public SessionSpec id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * The session name ({@code config.name}).
     *
     * @param name the name, not null
     * @return this spec
     */
    public SessionSpec name(String name) {
      this.name = Objects.requireNonNull(name, "name");
      return this;
    }

    /**
     * The chat model ({@code config.chat_model_config.model}), e.g. {@code qwen-max} or {@code gpt-4o-mini}.
     *
     * @param model the model name, not null
     * @return this spec
     */
    public SessionSpec model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * The source, any string ({@code user, schedule, channel} are known).
     *
     * @param source the source, not null
     * @return this spec
     */
    public SessionSpec source(String source) {
      this.source = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * The creation time, kept to the microsecond.
     *
     * @param createdAt the instant, not null
     * @return this spec
     */
    public SessionSpec createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * How many messages it holds (a user message, then the agent's reply, in turn).
     *
     * @param count how many, zero or more
     * @return this spec
     * @throws IllegalArgumentException when negative
     */
    public SessionSpec messages(int count) {
      this.messages = FakeServer.Builder.nonNegative("messages", count);
      return this;
    }

    /**
     * Whether a run is in progress: its stream plays a reply, then the session is idle.
     *
     * @param running true for a session with a run in progress
     * @return this spec
     */
    public SessionSpec running(boolean running) {
      this.running = running;
      return this;
    }

    /**
     * Whether the session belongs to a team (then {@code team_id} and the view's {@code team} are set).
     *
     * @param team true for a team session
     * @return this spec
     */
    public SessionSpec team(boolean team) {
      this.team = team;
      return this;
    }
  }
}
