package dev.sessionkit.core;

import dev.sessionkit.core.internal.http.ClientBuilderAccess;
import dev.sessionkit.core.internal.http.DefaultExecutor;
import dev.sessionkit.core.internal.http.HeaderValues;
import dev.sessionkit.core.internal.http.Loopback;
import dev.sessionkit.core.internal.http.SdkVersion;
import dev.sessionkit.core.retry.RetryPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * The settings every SessionKit client shares; each vendor's builder extends it with its own (API key,
 * user id, default ids). Not thread-safe; the client it builds is.
 *
 * <p>Defaults: connect timeout 10 s, request timeout 60 s, 2 retries (see {@link RetryPolicy}), a
 * response cap of 64 MiB, async calls on a shared, bounded pool of daemon threads (see {@link #executor}).
 *
 * @param <B> the concrete builder
 * @param <C> the client it builds
 */
public abstract class ClientBuilder<B extends ClientBuilder<B, C>, C> {
  /** The default cap on a decoded response body: 64 MiB. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

  private final String product;
  private String baseUrl;
  private Credentials credentials = Credentials.none();
  private Duration timeout = Duration.ofSeconds(60);
  private Duration connectTimeout = Duration.ofSeconds(10);
  private Integer maxRetries;
  private RetryPolicy retryPolicy = RetryPolicy.defaults();
  private HttpClient httpClient;
  private Executor executor;
  private RequestListener listener = RequestListener.none();
  private String userAgent;
  private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
  private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
  private ZoneId serverTimeZone = ZoneOffset.UTC;
  private ZoneId storageTimeZone = ZoneOffset.UTC;
  private boolean allowInsecureHttp;

  /**
   * For the SessionKit vendor modules' builders only. It is protected, not package-private, because they
   * extend this class from their own modules, which Java's sealed classes cannot permit; it is not an
   * extension point, and a subclass outside SessionKit can reach no state of this class.
   *
   * @param product the vendor's name in the {@code User-Agent} ({@code timbal})
   * @param defaultBaseUrl the vendor's default base URL
   */
  protected ClientBuilder(String product, String defaultBaseUrl) {
    this.product = Objects.requireNonNull(product, "product");
    this.baseUrl = defaultBaseUrl;
  }

  static {
    ClientBuilderAccess.install(new ClientBuilderAccess.Hooks() {
      @Override
      public void credentials(ClientBuilder<?, ?> builder, Credentials credentials) {
        builder.credentials = Objects.requireNonNull(credentials, "credentials");
      }

      @Override
      public void serverTimeZone(ClientBuilder<?, ?> builder, ZoneId zone) {
        builder.serverTimeZone = Objects.requireNonNull(zone, "zone");
      }

      @Override
      public void storageTimeZone(ClientBuilder<?, ?> builder, ZoneId zone) {
        builder.storageTimeZone = Objects.requireNonNull(zone, "zone");
      }

      @Override
      public ClientConfig config(ClientBuilder<?, ?> builder) {
        return builder.config();
      }
    });
  }

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /**
   * The base URL that request paths are appended to, such as {@code https://api.timbal.ai}.
   *
   * @param baseUrl an absolute {@code http} or {@code https} URL
   * @return this builder
   * @throws IllegalArgumentException if it is not such a URL
   */
  public B baseUrl(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    parseBaseUrl(baseUrl);
    this.baseUrl = baseUrl;
    return self();
  }

  /**
   * @param baseUrl an absolute {@code http} or {@code https} URL
   * @return this builder
   */
  public B baseUrl(URI baseUrl) {
    return baseUrl(Objects.requireNonNull(baseUrl, "baseUrl").toString());
  }

  /**
   * The timeout of each attempt, from sending the request to the end of the response body.
   *
   * @param timeout positive
   * @return this builder
   */
  public B timeout(Duration timeout) {
    this.timeout = positive("timeout", timeout);
    return self();
  }

  /**
   * @param connectTimeout positive
   * @return this builder
   */
  public B connectTimeout(Duration connectTimeout) {
    this.connectTimeout = positive("connectTimeout", connectTimeout);
    return self();
  }

  /**
   * Retries after the first attempt; overrides the retry policy's count.
   *
   * @param maxRetries 0 to 100
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    if (maxRetries < 0 || maxRetries > 100) {
      throw new IllegalArgumentException("maxRetries must be between 0 and 100, was " + maxRetries);
    }
    this.maxRetries = maxRetries;
    return self();
  }

  /**
   * @param retryPolicy when and how to retry
   * @return this builder
   */
  public B retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
    return self();
  }

  /**
   * An HTTP client to use instead of the SDK's own (for a proxy, an SSL context, an executor). It must
   * not follow redirects when credentials are set: SessionKit follows them itself so that credentials
   * never reach another origin. The SDK's connect timeout does not apply to it.
   *
   * @param httpClient the client
   * @return this builder
   */
  public B httpClient(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    return self();
  }

  /**
   * Where {@code async()} calls run: each call takes one of the executor's threads while it waits for the
   * network, retries included.
   *
   * <p>By default a pool shared by every client: at most 64 daemon threads (idle ones end after 60 s),
   * never the common fork-join pool. When all 64 are busy, further calls are queued, not rejected: they
   * start, and their timeouts begin, as threads free up. So do not block a pool thread on another async
   * call (a {@code join()} inside a callback of one): once the pool is saturated the two wait for each
   * other. An executor given here is used as it is, with its own bounds and rejection policy; a
   * rejection is thrown by the {@code async()} call that was refused.
   *
   * <p>Cancelling the future of an async call ({@code cancel(true)} or {@code cancel(false)}) stops it: a
   * queued call never starts; a running one has its thread interrupted, which abandons the HTTP exchange
   * in flight, cuts a retry's back-off short and starts no further attempt. The
   * {@link #listener(RequestListener) listener} sees such a call fail with a
   * {@link dev.sessionkit.core.errors.SessionKitException} whose message starts "interrupted while", and
   * sees nothing of a call cancelled before it started. The interrupt is cleared when the call ends, so it
   * never reaches the executor's next task. A future derived from the call's ({@code thenApply}, …) does
   * not pass its cancellation back to it.
   *
   * @param executor the executor, used as it is
   * @return this builder
   */
  public B executor(Executor executor) {
    this.executor = Objects.requireNonNull(executor, "executor");
    return self();
  }

  /**
   * @param listener observes every attempt, response, retry and failure
   * @return this builder
   */
  public B listener(RequestListener listener) {
    this.listener = Objects.requireNonNull(listener, "listener");
    return self();
  }

  /**
   * A product token put before SessionKit's own in the {@code User-Agent} header ({@code my-app/1.2}).
   *
   * @param userAgent without control characters (CR, LF, …) or characters past U+00FF
   * @return this builder
   */
  public B userAgent(String userAgent) {
    this.userAgent = HeaderValues.requireSendable("userAgent", userAgent);
    return self();
  }

  /**
   * A header sent with every request.
   *
   * @param name the header name
   * @param value the value, without control characters (CR, LF, …) or characters past U+00FF
   * @return this builder
   */
  public B defaultHeader(String name, String value) {
    HeaderValues.requireValidName(name);
    HeaderValues.requireSendable("header " + name, value);
    defaultHeaders.put(name, value);
    return self();
  }

  /**
   * The largest decoded response body the client reads; past it a call fails with
   * {@code ResponseTooLargeException} instead of exhausting memory.
   *
   * @param maxResponseBytes at least 1 KiB
   * @return this builder
   */
  public B maxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes < 1024) {
      throw new IllegalArgumentException("maxResponseBytes must be at least 1024, was " + maxResponseBytes);
    }
    this.maxResponseBytes = maxResponseBytes;
    return self();
  }

  /**
   * Allows a plain {@code http://} base URL on a non-loopback host although credentials are set. Off by
   * default: on such a URL the credentials would cross the network in clear text.
   *
   * @param allow whether to allow it
   * @return this builder
   */
  public B allowInsecureHttp(boolean allow) {
    this.allowInsecureHttp = allow;
    return self();
  }

  /**
   * Validates the settings and resolves them into a configuration.
   *
   * @return the configuration
   * @throws IllegalStateException if no base URL is set, or credentials would travel over plain HTTP to a
   *     non-loopback host, or the given HTTP client follows redirects while credentials are set
   */
  private ClientConfig config() {
    if (baseUrl == null) {
      throw new IllegalStateException("baseUrl is not set");
    }
    URI base = parseBaseUrl(baseUrl);
    if (credentials.isSensitive() && base.getScheme().equals("http") && !allowInsecureHttp
        && !Loopback.isLoopback(base.getHost())) {
      throw new IllegalStateException("refusing to send credentials over plain http to " + base.getHost()
          + ": use an https:// baseUrl, or call allowInsecureHttp(true) if the network is trusted");
    }
    if (httpClient != null && credentials.isPresent()
        && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalStateException("the given httpClient follows redirects (" + httpClient.followRedirects()
          + "); build it with HttpClient.Redirect.NEVER: SessionKit follows redirects itself so that"
          + " credentials never reach another origin");
    }
    RetryPolicy policy = maxRetries == null ? retryPolicy : retryPolicy.toBuilder().maxRetries(maxRetries).build();
    String sdkAgent = "SessionKit/" + SdkVersion.VERSION + " (" + product + "; Java "
        + Runtime.version().feature() + ")";
    String agent = userAgent == null ? sdkAgent : userAgent + " " + sdkAgent;
    return new ClientConfig(base, credentials, timeout, connectTimeout, policy, httpClient,
        executor == null ? DefaultExecutor.shared() : executor, listener, agent, defaultHeaders,
        maxResponseBytes, serverTimeZone, storageTimeZone);
  }

  /**
   * Builds the client.
   *
   * @return the client
   * @throws IllegalStateException if the settings are incomplete or unsafe
   */
  public abstract C build();

  private static Duration positive(String name, Duration d) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
    return d;
  }

  private static URI parseBaseUrl(String s) {
    URI uri;
    try {
      uri = new URI(s.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl is not a valid URL: " + e.getReason());
    }
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!"http".equals(scheme) && !"https".equals(scheme)) {
      throw new IllegalArgumentException("baseUrl must start with http:// or https://, was " + uri.getScheme());
    }
    if (uri.getHost() == null) {
      throw new IllegalArgumentException("baseUrl has no host");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("baseUrl must not carry user info; use the builder's credentials");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("baseUrl must not have a query or fragment");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return URI.create(scheme + "://" + uri.getRawAuthority() + path);
  }
}
