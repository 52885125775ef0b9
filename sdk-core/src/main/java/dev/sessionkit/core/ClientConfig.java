package dev.sessionkit.core;

import dev.sessionkit.core.retry.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The resolved configuration of a client, as its builder validated it. Every vendor client has one
 * ({@code client.config()}); it is made only by {@link ClientBuilder}. {@link #toString()} never shows
 * credentials. Immutable and thread-safe.
 *
 * <p>A final class rather than a record, so that a setting can be added without breaking code compiled
 * against this version (a record's canonical constructor and its deconstruction pattern change with every
 * component).
 */
public final class ClientConfig {
  private final URI baseUrl;
  private final Credentials credentials;
  private final Duration timeout;
  private final Duration connectTimeout;
  private final RetryPolicy retryPolicy;
  private final HttpClient httpClient;
  private final Executor executor;
  private final RequestListener listener;
  private final String userAgent;
  private final Map<String, String> defaultHeaders;
  private final long maxResponseBytes;
  private final ZoneId serverTimeZone;
  private final ZoneId storageTimeZone;

  ClientConfig(
      URI baseUrl,
      Credentials credentials,
      Duration timeout,
      Duration connectTimeout,
      RetryPolicy retryPolicy,
      HttpClient httpClient,
      Executor executor,
      RequestListener listener,
      String userAgent,
      Map<String, String> defaultHeaders,
      long maxResponseBytes,
      ZoneId serverTimeZone,
      ZoneId storageTimeZone) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    this.httpClient = httpClient;
    this.executor = Objects.requireNonNull(executor, "executor");
    this.listener = Objects.requireNonNull(listener, "listener");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(defaultHeaders));
    this.maxResponseBytes = maxResponseBytes;
    this.serverTimeZone = Objects.requireNonNull(serverTimeZone, "serverTimeZone");
    this.storageTimeZone = Objects.requireNonNull(storageTimeZone, "storageTimeZone");
  }

  /**
   * @return the URL that request paths are appended to, without a trailing slash
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * @return how the client authenticates (its {@code toString()} never shows the secret)
   */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * @return the timeout of each attempt, body included
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * @return the retry policy, with the builder's {@code maxRetries} applied
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * The user's HTTP client, if one was given; else the SDK builds its own.
   *
   * @return the client given to the builder, or empty
   */
  public Optional<HttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /**
   * @return where async calls run: the builder's executor, else the shared default pool
   */
  public Executor executor() {
    return executor;
  }

  /**
   * @return the user's listener ({@link RequestListener#none()} when none was set)
   */
  public RequestListener listener() {
    return listener;
  }

  /**
   * @return the {@code User-Agent} header
   */
  public String userAgent() {
    return userAgent;
  }

  /**
   * @return headers sent on every request, in the order set; unmodifiable
   */
  public Map<String, String> defaultHeaders() {
    return defaultHeaders;
  }

  /**
   * @return the cap on a decoded response body, in bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * @return the zone in which the server's naive timestamps are read: the zone of the server host's clock
   */
  public ZoneId serverTimeZone() {
    return serverTimeZone;
  }

  /**
   * @return the zone in which the naive timestamps that the server's storage writes are read, where a model marks
   * its times as storage times (AgentScope's session, team and agent records); UTC unless a vendor builder
   * sets it
   */
  public ZoneId storageTimeZone() {
    return storageTimeZone;
  }

  @Override
  public String toString() {
    return "ClientConfig[baseUrl=" + baseUrl + ", credentials=" + credentials + ", timeout=" + timeout
        + ", connectTimeout=" + connectTimeout + ", retryPolicy=" + retryPolicy + ", userAgent=" + userAgent
        + ", defaultHeaders=" + defaultHeaders.keySet() + ", maxResponseBytes=" + maxResponseBytes
        + ", serverTimeZone=" + serverTimeZone + ", storageTimeZone=" + storageTimeZone + "]";
  }
}
