package dev.sessionkit.testkit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.testkit.internal.FakeHttpServer;
import dev.sessionkit.testkit.internal.ModelReader;
import dev.sessionkit.testkit.internal.syntropic.SessionListing;
import dev.sessionkit.testkit.internal.syntropic.SessionRoutes;
import dev.sessionkit.testkit.internal.syntropic.SessionStore;
import dev.sessionkit.testkit.internal.syntropic.SyntropicSeed;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fake Syntropic137 API ({@code /api/v1}): sessions with their operations, in the real server's formats
 * ({@code str(datetime)} timestamps with a space, costs as decimal strings). No auth unless a bearer token or
 * basic credentials are configured. Thread-safe.
 *
 * <pre>{@code
 * try (FakeSyntropic fake = FakeSyntropic.start()) {
 *   SyntropicClient client = fake.clientBuilder().build();
 *   client.sessions().list(ListSessionsRequest.builder().limit(10).build());
 * }
 * }</pre>
 *
 * <p>Served: {@code GET /api/v1/sessions} with {@code workflow_id}, {@code status}, {@code statuses}
 * (comma-joined, wins over {@code status}), {@code started_after}/{@code started_before} (inclusive),
 * {@code limit} 1..200 (default 50; out of range is FastAPI's 422), newest first by {@code started_at} (ties by
 * id, descending; sessions without one last); {@code GET /api/v1/sessions/{id}} by id or unique id prefix (404
 * {@code {"detail": "Session not found: …"}}, 409 when the prefix is ambiguous). Some seeded sessions share
 * the exact same {@code started_at} (each is a delegate of the one before it), so keyset paging meets ties.
 * Operations always carry {@code success}: {@code true} where nothing failed, never null.
 *
 * <p>It speaks one of two server generations ({@link Builder#apiVersion}), so that clients can be tested
 * against both:
 * <ul>
 *   <li>{@link ApiVersion#PAGED} (the default), what the newest Syntropic137 source shows: also {@code q}
 *       (case-insensitive, in the id or the workflow id), {@code page} (from 1) and {@code page_size} 1..200
 *       (which wins over {@code limit}, its deprecated alias); the response adds {@code page},
 *       {@code page_size}, a {@code total} of all matches, {@code status_counts} (over every filter but the
 *       status) and {@code excluded_undated} (sessions without {@code started_at} left out by a time bound);
 *       sessions have {@code parent_session_id}, {@code root_session_id} and
 *       {@code unpriced_observation_count}, operations {@code error_message}; a time bound without an offset
 *       is a 422 ({@code timezone_aware}).</li>
 *   <li>{@link ApiVersion#MAY_2026}, the server of the checked-in OpenAPI document of syntropic137@3b29537
 *       (2026-05-01): none of that; it ignores {@code q}, {@code page} and {@code page_size}, {@code total} is
 *       the size of the page, and a time bound without an offset fails with a bare 500.</li>
 * </ul>
 */
public final class FakeSyntropic extends FakeServer {
  /** Syntropic137 sends times with an offset: a client's default zones read them. */
  private static final ModelReader MODELS = new ModelReader(ZoneOffset.UTC, ZoneOffset.UTC);
  private final SyntropicSeed seed;
  private final SessionStore store;
  private final String bearerToken;
  private final String basicUser;
  private final String basicPassword;

  private FakeSyntropic(FakeHttpServer http, Builder b, SyntropicSeed seed, SessionStore store) {
    super(http, SessionRoutes.PREFIX, b.realSleeps);
    this.seed = seed;
    this.store = store;
    this.bearerToken = b.bearerToken;
    this.basicUser = b.basicUser;
    this.basicPassword = b.basicPassword;
  }

  /**
   * Starts a fake with the default seed and sizes, without auth.
   *
   * @return the started fake; close it when done
   */
  public static FakeSyntropic start() {
    return builder().start();
  }

  /**
   * A builder with the defaults (pinned by a test, listed in the README): seed 42; 60 sessions (uuid ids) of 8
   * operations each, started in the 30 days before 2026-05-01T12:00:00Z (60 is less than one page of the
   * largest {@code limit}, 200: set {@link Builder#sessions(int)} to test paging past it); listings of 50 when
   * no {@code limit} is sent; base URL ending {@code /api/v1}; no auth; {@link ApiVersion#PAGED}; clients that
   * record retry waits, not sleep them.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of a client of this fake: its base URL, its bearer token (else its basic credentials) when it
   * requires any, and {@link #retryPolicy()} (waits recorded in {@link #sleeps()}, not slept). Add settings
   * (retries, timeouts, …) before {@code build()}.
   *
   * @return a new client builder
   */
  public SyntropicClient.Builder clientBuilder() {
    SyntropicClient.Builder b = SyntropicClient.builder().baseUrl(baseUrl()).retryPolicy(retryPolicy());
    if (bearerToken != null) {
      b.bearerToken(bearerToken);
    } else if (basicUser != null) {
      b.basicAuth(basicUser, basicPassword);
    }
    return b;
  }

  /**
   * Every session as a client lists it, newest first: the SDK's model, read from {@link #sessionsJson()} as a
   * client reads the listing.
   *
   * @return the sessions, unmodifiable
   * @throws IllegalStateException when a session added as raw JSON does not read as a {@link Session}
   */
  public List<Session> sessions() {
    return MODELS.readAll(sessionsJson(), Session.class);
  }

  /**
   * Every session as the list endpoint's wire JSON (decimal strings, {@code str(datetime)} times), newest
   * first; copies.
   *
   * @return the summaries, unmodifiable
   */
  public List<ObjectNode> sessionsJson() {
    return store.summaries();
  }

  /**
   * One session as a client gets it: the SDK's model, read from {@link #sessionDetailJson(String)}.
   *
   * @param id the exact id
   * @return the session, empty when there is no such session
   * @throws IllegalStateException when a session added as raw JSON does not read as a {@link SessionDetail}
   */
  public Optional<SessionDetail> sessionDetail(String id) {
    return sessionDetailJson(id).map(json -> MODELS.read(json, SessionDetail.class));
  }

  /**
   * One session as the detail endpoint's wire JSON.
   *
   * @param id the exact id
   * @return a copy, empty when there is no such session
   */
  public Optional<ObjectNode> sessionDetailJson(String id) {
    return store.detail(id);
  }

  /**
   * The sum of every session's {@code total_cost_usd} (a session without one counts zero), exact.
   *
   * @return the total, zero when there are no sessions
   * @throws IllegalStateException when a session added as raw JSON does not read as a {@link Session}
   */
  public BigDecimal totalSessionCostUsd() {
    return sessions().stream().map(Session::totalCostUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /**
   * The sum of every session's tokens, as {@code toSessionUsage().tokens()} counts them.
   *
   * @return the total, {@link TokenUsage#zero()} when there are no sessions
   * @throws IllegalStateException when a session added as raw JSON does not read as a {@link Session}
   */
  public TokenUsage totalSessionTokens() {
    return sessions().stream().map(s -> s.toSessionUsage().tokens()).reduce(TokenUsage.zero(), TokenUsage::plus);
  }

  /**
   * Adds a session made from a spec; what the spec leaves unset is generated from the seed.
   *
   * @param spec what to add, not null
   * @return the session as the detail endpoint will serve it (a copy)
   * @throws IllegalArgumentException when its id is already taken or it names an unknown model
   */
  public ObjectNode addSession(SessionSpec spec) {
    synchronized (seed) {
      return store.add(seed.session(new SyntropicSeed.Spec(spec.id, spec.workflowId, spec.status, spec.model,
          spec.startedAt, spec.operations)));
    }
  }

  /**
   * Adds a session given as raw JSON in the detail shape, served exactly as given (the list endpoint serves
   * its summary fields). Its {@code started_at} must be in the server's format or null.
   *
   * @param session the session, not null
   * @return a copy of it
   * @throws IllegalArgumentException when it has no string {@code id}, the id is taken, or {@code started_at}
   *     cannot be read
   */
  public ObjectNode addSession(ObjectNode session) {
    return store.addRaw(session);
  }

  /** A Syntropic137 server generation, as {@code GET /sessions} and {@code GET /sessions/{id}} show it. */
  public enum ApiVersion {
    /**
     * Servers of May 2026 and before (0.25.x): the checked-in OpenAPI document of syntropic137@3b29537
     * (2026-05-01), {@code apps/syn-api/src/syn_api/routes/sessions.py} at that commit.
     */
    MAY_2026,
    /**
     * Later servers, as the newest Syntropic137 source the project could read shows them (an indexed copy
     * of {@code routes/sessions.py} that carries no date; after 2026-05-02): the listing pages, and sessions
     * carry their delegation and unpriced observations.
     */
    PAGED
  }

  /** Builds a {@link FakeSyntropic}. Not thread-safe. */
  public static final class Builder extends FakeServer.Builder<Builder, FakeSyntropic> {
    ApiVersion apiVersion = ApiVersion.PAGED;
    int sessions = 60;
    int operationsPerSession = 8;
    String bearerToken;
    String basicUser;
    String basicPassword;

    Builder() {}

    @Override
    Builder self() {
      return this;
    }

    /**
     * How many sessions to seed. Default 60.
     *
     * @param count how many, zero or more
     * @return this builder
     */
    public Builder sessions(int count) {
      this.sessions = nonNegative("sessions", count);
      return this;
    }

    /**
     * How many operations each seeded session holds. Default 8.
     *
     * @param count how many, zero or more
     * @return this builder
     */
    public Builder operationsPerSession(int count) {
      this.operationsPerSession = nonNegative("operationsPerSession", count);
      return this;
    }

    /**
     * Which server generation the fake speaks. Default {@link ApiVersion#PAGED}, the newest.
     *
     * @param version the generation, not null
     * @return this builder
     */
    public Builder apiVersion(ApiVersion version) {
      this.apiVersion = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Requires {@code Authorization: Bearer <token>} (as a gateway in front of the API would).
     *
     * @param token the accepted token, not null
     * @return this builder
     */
    public Builder bearerToken(String token) {
      this.bearerToken = Objects.requireNonNull(token, "token");
      return this;
    }

    /**
     * Requires HTTP basic credentials (as a gateway in front of the API would); a bearer token, if set, also passes.
     *
     * @param user the accepted user, not null
     * @param password the accepted password, not null
     * @return this builder
     */
    public Builder basicAuth(String user, String password) {
      this.basicUser = Objects.requireNonNull(user, "user");
      this.basicPassword = Objects.requireNonNull(password, "password");
      return this;
    }

    @Override
    public FakeSyntropic start() {
      SyntropicSeed seed = new SyntropicSeed(this.seed, referenceTime, sessions, operationsPerSession);
      SessionStore store = new SessionStore(apiVersion == ApiVersion.PAGED, SessionListing.Order.FAKE_SYNTROPIC);
      seed.sessions().forEach(store::add);
      SessionRoutes routes = new SessionRoutes(store);
      FakeHttpServer http = FakeHttpServer.start("syntropic", routes.router(),
          SessionRoutes.guard(bearerToken, basicUser, basicPassword), SessionRoutes.ERRORS);
      return new FakeSyntropic(http, this, seed, store);
    }
  }

  /**
   * A session to add: every field left unset is generated from the seed (ids, tokens, operations, duration)
   * or takes a plain default (status {@code completed}, the first workflow, model {@code claude-sonnet-4-5},
   * started at the reference time). Not thread-safe.
   */
  public static final class SessionSpec {
    String id;
    String workflowId;
    String status;
    String model;
    Instant startedAt;
    Integer operations;

    /** An empty spec: every field generated or defaulted. */
    public SessionSpec() {}

    /**
     * The session id (the detail endpoint also finds it by a unique prefix).
     *
     * @param id the id, not null
     * @return this spec
     */
    public SessionSpec id(String id) {
      this.id = Objects.requireNonNull(id, "id");
      return this;
    }

    /**
     * The workflow id; an id the fake did not seed gets a made-up workflow name.
     *
     * @param workflowId the workflow id, not null
     * @return this spec
     */
    public SessionSpec workflowId(String workflowId) {
      this.workflowId = Objects.requireNonNull(workflowId, "workflowId");
      return this;
    }

    /**
     * The status, any string ({@code running, completed, failed, cancelled, pending} are known); running and
     * pending sessions have no completion time nor duration.
     *
     * @param status the status, not null
     * @return this spec
     */
    public SessionSpec status(String status) {
      this.status = Objects.requireNonNull(status, "status");
      return this;
    }

    /**
     * The agent's model, e.g. {@code claude-sonnet-4-5}, {@code gpt-4.1}, {@code gemini-2.5-pro}.
     *
     * @param model the model name, not null
     * @return this spec
     */
    public SessionSpec model(String model) {
      this.model = Objects.requireNonNull(model, "model");
      return this;
    }

    /**
     * The start time, kept to the microsecond as the real server does.
     *
     * @param startedAt the instant, not null
     * @return this spec
     */
    public SessionSpec startedAt(Instant startedAt) {
      this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
      return this;
    }

    /**
     * How many operations it holds; its input and output tokens are the sums of its operations' tokens.
     *
     * @param count how many, zero or more
     * @return this spec
     * @throws IllegalArgumentException when negative
     */
    public SessionSpec operations(int count) {
      this.operations = FakeServer.Builder.nonNegative("operations", count);
      return this;
    }
  }
}
