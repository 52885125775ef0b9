package dev.sessionkit.syntropic;

import dev.sessionkit.core.internal.http.ClientBuilderAccess;
import dev.sessionkit.core.ClientBuilder;
import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.Secret;
import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.syntropic.internal.DefaultAsyncSessionService;
import dev.sessionkit.syntropic.internal.DefaultSessionService;
import dev.sessionkit.syntropic.sessions.SessionService;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A client of a self-hosted Syntropic137 API ({@code http://localhost:8137/api/v1} by default).
 *
 * <pre>{@code
 * SyntropicClient syn = SyntropicClient.builder().baseUrl("http://localhost:8137/api/v1").build();
 * SessionList first = syn.sessions().list(ListSessionsRequest.builder()
 *     .statuses(List.of("running", "failed"))
 *     .startedAfter(Instant.parse("2026-05-01T00:00:00Z"))
 *     .limit(200)
 *     .build());
 * SessionDetail detail = syn.sessions().get("a1b2");
 * }</pre>
 *
 * <p>The API may run without auth (no credentials is valid), behind a gateway that takes a bearer token,
 * or behind one that takes HTTP basic auth. Immutable and thread-safe: share one client.
 */
public final class SyntropicClient {
  /** The base URL of a local install: {@value}. */
  public static final String DEFAULT_BASE_URL = "http://localhost:8137/api/v1";

  private final ClientConfig config;
  private final SessionService sessions;
  private final AsyncSyntropicClient async;

  private SyntropicClient(HttpTransport transport) {
    this.config = transport.config();
    DefaultSessionService sessions = new DefaultSessionService(transport);
    this.sessions = sessions;
    // The async service runs the blocking one's calls on the client's executor.
    this.async = new AsyncSyntropicClient(new DefaultAsyncSessionService(transport, sessions));
  }

  /**
   * A builder with the defaults: {@value #DEFAULT_BASE_URL}, no credentials.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from the environment; see {@link Builder#fromEnv()}.
   *
   * @return the client
   * @throws IllegalStateException if the variables are inconsistent or unsafe (see {@link Builder#fromEnv()})
   * @throws IllegalArgumentException if {@code SYN_API_URL} is not an http(s) URL
   */
  public static SyntropicClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** {@link #fromEnv()} over the given variables, for tests. */
  static SyntropicClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /** The sessions: list them, walk them all, read one. */
  public SessionService sessions() {
    return sessions;
  }

  /** The same calls, asynchronous. */
  public AsyncSyntropicClient async() {
    return async;
  }

  /** The client's resolved configuration (its {@code toString()} never shows credentials). */
  public ClientConfig config() {
    return config;
  }

  /** The base URL and the auth scheme, never a secret. */
  @Override
  public String toString() {
    return "SyntropicClient[" + config.baseUrl() + ", " + config.credentials() + "]";
  }

  /**
   * Builds a {@link SyntropicClient}. Besides the settings every SessionKit client has (timeouts,
   * retries, executor, …), it takes the credentials: {@link #bearerToken}, {@link #basicAuth}, or none.
   * The last one set wins. Not thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder, SyntropicClient> {
    private static final String API_PREFIX = "/api/v1";
    private static final String DEFAULT_HOST_URL = "http://localhost:8137";

    private Builder() {
      super("syntropic", DEFAULT_BASE_URL);
    }

    /**
     * Sends {@code Authorization: Bearer <token>} (a gateway in front of the API).
     *
     * @param token the token, not blank
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank or contains CR or LF
     */
    public Builder bearerToken(String token) {
      Arguments.requireNonBlank(token, "bearerToken");
      return ClientBuilderAccess.credentials(this, Credentials.bearer(Secret.of(token)));
    }

    /**
     * Sends HTTP basic auth (the self-hosted gateway's password).
     *
     * @param user the user name, not blank, without a colon
     * @param password the password, not blank
     * @return this builder
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if either is blank, or the user name has a colon, CR or LF
     */
    public Builder basicAuth(String user, String password) {
      Arguments.requireNonBlank(user, "user");
      Arguments.requireNonBlank(password, "password");
      return ClientBuilderAccess.credentials(this, Credentials.basic(user, Secret.of(password)));
    }

    /**
     * Reads the settings the {@code syn} CLI reads:
     * <ul>
     *   <li>{@code SYN_API_URL}: the server, {@code http://localhost:8137} when unset; {@code /api/v1} is
     *       appended unless the URL already ends with it or {@code SYN_NO_PREFIX} is {@code 1} or
     *       {@code true};</li>
     *   <li>{@code SYN_API_TOKEN}: a bearer token; or else</li>
     *   <li>{@code SYN_API_USER} and {@code SYN_API_PASSWORD}: basic auth (both or neither).</li>
     * </ul>
     * Unset or blank variables count as absent; with none of the credential variables the client sends
     * no auth. Settings made later on this builder override these.
     *
     * @return this builder
     * @throws IllegalStateException if only one of {@code SYN_API_USER} and {@code SYN_API_PASSWORD} is set
     * @throws IllegalArgumentException if {@code SYN_API_URL} is not an http(s) URL
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    /** {@link #fromEnv()} over the given variables, for tests. */
    Builder fromEnv(Map<String, String> env) {
      Objects.requireNonNull(env, "env");
      String url = value(env, "SYN_API_URL");
      try {
        baseUrl(withPrefix(url == null ? DEFAULT_HOST_URL : url, isTrue(value(env, "SYN_NO_PREFIX"))));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("SYN_API_URL: " + e.getMessage(), e);
      }
      String token = value(env, "SYN_API_TOKEN");
      String user = value(env, "SYN_API_USER");
      String password = value(env, "SYN_API_PASSWORD");
      if (token != null) {
        // The token wins, as in the syn CLI: a gateway takes one scheme, and the token is the explicit one.
        return bearerToken(token);
      }
      if (user != null && password != null) {
        return basicAuth(user, password);
      }
      if (user != null || password != null) {
        throw new IllegalStateException((user == null ? "SYN_API_USER" : "SYN_API_PASSWORD")
            + " is not set, but " + (user == null ? "SYN_API_PASSWORD" : "SYN_API_USER")
            + " is: basic auth needs both");
      }
      return ClientBuilderAccess.credentials(this, Credentials.none());
    }

    private static String withPrefix(String url, boolean noPrefix) {
      String trimmed = url.trim();
      while (trimmed.endsWith("/")) {
        trimmed = trimmed.substring(0, trimmed.length() - 1);
      }
      return noPrefix || trimmed.endsWith(API_PREFIX) ? trimmed : trimmed + API_PREFIX;
    }

    private static boolean isTrue(String flag) {
      return flag != null && (flag.equals("1") || flag.toLowerCase(Locale.ROOT).equals("true"));
    }

    private static String value(Map<String, String> env, String name) {
      String v = env.get(name);
      return v == null || v.isBlank() ? null : v.trim();
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws IllegalStateException if credentials would travel over plain http to a non-loopback host
     *     (call {@code allowInsecureHttp(true)} on a trusted network), or a given HTTP client follows
     *     redirects while credentials are set
     */
    @Override
    public SyntropicClient build() {
      return new SyntropicClient(new HttpTransport(ClientBuilderAccess.config(this)));
    }
  }
}
