package dev.sessionkit.core.internal.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.Credentials;
import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.ApiTimeoutException;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.ResponseTooLargeException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.retry.RetryPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Sends {@link ApiRequest}s: builds the URL and headers, follows redirects safely, retries what may be
 * retried, maps errors to exceptions and reads bodies from the stream. One per client; thread-safe.
 */
public final class HttpTransport {
  private static final int MAX_REDIRECTS = 5;
  private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;

  private final ClientConfig config;
  private final HttpClient http;
  private final SessionKitJson json;
  private final ListenerChain listener;
  private final List<String> secrets;

  public HttpTransport(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.http = config.httpClient().orElseGet(() -> HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        // Plain http: HTTP/1.1 outright. The default (HTTP/2) would try an h2c upgrade on every new
        // connection, which many servers and proxies handle badly.
        .version(config.baseUrl().getScheme().equals("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .build());
    this.json = new SessionKitJson(config.serverTimeZone(), config.storageTimeZone());
    this.listener = new ListenerChain(config.listener());
    this.secrets = secretsOf(config.credentials());
  }

  public ClientConfig config() {
    return config;
  }

  public SessionKitJson json() {
    return json;
  }

  public Executor executor() {
    return config.executor();
  }

  /** Runs a blocking call on the client's executor. */
  public <T> CompletableFuture<T> async(Supplier<T> call) {
    return CompletableFuture.supplyAsync(call, config.executor());
  }

  /**
   * Sends the request (with retries) and reads the body with {@code reader}.
   *
   * @throws SessionKitException for every failure
   */
  public <T> T execute(ApiRequest request, RequestOptions options, ResponseReader<T> reader) {
    return withRetries(request, options, false, exchange -> {
      T value = readBody(exchange, reader);
      observe(options, exchange);
      return value;
    });
  }

  /** Hands a successful response to the call's observers ({@link RequestOptions#responseObservers()}). */
  private static void observe(RequestOptions options, Exchange exchange) {
    if (options.responseObservers().isEmpty()) {
      return;
    }
    ResponseInfo info = ResponseInfo.of(exchange.response.statusCode(), exchange.response.headers().map());
    for (java.util.function.Consumer<? super ResponseInfo> observer : options.responseObservers()) {
      observer.accept(info);
    }
  }

  /**
   * Sends the request and binds the JSON body to {@code type} (a class or a parameterised type).
   *
   * @return the bound value, never null: a body of JSON {@code null} is a {@link ResponseParseException}
   */
  public <T> T executeJson(ApiRequest request, RequestOptions options, java.lang.reflect.Type type) {
    com.fasterxml.jackson.databind.ObjectReader reader = json.readerFor(type);
    return execute(request, options, ResponseReader.nonNull((body, status) -> reader.readValue(body),
        reader.getValueType()));
  }


  /**
   * Opens a long-lived response (Server-Sent Events): the timeout covers the wait for the headers only,
   * and the body has no size cap. The caller closes the stream.
   */
  public InputStream openStream(ApiRequest request, RequestOptions options) {
    return withRetries(request, options, true, exchange -> {
      InputStream body = decode(exchange);
      try {
        observe(options, exchange);
      } catch (RuntimeException e) {
        closeQuietly(body);
        throw e;
      }
      return body;
    });
  }

  private interface BodyStep<T> {
    T apply(Exchange exchange);
  }

  private <T> T withRetries(ApiRequest request, RequestOptions options, boolean streaming, BodyStep<T> step) {
    RetryPolicy policy = config.retryPolicy();
    int maxRetries = options.maxRetries().orElse(policy.maxRetries());
    Duration timeout = options.timeout().orElse(config.timeout());
    // A per-call parameter replaces the SDK's of the same name: servers disagree on which of two
    // values wins (FastAPI takes the last), so never send two.
    List<Map.Entry<String, String>> query = new ArrayList<>(request.query());
    query.removeIf(e -> options.queryParams().containsKey(e.getKey()));
    options.queryParams().forEach((k, v) -> query.add(new AbstractMap.SimpleImmutableEntry<>(k, v)));
    URI uri = UrlBuilder.build(config.baseUrl(), request.segments(), request.trailingSlash(), query);
    for (int attempt = 1; ; attempt++) {
      long start = System.nanoTime();
      Sent sent = new Sent();
      try {
        return step.apply(exchange(request, uri, options, timeout, attempt, streaming, sent));
      } catch (SessionKitException e) {
        RequestInfo failed = sent.info;
        if (!request.idempotent() || attempt > maxRetries || !isRetryable(e, policy)) {
          listener.requestFailed(failed, Duration.ofNanos(System.nanoTime() - start), e);
          throw e;
        }
        Duration delay = delayBefore(attempt, e, policy);
        listener.retryScheduled(failed, delay, e);
        try {
          policy.sleeper().sleep(delay);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          SessionKitException stop = new SessionKitException("interrupted while waiting to retry "
              + request.method() + " " + uri.getRawPath(), e);
          listener.requestFailed(failed, Duration.ofNanos(System.nanoTime() - start), stop);
          throw stop;
        }
      }
    }
  }

  /** What the current attempt last sent, for the listener when it fails. */
  private static final class Sent {
    RequestInfo info;
  }

  private static boolean isRetryable(SessionKitException e, RetryPolicy policy) {
    if (e instanceof ApiConnectionException) {
      return true;
    }
    return e instanceof ApiException && policy.retryableStatuses().contains(((ApiException) e).statusCode());
  }

  private static Duration delayBefore(int attempt, SessionKitException e, RetryPolicy policy) {
    if (e instanceof ApiException) {
      ApiException api = (ApiException) e;
      Duration asked = api instanceof RateLimitException
          ? ((RateLimitException) api).retryAfter().orElse(null)
          : RetryAfter.parse(HttpHeaders.of(api.headers(), (a, b) -> true), policy.clock()).orElse(null);
      if (asked != null) {
        return asked.compareTo(policy.maxRetryAfter()) > 0 ? policy.maxRetryAfter() : asked;
      }
    }
    return policy.backoff().computeDelay(attempt);
  }

  /** One sent request whose response headers said 2xx. */
  private static final class Exchange {
    final HttpResponse<InputStream> response;
    final String method;
    final URI uri;

    Exchange(HttpResponse<InputStream> response, String method, URI uri) {
      this.response = response;
      this.method = method;
      this.uri = uri;
    }
  }

  private Exchange exchange(ApiRequest request, URI first, RequestOptions options, Duration timeout, int attempt,
      boolean streaming, Sent sent) {
    URI uri = first;
    boolean sendCredentials = true;
    for (int hop = 0; ; hop++) {
      long start = System.nanoTime();
      HttpRequest httpRequest = buildRequest(request, uri, options, timeout, sendCredentials);
      RequestInfo info = RequestInfo.of(request.method(), uri, redact(httpRequest.headers().map()), attempt);
      sent.info = info;
      listener.requestSent(info);
      long deadline = streaming ? Long.MAX_VALUE : start + timeout.toNanos();
      HttpResponse<InputStream> response;
      try {
        response = http.send(httpRequest, ResponseInputStream.handler(deadline));
      } catch (HttpConnectTimeoutException e) {
        throw new ApiTimeoutException("connect timed out: " + describe(request.method(), uri), e);
      } catch (HttpTimeoutException e) {
        throw new ApiTimeoutException("request timed out after " + timeout.toMillis() + " ms: "
            + describe(request.method(), uri), e);
      } catch (IOException e) {
        throw new ApiConnectionException("connection failed: " + describe(request.method(), uri) + ": "
            + ioMessage(e), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SessionKitException("interrupted while sending " + describe(request.method(), uri), e);
      }
      int status = response.statusCode();
      listener.responseReceived(info, status, Duration.ofNanos(System.nanoTime() - start));
      if (isRedirect(status)) {
        closeQuietly(response.body());
        URI next = redirectTarget(request, uri, response, hop);
        if (!sameOrigin(uri, next) || isDowngrade(uri, next)) {
          // RFC 9110 §15.4 leaves this to the client; like curl and browsers, credentials never follow
          // a redirect to another origin.
          sendCredentials = false;
        }
        uri = next;
        continue;
      }
      if (status >= 400) {
        throw errorFrom(request, uri, response);
      }
      return new Exchange(response, request.method(), uri);
    }
  }

  private HttpRequest buildRequest(ApiRequest request, URI uri, RequestOptions options, Duration timeout,
      boolean sendCredentials) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", config.userAgent());
    headers.put("Accept", "application/json");
    headers.put("Accept-Encoding", "gzip");
    Credentials credentials = config.credentials();
    if (credentials.isPresent() && sendCredentials) {
      headers.put(credentials.headerName(), credentials.headerValue().reveal());
    }
    config.defaultHeaders().forEach((k, v) -> putHeader(headers, k, v, sendCredentials));
    request.headers().forEach((k, v) -> putHeader(headers, k, v, sendCredentials));
    options.headers().forEach((k, v) -> putHeader(headers, k, v, sendCredentials));
    if (request.contentType() != null) {
      headers.put("Content-Type", request.contentType());
    }
    HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(timeout);
    headers.forEach(b::setHeader);
    HttpRequest.BodyPublisher body = request.body() == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofByteArray(request.body());
    return b.method(request.method(), body).build();
  }

  // Later headers replace earlier ones whatever the case of their names.
  private static void putHeader(Map<String, String> headers, String name, String value, boolean sendCredentials) {
    if (!sendCredentials && HeaderValues.isSensitive(name)) {
      return;
    }
    headers.keySet().removeIf(k -> k.equalsIgnoreCase(name));
    headers.put(name, value);
  }

  private Map<String, List<String>> redact(Map<String, List<String>> headers) {
    Credentials credentials = config.credentials();
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> {
      boolean secret = HeaderValues.isSensitive(k)
          || (credentials.isSensitive() && k.equalsIgnoreCase(credentials.headerName()));
      out.put(k, secret ? List.of("****") : v);
    });
    return out;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static URI redirectTarget(ApiRequest request, URI uri, HttpResponse<?> response, int hop) {
    String location = response.headers().firstValue("location").orElseThrow(() -> new ApiConnectionException(
        response.statusCode() + " redirect without a Location header: " + describe(request.method(), uri), null));
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      throw new SessionKitException("the server redirected " + describe(request.method(), uri) + " (status "
          + response.statusCode() + "); SessionKit does not replay a " + request.method() + " to another location");
    }
    if (hop + 1 > MAX_REDIRECTS) {
      throw new ApiConnectionException("more than " + MAX_REDIRECTS + " redirects: " + describe(request.method(), uri), null);
    }
    URI next;
    try {
      next = uri.resolve(location.trim());
    } catch (IllegalArgumentException e) {
      throw new ApiConnectionException("redirect to an invalid Location from " + describe(request.method(), uri), e);
    }
    String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw new ApiConnectionException("redirect to a non-HTTP location from " + describe(request.method(), uri), null);
    }
    return next;
  }

  private static boolean sameOrigin(URI a, URI b) {
    return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
        && port(a) == port(b);
  }

  private static boolean isDowngrade(URI from, URI to) {
    return from.getScheme().equalsIgnoreCase("https") && to.getScheme().equalsIgnoreCase("http");
  }

  private static int port(URI u) {
    return u.getPort() != -1 ? u.getPort() : u.getScheme().equalsIgnoreCase("https") ? 443 : 80;
  }

  private ApiException errorFrom(ApiRequest request, URI uri, HttpResponse<InputStream> response) {
    byte[] body;
    try (InputStream in = decode(new Exchange(response, request.method(), uri))) {
      body = in.readNBytes(MAX_ERROR_BODY_BYTES);
    } catch (IOException | SessionKitException e) {
      body = new byte[0];
    }
    // Servers echo bad credentials back ("invalid key sk-…"); the exception must not carry them.
    body = redactSecrets(new String(body, java.nio.charset.StandardCharsets.UTF_8))
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    HttpHeaders headers = response.headers();
    return ErrorResponses.toException(request.method(), uri.getRawPath(), response.statusCode(), headers.map(), body,
        RetryAfter.parse(headers, config.retryPolicy().clock()).orElse(null));
  }

  private InputStream decode(Exchange exchange) {
    InputStream raw = exchange.response.body();
    boolean gzip = exchange.response.headers().firstValue("content-encoding")
        .map(v -> v.trim().equalsIgnoreCase("gzip")).orElse(false);
    if (!gzip) {
      return raw;
    }
    try {
      return new GZIPInputStream(raw, 8192);
    } catch (ZipException e) {
      closeQuietly(raw);
      throw parseError(exchange, "the body is marked gzip but is not gzip data", null, e);
    } catch (HttpTimeoutException e) {
      closeQuietly(raw);
      throw timeoutWhileReading(exchange, e);
    } catch (IOException e) {
      closeQuietly(raw);
      throw new ApiConnectionException("connection failed while reading the response of "
          + describe(exchange.method, exchange.uri) + ": " + ioMessage(e), e);
    }
  }

  private <T> T readBody(Exchange exchange, ResponseReader<T> reader) {
    BoundedInputStream body = null;
    try {
      body = new BoundedInputStream(decode(exchange), config.maxResponseBytes());
      T value = reader.read(body, exchange.response.statusCode());
      // Read to the end: Jackson stops at the closing brace and GZIPInputStream at its trailer, and
      // java.net.http drops (does not reuse) a connection whose body was not consumed.
      body.drain();
      return value;
    } catch (JsonProcessingException e) {
      // Jackson wraps what the stream threw while it read the element of a collection (a listing's items):
      // a cap, a timeout or a dropped connection there is that failure, not a malformed body.
      IOException streamFailure = streamFailure(e);
      if (streamFailure == null) {
        throw parseError(exchange, e.getOriginalMessage(), body, e);
      }
      throw readFailure(exchange, streamFailure);
    } catch (IOException e) {
      throw readFailure(exchange, e);
    } catch (SessionKitException e) {
      throw e;
    } catch (RuntimeException e) {
      throw parseError(exchange, e.getMessage(), body, e);
    } finally {
      if (body != null) {
        closeQuietly(body);
      } else {
        closeQuietly(exchange.response.body());
      }
    }
  }

  /** The exception for an I/O failure of the body stream: over the cap, timed out, or the connection broke. */
  private SessionKitException readFailure(Exchange exchange, IOException e) {
    if (e instanceof BoundedInputStream.LimitExceeded) {
      return new ResponseTooLargeException("the response of " + describe(exchange.method, exchange.uri)
          + " is larger than the " + config.maxResponseBytes() + "-byte cap (maxResponseBytes)",
          config.maxResponseBytes());
    }
    if (e instanceof HttpTimeoutException) {
      return timeoutWhileReading(exchange, e);
    }
    return new ApiConnectionException("connection failed while reading the response of "
        + describe(exchange.method, exchange.uri) + ": " + ioMessage(e), e);
  }

  /** The stream's own I/O failure inside a parser exception, or null if the body itself was at fault. */
  private static IOException streamFailure(JsonProcessingException e) {
    for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof IOException && !(t instanceof JsonProcessingException)) {
        return (IOException) t;
      }
    }
    return null;
  }

  private ApiTimeoutException timeoutWhileReading(Exchange exchange, IOException e) {
    return new ApiTimeoutException("request timed out while reading the response of "
        + describe(exchange.method, exchange.uri), e);
  }

  private ResponseParseException parseError(Exchange exchange, String what, BoundedInputStream body,
      Throwable cause) {
    int status = exchange.response.statusCode();
    String contentType = exchange.response.headers().firstValue("content-type").orElse(null);
    String excerpt = body == null ? "" : body.excerpt();
    // The excerpt, and the parser's own message, quote the body, which may echo the credentials.
    return new ResponseParseException(redactSecrets("could not read the response of " + describe(exchange.method, exchange.uri)
        + " (status " + status + ", content type " + (contentType == null ? "none" : contentType) + "): " + what
        + (excerpt.isEmpty() ? "" : "; the body starts: " + excerpt)), status, contentType, cause);
  }

  /**
   * The forms in which the client's secret could come back in a body: the header value, and the token or
   * the password alone. Longest first, so that a header value is replaced whole before its token. Values
   * shorter than 4 characters are left alone: replacing them would garble every message.
   */
  private static List<String> secretsOf(Credentials credentials) {
    if (!credentials.isSensitive()) {
      return List.of();
    }
    String value = credentials.headerValue().reveal();
    List<String> out = new ArrayList<>(List.of(value));
    int space = value.indexOf(' ');
    if (space > 0) {
      String token = value.substring(space + 1);
      out.add(token);
      if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
        try {
          String pair = new String(java.util.Base64.getDecoder().decode(token), java.nio.charset.StandardCharsets.UTF_8);
          out.add(pair.substring(pair.indexOf(':') + 1));
        } catch (IllegalArgumentException notBase64) {
          // a basic token the SDK did not build: its parts are unknown
        }
      }
    }
    out.removeIf(secret -> secret.length() < 4);
    out.sort(java.util.Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }

  private String redactSecrets(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, "****");
    }
    return out;
  }

  // The path only: query values can be user ids that do not belong in an exception message.
  private static String describe(String method, URI uri) {
    return method + " " + uri.getScheme() + "://" + uri.getRawAuthority() + uri.getRawPath();
  }

  private static String ioMessage(IOException e) {
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException | RuntimeException ignored) {
      // nothing to do: the exchange is over either way
    }
  }
}
