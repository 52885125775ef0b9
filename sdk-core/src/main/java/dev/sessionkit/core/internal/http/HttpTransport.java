package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.ClientConfig;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Sends {@link ApiRequest}s for a vendor client. It composes the stages, each with one job: the
 * {@link RetryLoop} runs attempts, the {@link Sender} makes each attempt (with {@link RequestFactory}
 * building requests and {@link Redirects} deciding where they go), and {@link ResponseBodies} reads what
 * comes back. One per client; thread-safe.
 */
public final class HttpTransport {
  private final ClientConfig config;
  private final SessionKitJson json;
  private final RequestFactory requests;
  private final RetryLoop retries;
  private final Sender sender;
  private final ResponseBodies bodies;

  /**
   * @param config the client's settings; its HTTP client, or one of the SDK's that follows no redirects
   */
  public HttpTransport(ClientConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    HttpClient http = config.httpClient().orElseGet(() -> HttpClient.newBuilder()
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        // Plain http: HTTP/1.1 outright. The default (HTTP/2) would try an h2c upgrade on every new
        // connection, which many servers and proxies handle badly.
        .version(config.baseUrl().getScheme().equals("https") ? HttpClient.Version.HTTP_2 : HttpClient.Version.HTTP_1_1)
        .build());
    this.json = new SessionKitJson(config.serverTimeZone(), config.storageTimeZone());
    ListenerChain listener = new ListenerChain(config.listener());
    Redactor redactor = new Redactor(config.credentials());
    this.requests = new RequestFactory(config);
    this.retries = new RetryLoop(config.retryPolicy(), listener);
    this.bodies = new ResponseBodies(config.maxResponseBytes(), redactor, config.retryPolicy().clock());
    this.sender = new Sender(http, requests, redactor, listener, bodies);
  }

  /** @return the client's settings */
  public ClientConfig config() {
    return config;
  }

  /** @return the client's JSON mapper, with its time zones */
  public SessionKitJson json() {
    return json;
  }

  /** @return where async calls run: the user's executor, or the SDK's bounded shared pool */
  public Executor executor() {
    return config.executor();
  }

  /**
   * Runs a blocking call on the client's executor. Cancelling the returned future (with
   * {@code cancel(true)} or {@code cancel(false)}) stops the call: if it is still queued it never starts;
   * if it runs, its thread is interrupted, which abandons the HTTP exchange in flight (the connection is
   * closed), cuts a back-off sleep short and prevents any further attempt. The listener then sees the
   * call fail with a {@link SessionKitException} "interrupted while …". Futures derived from it
   * ({@code thenApply}, …) do not pass a cancel back to it.
   *
   * @param call the blocking call
   * @param <T> its result
   * @return its future
   */
  public <T> CompletableFuture<T> async(Supplier<T> call) {
    return InterruptingFuture.start(call, config.executor());
  }

  /**
   * Sends the request (with retries) and reads the body with {@code reader}.
   *
   * @throws SessionKitException for every failure
   */
  public <T> T execute(ApiRequest request, RequestOptions options, ResponseReader<T> reader) {
    return withRetries(request, options, false, exchange -> {
      T value = bodies.read(exchange, reader);
      observe(options, exchange);
      return value;
    });
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
      InputStream body = bodies.decode(exchange);
      try {
        observe(options, exchange);
      } catch (RuntimeException e) {
        Failures.closeQuietly(body);
        throw e;
      }
      return body;
    });
  }

  private <T> T withRetries(ApiRequest request, RequestOptions options, boolean streaming,
      Function<Exchange, T> readBody) {
    int maxRetries = options.maxRetries().orElse(config.retryPolicy().maxRetries());
    Duration timeout = options.timeout().orElse(config.timeout());
    URI uri = requests.uri(request, options);
    return retries.run(request.method(), uri, request.idempotent(), maxRetries, (attempt, sent) ->
        readBody.apply(sender.send(request, uri, options, timeout, attempt, streaming, sent)));
  }

  /** Hands a successful response to the call's observers ({@link RequestOptions#responseObservers()}). */
  private static void observe(RequestOptions options, Exchange exchange) {
    if (options.responseObservers().isEmpty()) {
      return;
    }
    ResponseInfo info = ResponseInfo.of(exchange.response.statusCode(), exchange.response.headers().map());
    for (Consumer<? super ResponseInfo> observer : options.responseObservers()) {
      observer.accept(info);
    }
  }
}
