package dev.sessionkit.core;

import dev.sessionkit.core.retry.RetryPolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The resolved configuration of a client, as its builder validated it. Every vendor client has one;
 * {@link #toString()} never shows credentials. Immutable and thread-safe.
 *
 * @param baseUrl the URL that request paths are appended to, without a trailing slash
 * @param credentials how the client authenticates
 * @param timeout the timeout of each attempt, body included
 * @param connectTimeout the connect timeout
 * @param retryPolicy the retry policy, with the builder's {@code maxRetries} applied
 * @param httpClient the user's HTTP client, if one was given; else the SDK builds its own
 * @param executor where async calls run
 * @param listener the user's listener
 * @param userAgent the {@code User-Agent} header
 * @param defaultHeaders headers sent on every request
 * @param maxResponseBytes the cap on a decoded response body
 * @param serverTimeZone the zone in which the server's naive timestamps are read: the zone of the server host's
 *     clock
 * @param storageTimeZone the zone in which the naive timestamps that the server's storage writes are read, where a
 *     model marks its times as storage times (AgentScope's session, team and agent records); UTC unless a
 *     vendor builder sets it
 */
public record ClientConfig(
    URI baseUrl,
    Credentials credentials,
    Duration timeout,
    Duration connectTimeout,
    RetryPolicy retryPolicy,
    Optional<HttpClient> httpClient,
    Executor executor,
    RequestListener listener,
    String userAgent,
    Map<String, String> defaultHeaders,
    long maxResponseBytes,
    ZoneId serverTimeZone,
    ZoneId storageTimeZone) {

  /** Copies the default headers. */
  public ClientConfig {
    defaultHeaders = Map.copyOf(defaultHeaders);
    Objects.requireNonNull(serverTimeZone, "serverTimeZone");
    Objects.requireNonNull(storageTimeZone, "storageTimeZone");
  }

  /**
   * A configuration whose storage times are read in UTC: the components of the first releases, before
   * {@code storageTimeZone}.
   *
   * @param baseUrl the URL that request paths are appended to
   * @param credentials how the client authenticates
   * @param timeout the timeout of each attempt
   * @param connectTimeout the connect timeout
   * @param retryPolicy the retry policy
   * @param httpClient the user's HTTP client, if one was given
   * @param executor where async calls run
   * @param listener the user's listener
   * @param userAgent the {@code User-Agent} header
   * @param defaultHeaders headers sent on every request
   * @param maxResponseBytes the cap on a decoded response body
   * @param serverTimeZone the zone of the server host's clock
   */
  public ClientConfig(URI baseUrl, Credentials credentials, Duration timeout, Duration connectTimeout,
      RetryPolicy retryPolicy, Optional<HttpClient> httpClient, Executor executor, RequestListener listener,
      String userAgent, Map<String, String> defaultHeaders, long maxResponseBytes, ZoneId serverTimeZone) {
    this(baseUrl, credentials, timeout, connectTimeout, retryPolicy, httpClient, executor, listener, userAgent,
        defaultHeaders, maxResponseBytes, serverTimeZone, ZoneOffset.UTC);
  }

  @Override
  public String toString() {
    return "ClientConfig[baseUrl=" + baseUrl + ", credentials=" + credentials + ", timeout=" + timeout
        + ", connectTimeout=" + connectTimeout + ", retryPolicy=" + retryPolicy + ", userAgent=" + userAgent
        + ", defaultHeaders=" + defaultHeaders.keySet() + ", maxResponseBytes=" + maxResponseBytes
        + ", serverTimeZone=" + serverTimeZone + ", storageTimeZone=" + storageTimeZone + "]";
  }
}
