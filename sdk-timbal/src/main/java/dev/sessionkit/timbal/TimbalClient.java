package dev.sessionkit.timbal;

import dev.sessionkit.core.internal.http.ClientBuilderAccess;
import dev.sessionkit.core.ClientBuilder;
import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.Secret;
import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.timbal.internal.DefaultAsyncComposeSessionService;
import dev.sessionkit.timbal.internal.DefaultAsyncRunService;
import dev.sessionkit.timbal.internal.DefaultComposeSessionService;
import dev.sessionkit.timbal.internal.DefaultRunService;
import dev.sessionkit.timbal.internal.TimbalContext;
import dev.sessionkit.timbal.runs.RunService;
import dev.sessionkit.timbal.sessions.ComposeSessionService;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The client of Timbal's platform API ({@code https://api.timbal.ai}): runs with their traces and run
 * reactions, as Timbal's platform document of August 2026 (2.0.0) has them, and compose sessions, which left
 * that document in July 2026 (see {@link ComposeSessionService}). Authenticates with
 * {@code Authorization: Bearer <api key>}.
 *
 * <pre>{@code
 * TimbalClient timbal = TimbalClient.builder()
 *     .apiKey(System.getenv("TIMBAL_API_KEY"))
 *     .orgId("acme")            // defaults for requests that name no org or project
 *     .projectId("support-bot")
 *     .build();                 // or TimbalClient.fromEnv()
 *
 * // Every failed run since the start of the year, page after page.
 * ListRunsRequest failed = ListRunsRequest.builder()
 *     .status(RunStatus.ERROR)
 *     .from(Instant.parse("2026-01-01T00:00:00Z"))
 *     .build();
 * for (Run run : timbal.runs().listAll(failed)) {
 *   System.out.println(run.id() + " " + run.costUsd());
 * }
 *
 * // One run with its trace.
 * RunDetail detail = timbal.runs().get(GetRunRequest.builder().runId("run_01").build());
 *
 * // The same calls, asynchronously, on the client's executor.
 * CompletableFuture<Page<Run>> page = timbal.async().runs().list(failed);
 * }</pre>
 *
 * <p>Immutable and thread-safe: build one and share it. Failures surface as the unchecked exceptions of
 * {@link dev.sessionkit.core.errors}; a request without an org or project (and no default) fails with an
 * {@link IllegalStateException} before anything is sent.
 */
public final class TimbalClient {
  /** Where Timbal's API lives. */
  public static final String DEFAULT_BASE_URL = "https://api.timbal.ai";

  private final ClientConfig config;
  private final TimbalContext context;
  private final ComposeSessionService composeSessions;
  private final RunService runs;
  private final AsyncTimbalClient async;

  private TimbalClient(ClientConfig config, String orgId, String projectId) {
    this.config = config;
    this.context = new TimbalContext(new HttpTransport(config), orgId, projectId);
    DefaultComposeSessionService composeSessions = new DefaultComposeSessionService(context);
    DefaultRunService runs = new DefaultRunService(context);
    this.composeSessions = composeSessions;
    this.runs = runs;
    // The async services send through the blocking ones, on the client's executor.
    this.async = new AsyncTimbalClient(new DefaultAsyncComposeSessionService(context, composeSessions),
        new DefaultAsyncRunService(context, runs));
  }

  /**
   * A builder with Timbal's defaults: base URL {@value #DEFAULT_BASE_URL}, no credentials yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment: {@code TIMBAL_API_KEY} (else {@code TIMBAL_API_TOKEN}),
   * {@code TIMBAL_BASE_URL} (else {@code TIMBAL_API_HOST}, a bare host such as {@code api.timbal.ai} or a
   * URL), and {@code TIMBAL_ORG_ID} / {@code TIMBAL_PROJECT_ID} as request defaults. Blank variables count
   * as unset.
   *
   * @return the client
   * @throws IllegalStateException if neither {@code TIMBAL_API_KEY} nor {@code TIMBAL_API_TOKEN} is set
   * @throws IllegalArgumentException if {@code TIMBAL_BASE_URL} or {@code TIMBAL_API_HOST} is not a valid URL
   */
  public static TimbalClient fromEnv() {
    return fromEnv(System.getenv());
  }

  // The same, from a given map: tests cannot change the process environment.
  static TimbalClient fromEnv(Map<String, String> env) {
    return builder().env(env).build();
  }

  /**
   * Compose sessions: {@code /orgs/{org}/projects/{project}/compose/sessions}, in either of the two shapes
   * Timbal last documented.
   */
  public ComposeSessionService composeSessions() {
    return composeSessions;
  }

  /** Runs, their traces and reactions: {@code /orgs/{org}/projects/{project}/runs}. */
  public RunService runs() {
    return runs;
  }

  /** The same calls returning {@link java.util.concurrent.CompletableFuture}s, on the client's executor. */
  public AsyncTimbalClient async() {
    return async;
  }

  /** The org of requests that name none. */
  public Optional<String> defaultOrgId() {
    return context.defaultOrgId();
  }

  /** The project of requests that name none. */
  public Optional<String> defaultProjectId() {
    return context.defaultProjectId();
  }

  /** The resolved configuration (base URL, timeouts, retries); never shows the API key. */
  public ClientConfig config() {
    return config;
  }

  /** Shows the base URL and defaults, never the API key. */
  @Override
  public String toString() {
    return "TimbalClient[baseUrl=" + config.baseUrl() + ", credentials=" + config.credentials() + ", orgId="
        + defaultOrgId().orElse("(none)") + ", projectId=" + defaultProjectId().orElse("(none)") + "]";
  }

  /**
   * Builds a {@link TimbalClient}. Besides the API key and the default org and project, it takes every
   * setting of {@link ClientBuilder} (base URL, timeouts, retries, HTTP client, executor, listener, …).
   * Not thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder, TimbalClient> {
    private Secret apiKey;
    private String orgId;
    private String projectId;

    private Builder() {
      super("timbal", DEFAULT_BASE_URL);
    }

    /**
     * The API key, sent as {@code Authorization: Bearer <key>}. Required.
     *
     * @param apiKey the key from the Timbal platform settings
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank, or contains CR or LF
     */
    public Builder apiKey(String apiKey) {
      Arguments.requireNonBlank(apiKey, "apiKey");
      if (apiKey.indexOf('\r') >= 0 || apiKey.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("apiKey must not contain CR or LF");
      }
      return apiKey(Secret.of(apiKey.trim()));
    }

    /**
     * The API key, held as a {@link Secret}.
     *
     * @param apiKey the key
     * @return this builder
     */
    public Builder apiKey(Secret apiKey) {
      this.apiKey = Objects.requireNonNull(apiKey, "apiKey");
      return ClientBuilderAccess.credentials(this, Credentials.bearer(apiKey));
    }

    /**
     * The org of requests that name none.
     *
     * @param orgId the org id, or null for no default
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder orgId(String orgId) {
      this.orgId = Arguments.optionalNonBlank(orgId, "orgId");
      return this;
    }

    /**
     * The project of requests that name none.
     *
     * @param projectId the project id, or null for no default
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder projectId(String projectId) {
      this.projectId = Arguments.optionalNonBlank(projectId, "projectId");
      return this;
    }

    /**
     * Applies the environment variables that {@link TimbalClient#fromEnv()} reads, so that other settings
     * can be added before {@link #build()}. Variables that are not set leave the builder as it is.
     *
     * @return this builder
     * @throws IllegalArgumentException if {@code TIMBAL_BASE_URL} or {@code TIMBAL_API_HOST} is not a valid URL
     */
    public Builder fromEnv() {
      return env(System.getenv());
    }

    Builder env(Map<String, String> env) {
      String key = variable(env, "TIMBAL_API_KEY").or(() -> variable(env, "TIMBAL_API_TOKEN")).orElse(null);
      if (key != null) {
        apiKey(key);
      }
      Optional<String> baseUrl = variable(env, "TIMBAL_BASE_URL");
      if (baseUrl.isPresent()) {
        baseUrl(baseUrl.get());
      } else {
        // TIMBAL_API_HOST is documented as a host ("api.timbal.ai"), but is often set to a URL.
        variable(env, "TIMBAL_API_HOST").ifPresent(host -> baseUrl(host.contains("://") ? host : "https://" + host));
      }
      variable(env, "TIMBAL_ORG_ID").ifPresent(this::orgId);
      variable(env, "TIMBAL_PROJECT_ID").ifPresent(this::projectId);
      return this;
    }

    private static Optional<String> variable(Map<String, String> env, String name) {
      String value = env.get(name);
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if no API key is set, or the settings are unsafe (see
     *     {@link ClientBuilder#build()})
     */
    @Override
    public TimbalClient build() {
      if (apiKey == null) {
        throw new IllegalStateException("apiKey is not set: call apiKey(…), or set TIMBAL_API_KEY (or"
            + " TIMBAL_API_TOKEN) and use TimbalClient.fromEnv()");
      }
      return new TimbalClient(ClientBuilderAccess.config(this), orgId, projectId);
    }
  }
}
