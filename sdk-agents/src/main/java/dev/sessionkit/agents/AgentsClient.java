package dev.sessionkit.agents;

import dev.sessionkit.agents.internal.DefaultAsyncSessionService;
import dev.sessionkit.agents.internal.DefaultSessionService;
import dev.sessionkit.agents.sessions.SessionService;
import dev.sessionkit.core.internal.http.ClientBuilderAccess;
import dev.sessionkit.core.ClientBuilder;
import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.internal.http.HeaderValues;
import dev.sessionkit.core.internal.http.HttpTransport;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The client of AgentScope's Agent Service (self-hosted): sessions, their messages, runs and the live event
 * stream. Every request carries the caller's identity as the {@code x-user-id} header.
 *
 * <pre>{@code
 * AgentsClient agents = AgentsClient.builder().baseUrl("http://localhost:8000").userId("alice").build();
 * SessionList list = agents.sessions().list(ListSessionsRequest.builder().agentId("agent-1").build());
 * SessionView v = list.sessions().get(0);
 * }</pre>
 *
 * <p>Or from the environment: {@code AGENTSCOPE_API_URL} (default {@value #DEFAULT_BASE_URL}),
 * {@code AGENTSCOPE_USER_ID}, and the server's zones {@code AGENTSCOPE_SERVER_TZ} and
 * {@code AGENTSCOPE_STORAGE_TZ} (both UTC by default), with {@link #fromEnv()}.
 *
 * <p>The server writes naive times on two clocks. Messages, their blocks and run events carry its host's local
 * time: set {@link Builder#serverTimeZone(ZoneId)} to the host's zone when it is not UTC. Session, team and
 * agent records carry the time its storage writes: UTC with the SQL storage, the host's local time with the
 * Redis storage ({@link Builder#storageTimeZone(ZoneId)}).
 *
 * <p>Immutable and thread-safe; share one per server and user.
 */
public final class AgentsClient {
  /** The base URL used when none is given: a service on this machine. */
  public static final String DEFAULT_BASE_URL = "http://localhost:8000";
  /** The environment variable of the base URL. */
  public static final String ENV_API_URL = "AGENTSCOPE_API_URL";
  /** The environment variable of the user id. */
  public static final String ENV_USER_ID = "AGENTSCOPE_USER_ID";
  /** The environment variable of the server host's zone ({@link Builder#serverTimeZone(ZoneId)}). */
  public static final String ENV_SERVER_TZ = "AGENTSCOPE_SERVER_TZ";
  /** The environment variable of the storage's zone ({@link Builder#storageTimeZone(ZoneId)}). */
  public static final String ENV_STORAGE_TZ = "AGENTSCOPE_STORAGE_TZ";

  private final ClientConfig config;
  private final SessionService sessions;
  private final AsyncAgentsClient async;

  private AgentsClient(ClientConfig config) {
    this.config = config;
    HttpTransport transport = new HttpTransport(config);
    this.sessions = new DefaultSessionService(transport);
    this.async = new AsyncAgentsClient(new DefaultAsyncSessionService(transport, sessions));
  }

  /** @return a new builder with the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client configured from {@code AGENTSCOPE_API_URL} and {@code AGENTSCOPE_USER_ID}.
   *
   * @return the client
   * @throws IllegalStateException if {@code AGENTSCOPE_USER_ID} is not set
   * @throws IllegalArgumentException if a variable holds an invalid value
   */
  public static AgentsClient fromEnv() {
    return fromEnv(System.getenv());
  }

  static AgentsClient fromEnv(Map<String, String> env) {
    return builder().fromEnv(env).build();
  }

  /**
   * Sessions: list, create, update, delete, chat, stream, and their messages.
   *
   * @return the sessions service
   */
  public SessionService sessions() {
    return sessions;
  }

  /**
   * The same calls, returning {@link java.util.concurrent.CompletableFuture}s that complete on the client's
   * executor.
   *
   * @return the asynchronous client
   */
  public AsyncAgentsClient async() {
    return async;
  }

  /**
   * The resolved settings.
   *
   * @return the configuration
   */
  public ClientConfig config() {
    return config;
  }

  @Override
  public String toString() {
    return "AgentsClient[" + config + "]";
  }

  /**
   * Builds an {@link AgentsClient}. A user id is required; everything else has a default. Not thread-safe.
   */
  public static final class Builder extends ClientBuilder<Builder, AgentsClient> {
    private boolean userIdSet;

    private Builder() {
      super("agentscope", DEFAULT_BASE_URL);
    }

    /**
     * The caller's user id, sent as {@code x-user-id} on every request (the service's temporary
     * header-based identity).
     *
     * @param userId not blank; only characters java.net.http can send in a header (no CR, LF, NUL, no other
     *     ASCII control character but tab, no DEL, nothing past U+00FF)
     * @return this builder
     * @throws IllegalArgumentException if it is blank or holds a character a header cannot carry; the message
     *     never quotes the id
     * @throws NullPointerException if it is null
     */
    public Builder userId(String userId) {
      Objects.requireNonNull(userId, "userId");
      if (userId.isBlank()) {
        // The server reads an empty x-user-id as unauthenticated (401): fail here instead.
        throw new IllegalArgumentException("userId must not be blank");
      }
      HeaderValues.requireSendable("userId", userId);
      ClientBuilderAccess.credentials(this, Credentials.header("x-user-id", userId));
      userIdSet = true;
      return this;
    }

    /**
     * The zone of the server host's clock. The Agent Service stamps messages, their content blocks and the
     * events of a run with its host's local {@code datetime.now()}, without a zone: set the host's zone here
     * (the {@code TZ} of the server process) when it is not UTC, or those times are off by its offset. UTC by
     * default. Session, team and agent records are read in {@link #storageTimeZone(ZoneId)} instead.
     *
     * @param zone the zone of the server host, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder serverTimeZone(ZoneId zone) {
      return ClientBuilderAccess.serverTimeZone(this, zone);
    }

    /**
     * The zone of the times that the server's storage writes on session, team and agent records
     * ({@code created_at}, {@code updated_at}), also naive. The SQL storage ({@code AsyncSQLAlchemyStorage})
     * writes them in UTC whatever the host's zone: leave the default. The Redis storage (the only one before
     * agentscope added the SQL storage in July 2026) writes the host's local time: set the host's zone here
     * too. UTC by default.
     *
     * @param zone the zone of the server's stored record times, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder storageTimeZone(ZoneId zone) {
      return ClientBuilderAccess.storageTimeZone(this, zone);
    }

    /**
     * Applies {@code AGENTSCOPE_API_URL}, {@code AGENTSCOPE_USER_ID}, {@code AGENTSCOPE_SERVER_TZ} and
     * {@code AGENTSCOPE_STORAGE_TZ} (zone ids such as {@code Asia/Shanghai} or {@code +08:00}) where they are
     * set and not blank.
     *
     * @return this builder
     * @throws IllegalArgumentException if a variable holds an invalid value; the message names the variable
     */
    public Builder fromEnv() {
      return fromEnv(System.getenv());
    }

    Builder fromEnv(Map<String, String> env) {
      String url = env.get(ENV_API_URL);
      if (url != null && !url.isBlank()) {
        baseUrl(url.trim());
      }
      String user = env.get(ENV_USER_ID);
      if (user != null && !user.isBlank()) {
        userId(user.trim());
      }
      String serverTimeZone = env.get(ENV_SERVER_TZ);
      if (serverTimeZone != null && !serverTimeZone.isBlank()) {
        serverTimeZone(zone(ENV_SERVER_TZ, serverTimeZone));
      }
      String storageTimeZone = env.get(ENV_STORAGE_TZ);
      if (storageTimeZone != null && !storageTimeZone.isBlank()) {
        storageTimeZone(zone(ENV_STORAGE_TZ, storageTimeZone));
      }
      return this;
    }

    private static ZoneId zone(String variable, String value) {
      try {
        return ZoneId.of(value.trim());
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(variable + " is not a time zone id (such as Asia/Shanghai or +08:00): \""
            + value.trim() + "\"", e);
      }
    }

    /**
     * @return the client
     * @throws IllegalStateException if no user id is set, or the settings are incomplete or unsafe
     */
    @Override
    public AgentsClient build() {
      if (!userIdSet) {
        throw new IllegalStateException("userId is not set: call userId(...) or set " + ENV_USER_ID
            + "; the Agent Service needs x-user-id on every request");
      }
      return new AgentsClient(ClientBuilderAccess.config(this));
    }
  }
}
