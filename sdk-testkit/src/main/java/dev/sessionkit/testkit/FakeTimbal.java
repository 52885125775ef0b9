package dev.sessionkit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.FakeHttpServer;
import dev.sessionkit.testkit.internal.ModelReader;
import dev.sessionkit.testkit.internal.timbal.TimbalRoutes;
import dev.sessionkit.testkit.internal.timbal.TimbalSeed;
import dev.sessionkit.testkit.internal.timbal.TimbalStore;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.sessions.ComposeSession;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fake Timbal API: compose sessions, runs (filters, sorting, opaque cursor pages), run details with traces,
 * and reactions, behind {@code Authorization: Bearer <key>}. Thread-safe.
 *
 * <pre>{@code
 * try (FakeTimbal fake = FakeTimbal.builder().seed(7).runs(200).start()) {
 *   TimbalClient client = fake.clientBuilder().build();   // base URL, API key, org and project set
 *   client.runs().list(ListRunsRequest.builder().status(RunStatus.ERROR).build());
 * }
 * }</pre>
 *
 * <p>Served, in the shapes of Timbal's platform document of August 2026 (runs) and of its last two documents
 * with compose sessions: {@code GET /orgs/{org}/projects/{project}/compose/sessions} (a bare array, newest
 * first; the shape and the one filter of the {@link ComposeShape} chosen, {@code user_id} or {@code rev}, the
 * other parameter ignored as a server ignores one it does not declare), {@code GET …/compose/sessions/{id}}
 * (the session plus {@code messages}), {@code GET …/runs} (runs as {@code RunPreview}: the workforce with its
 * {@code type}; filters {@code user_id,
 * status, sentiment, group_id, workforce_id, rev} (runs without a branch always match), {@code from, to} (epoch
 * ms, inclusive, on {@code created_at}), {@code metadata} (a JSON object the run's metadata must contain),
 * {@code roots}, {@code sort_by} ({@code id|created_at|duration_ms|cost_usd|cost_credits}, nulls last),
 * {@code sort_order} ({@code asc|desc}, default {@code created_at desc}), {@code page_token}; a fixed page size,
 * {@code next_page_token} null on the last page), {@code GET …/runs/{id}} (by id or idempotency key: the run as
 * {@code RunDetail}, without the workforce, with {@code status_detail} and {@code trace}),
 * {@code GET}/{@code POST …/runs/{id}/reactions}. Errors are
 * {@code {"code", "message"}}; an unknown organisation or project is a 404; a bad parameter is a 400.
 */
public final class FakeTimbal extends FakeServer {
  /** Timbal sends instants with their zone: a client's default zones read them. */
  private static final ModelReader MODELS = new ModelReader(ZoneOffset.UTC, ZoneOffset.UTC);
  private final TimbalRoutes.Settings settings;
  private final TimbalSeed seed;
  private final TimbalStore store;

  private FakeTimbal(FakeHttpServer http, boolean realSleeps, TimbalRoutes.Settings settings, TimbalSeed seed,
      TimbalStore store) {
    super(http, "", realSleeps);
    this.settings = settings;
    this.seed = seed;
    this.store = store;
  }

  /**
   * Starts a fake with the default seed and sizes.
   *
   * @return the started fake; close it when done
   */
  public static FakeTimbal start() {
    return builder().start();
  }

  /**
   * A builder with the defaults (pinned by a test, listed in the README):
   * <ul>
   *   <li>API key {@code tk_test_sessionkit}, organisation {@code org_demo}, project {@code proj_demo};</li>
   *   <li>seed 42; records spread over the 30 days before 2026-05-01T12:00:00Z;</li>
   *   <li>4 users ({@code usr_} and 12 hex digits), 3 workforces ({@code wf_} and 12 hex digits);</li>
   *   <li>20 compose sessions (uuid ids) of 6 messages each, in the {@link ComposeShape#APRIL_2026} shape;</li>
   *   <li>120 runs ({@code run_} and 24 hex digits), listed {@code created_at} desc in pages of 50 (so three
   *       pages: 50, 50, 20); reactions in pages of 50 too;</li>
   *   <li>bodies not wrapped in {@code {"success": …}}; clients that record retry waits, not sleep them.</li>
   * </ul>
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a client of this fake: its base URL and API key, its org and project as the defaults of
   * requests that name none, and {@link #retryPolicy()} (waits recorded in {@link #sleeps()}, not slept).
   * Add settings (retries, timeouts, …) before {@code build()}.
   *
   * @return a new client builder
   */
  public TimbalClient.Builder clientBuilder() {
    return TimbalClient.builder().baseUrl(baseUrl()).apiKey(apiKey()).orgId(orgId()).projectId(projectId())
        .retryPolicy(retryPolicy());
  }

  /**
   * The API key the fake accepts as {@code Authorization: Bearer <key>}.
   *
   * @return the key
   */
  public String apiKey() {
    return settings.apiKey();
  }

  /**
   * The one organisation id the fake serves.
   *
   * @return the organisation id
   */
  public String orgId() {
    return settings.orgId();
  }

  /**
   * The one project id the fake serves.
   *
   * @return the project id
   */
  public String projectId() {
    return settings.projectId();
  }

  /**
   * The ids of the seeded users, in a fixed order.
   *
   * @return the ids, unmodifiable
   */
  public List<String> userIds() {
    return seed.userIds();
  }

  /**
   * The ids of the seeded workforces, in a fixed order.
   *
   * @return the ids, unmodifiable
   */
  public List<String> workforceIds() {
    return seed.workforceIds();
  }

  /**
   * Every compose session as a client lists it (without messages), newest first: the SDK's model, read from
   * {@link #composeSessionsJson()} as a client reads the listing.
   *
   * @return the sessions, unmodifiable
   * @throws IllegalStateException when a session added as raw JSON does not read as a {@link ComposeSession}
   */
  public List<ComposeSession> composeSessions() {
    return MODELS.readAll(composeSessionsJson(), ComposeSession.class);
  }

  /**
   * Every compose session as the list endpoint's wire JSON (without messages), newest first; copies.
   *
   * @return the sessions, unmodifiable
   */
  public List<ObjectNode> composeSessionsJson() {
    return store.sessions("id", null);
  }

  /**
   * Every run as a client lists it, in the default order ({@code created_at} desc): the SDK's model, read from
   * {@link #runsJson()} as a client reads the listing.
   *
   * @return the runs, unmodifiable
   * @throws IllegalStateException when a run added as raw JSON does not read as a {@link Run}
   */
  public List<Run> runs() {
    return MODELS.readAll(runsJson(), Run.class);
  }

  /**
   * Every run as the list endpoint's wire JSON ({@code RunPreview}), in the default order ({@code created_at}
   * desc); copies.
   *
   * @return the runs, unmodifiable
   */
  public List<ObjectNode> runsJson() {
    return store.runs(run -> true, "created_at", true);
  }

  /**
   * The sum of every run's {@code cost_usd}, exact: what a report over {@code runs().listAll(…)} with no
   * filter must total.
   *
   * @return the total, zero when there are no runs
   * @throws IllegalStateException when a run added as raw JSON does not read as a {@link Run}
   */
  public BigDecimal totalRunCostUsd() {
    return runs().stream().map(Run::costUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * Adds a compose session made from a spec; what the spec leaves unset is generated from the seed.
   *
   * @param spec what to add, not null
   * @return the session as the list endpoint will serve it (a copy)
   * @throws IllegalArgumentException when its id is already taken or it names an unknown model
   */
  public ObjectNode addComposeSession(ComposeSessionSpec spec) {
    synchronized (seed) {
      return store.add(seed.session(new TimbalSeed.SessionSpec(spec.id, spec.userId, spec.status, spec.model, spec.rev,
          spec.createdAt, spec.messages)));
    }
  }

  /**
   * Adds a compose session given as raw JSON, served exactly as given; a {@code messages} array, if any, is
   * served by the detail endpoint only.
   *
   * @param session the session, not null
   * @return the session as the list endpoint will serve it (a copy)
   * @throws IllegalArgumentException when it has no string {@code id} or its id is already taken
   */
  public ObjectNode addComposeSession(ObjectNode session) {
    return store.addRawSession(session);
  }

  /**
   * Adds a run made from a spec; what the spec leaves unset is generated from the seed.
   *
   * @param spec what to add, not null
   * @return the run as the list endpoint will serve it (a copy)
   * @throws IllegalArgumentException when its id is already taken or it names an unknown model
   */
  public ObjectNode addRun(RunSpec spec) {
    synchronized (seed) {
      return store.add(seed.run(new TimbalSeed.RunSpec(spec.id, spec.idempotencyKey, spec.status, spec.userId,
          spec.workforceId, spec.groupId, spec.parentId, spec.sentiment, spec.rev, spec.createdAt, spec.durationMs,
          spec.model, spec.inputTokens, spec.outputTokens, spec.metadata)));
    }
  }

  /**
   * Adds a run given as raw JSON, served exactly as given; {@code status_detail} and {@code trace}, if any, are
   * served by the detail endpoint only, and {@code workforce} by the listing only (Timbal's {@code RunDetail}
   * has none). It has no branch and no metadata for the filters.
   *
   * @param run the run, not null
   * @return the run as the list endpoint will serve it (a copy)
   * @throws IllegalArgumentException when it has no string {@code id}, its id is taken, or its
   *     {@code created_at} is not ISO 8601
   */
  public ObjectNode addRun(ObjectNode run) {
    return store.addRawRun(run);
  }

  /** Builds a {@link FakeTimbal}. Not thread-safe. */
  public static final class Builder extends FakeServer.Builder<Builder, FakeTimbal> {
    String apiKey = "tk_test_sessionkit";
    String orgId = "org_demo";
    String projectId = "proj_demo";
    int composeSessions = 20;
    int messagesPerSession = 6;
    int runs = 120;
    int users = 4;
    int pageSize = 50;
    boolean wrapInSuccess;
    ComposeShape composeShape = ComposeShape.APRIL_2026;

    Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * The accepted API key. Default {@code tk_test_sessionkit}.
     *
     * @param apiKey the key, not null
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return this;
    }

    /**
     * The organisation id served; any other is a 404. Default {@code org_demo}.
     *
     * @param orgId the organisation id, not null
     * @return this builder
     */
    public Builder orgId(String orgId) {
      this.orgId = Objects.requireNonNull(orgId, "orgId");
      return this;
    }

    /**
     * The project id served; any other is a 404. Default {@code proj_demo}.
     *
     * @param projectId the project id, not null
     * @return this builder
     */
    public Builder projectId(String projectId) {
      this.projectId = Objects.requireNonNull(projectId, "projectId");
      return this;
    }

    /**
     * How many compose sessions to seed. Default 20.
     *
     * @param count how many, zero or more
     * @return this builder
     */
    public Builder composeSessions(int count) {
      this.composeSessions = nonNegative("composeSessions", count);
      return this;
    }

    /**
     * How many messages each seeded compose session holds. Default 6.
     *
     * @param count how many, zero or more
     * @return this builder
     */
    public Builder messagesPerSession(int count) {
      this.messagesPerSession = nonNegative("messagesPerSession", count);
      return this;
    }

    /**
     * How many runs to seed. Default 120 (three pages of 50).
     *
     * @param count how many, zero or more
     * @return this builder
     */
    public Builder runs(int count) {
      this.runs = nonNegative("runs", count);
      return this;
    }

    /**
     * How many users the seeded records belong to, 1..8. Default 4.
     *
     * @param count how many
     * @return this builder
     * @throws IllegalArgumentException outside 1..8
     */
    public Builder users(int count) {
      if (count < 1 || count > TimbalSeed.MAX_USERS) {
        throw new IllegalArgumentException("users must be 1.." + TimbalSeed.MAX_USERS + ", was " + count);
      }
      this.users = count;
      return this;
    }

    /**
     * The fixed page size of runs and reactions (the real API takes no page-size parameter). Default 50.
     *
     * @param pageSize the page size, at least 1
     * @return this builder
     * @throws IllegalArgumentException when not positive
     */
    public Builder pageSize(int pageSize) {
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Whether successful bodies come wrapped as {@code {"success": …}}, as some deployments do. Default false.
     *
     * @param wrap true to wrap
     * @return this builder
     */
    public Builder wrapInSuccess(boolean wrap) {
      this.wrapInSuccess = wrap;
      return this;
    }

    /**
     * Which of Timbal's two documented compose-session shapes the fake speaks. Default
     * {@link ComposeShape#APRIL_2026}, the shape of seed 000.
     *
     * @param shape the shape, not null
     * @return this builder
     */
    public Builder composeShape(ComposeShape shape) {
      this.composeShape = Objects.requireNonNull(shape, "shape");
      return this;
    }

    @Override
    public FakeTimbal start() {
      boolean june2026 = composeShape == ComposeShape.JUNE_2026;
      TimbalSeed seed = new TimbalSeed(this.seed, referenceTime, orgId, projectId, june2026, users, composeSessions,
          messagesPerSession, runs);
      TimbalStore store = new TimbalStore(seed.sessions(), seed.runs());
      TimbalRoutes.Settings settings = new TimbalRoutes.Settings(apiKey, orgId, projectId, pageSize, wrapInSuccess,
          june2026);
      TimbalRoutes routes = new TimbalRoutes(settings, store, seed, effectiveClock());
      return new FakeTimbal(FakeHttpServer.start("timbal", routes.router(), routes.guard(), TimbalRoutes.ERRORS),
          realSleeps, settings, seed, store);
    }
  }

  /**
   * The shapes of Timbal's compose sessions, one per document that had them (the endpoints left Timbal's public
   * document at b3877bc0, 2026-07-03). Seeded and added sessions take the shape chosen; raw ones are served as
   * given.
   */
  public enum ComposeShape {
    /**
     * Seed 000, and Timbal's document up to 09d61f1 (2026-04-17): {@code ProjectSession} with
     * {@code project_id}, the four token counts, {@code cost_usd} and {@code model_usage}; the listing filters
     * by {@code user_id} and ignores {@code rev}.
     */
    APRIL_2026,
    /**
     * Timbal's document d8af300 (2026-06-05), the last with compose sessions: {@code ProjectSession} without
     * {@code project_id}, tokens, cost or {@code model_usage}, with {@code first_prompt}; the listing filters by
     * {@code rev} and ignores {@code user_id}.
     */
    JUNE_2026
  }

  /**
   * A run to add: every field left unset is generated from the seed (id, idempotency key, tokens, duration),
   * or takes a plain default (status {@code success}, the first user and workforce, the reference time); group,
   * parent, sentiment, branch and metadata default to none. Not thread-safe.
   */
  public static final class RunSpec {
    String id;
    String idempotencyKey;
    String status;
    String userId;
    String workforceId;
    String groupId;
    String parentId;
    String sentiment;
    String rev;
    Instant createdAt;
    Long durationMs;
    String model;
    Long inputTokens;
    Long outputTokens;
    final Map<String, String> metadata = new LinkedHashMap<>();

    /** An empty spec: every field generated or defaulted. */
    public RunSpec() {}

    /**
     * The run id.
     *
     * @param id the id, not null
     * @return this spec
     */
    public RunSpec id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * The idempotency key (the detail endpoint also finds the run by it).
     *
     * @param key the key, not null
     * @return this spec
     */
    public RunSpec idempotencyKey(String key) {
      this.idempotencyKey = Objects.requireNonNull(key, "idempotencyKey");
      return this;
    }

    /**
     * The status, any string ({@code running, success, error, cancelled, timeout} are known).
     *
     * @param status the status, not null
     * @return this spec
     */
    public RunSpec status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * The user; an id the fake did not seed gets a user record made up for it.
     *
     * @param userId the user id, not null
     * @return this spec
     */
    public RunSpec userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId");
      return this;
    }

    /**
     * The workforce; an id the fake did not seed gets a workforce record made up for it (an agent).
     *
     * @param workforceId the workforce id, not null
     * @return this spec
     */
    public RunSpec workforceId(String workforceId) {
      this.workforceId = Objects.requireNonNull(workforceId, "workforceId");
      return this;
    }

    /**
     * The group (conversation) id.
     *
     * @param groupId the group id, not null
     * @return this spec
     */
    public RunSpec groupId(String groupId) {
      this.groupId = Objects.requireNonNull(groupId, "groupId");
      return this;
    }

    /**
     * The parent run id: the run is then not a root.
     *
     * @param parentId the parent run id, not null
     * @return this spec
     */
    public RunSpec parentId(String parentId) {
      this.parentId = Objects.requireNonNull(parentId, "parentId");
      return this;
    }

    /**
     * Adds one reaction with this sentiment, which becomes {@code last_reaction_sentiment}.
     *
     * @param sentiment the sentiment, not null
     * @return this spec
     */
    public RunSpec sentiment(String sentiment) {
      this.sentiment = Objects.requireNonNull(sentiment, "sentiment");
      return this;
    }

    /**
     * The git branch the run executed against (for the {@code rev} filter; not part of the run's JSON).
     *
     * @param rev the branch, not null
     * @return this spec
     */
    public RunSpec rev(String rev) {
      this.rev = Objects.requireNonNull(rev, "rev");
      return this;
    }

    /**
     * The creation time, served to the millisecond.
     *
     * @param createdAt the instant, not null
     * @return this spec
     */
    public RunSpec createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * The duration in milliseconds (a running run has none unless set).
     *
     * @param durationMs the duration in milliseconds
     * @return this spec
     */
    public RunSpec durationMs(long durationMs) {
      this.durationMs = durationMs;
      return this;
    }

    /**
     * The model, with or without its provider ({@code gpt-4o-mini} or {@code openai/gpt-4o-mini}).
     *
     * @param model the model name, not null
     * @return this spec
     */
    public RunSpec model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * The input and output tokens over all the run's model calls; the cost is tokens times the model's price.
     *
     * @param inputTokens the input tokens, zero or more
     * @param outputTokens the output tokens, zero or more
     * @return this spec
     */
    public RunSpec tokens(long inputTokens, long outputTokens) {
      this.inputTokens = inputTokens;
      this.outputTokens = outputTokens;
      return this;
    }

    /**
     * Adds a metadata entry (for the {@code metadata} filter; not part of the run's JSON).
     *
     * @param key the key, not null
     * @param value the value, not null
     * @return this spec
     */
    public RunSpec metadata(String key, String value) {
      metadata.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
      return this;
    }
  }

  /**
   * A compose session to add: every field left unset is generated from the seed (ids, messages, tokens) or
   * takes a plain default (the first user, branch {@code main}, created at the reference time). Not thread-safe.
   */
  public static final class ComposeSessionSpec {
    String id;
    String userId;
    String status;
    String model;
    String rev;
    Instant createdAt;
    Integer messages;

    /** An empty spec: every field generated or defaulted. */
    public ComposeSessionSpec() {}

    /**
     * The session id.
     *
     * @param id the id, not null
     * @return this spec
     */
    public ComposeSessionSpec id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * The user id.
     *
     * @param userId the user id, not null
     * @return this spec
     */
    public ComposeSessionSpec userId(String userId) {
      this.userId = Objects.requireNonNull(userId, "userId");
      return this;
    }

    /**
     * The status ({@code active} or {@code idle}). Default {@code idle}.
     *
     * @param status the status, not null
     * @return this spec
     */
    public ComposeSessionSpec status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * The main model, with or without its provider.
     *
     * @param model the model name, not null
     * @return this spec
     */
    public ComposeSessionSpec model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * The git branch the session is scoped to.
     *
     * @param rev the branch, not null
     * @return this spec
     */
    public ComposeSessionSpec rev(String rev) {
      this.rev = Objects.requireNonNull(rev, "rev");
      return this;
    }

    /**
     * When the session started (its first message).
     *
     * @param createdAt the instant, not null
     * @return this spec
     */
    public ComposeSessionSpec createdAt(Instant createdAt) {
      this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
      return this;
    }

    /**
     * How many messages it holds (user and assistant in turn); fewer than two means no model.
     *
     * @param count how many, zero or more
     * @return this spec
     * @throws IllegalArgumentException when negative
     */
    public ComposeSessionSpec messages(int count) {
      this.messages = FakeServer.Builder.nonNegative("messages", count);
      return this;
    }
  }
}
