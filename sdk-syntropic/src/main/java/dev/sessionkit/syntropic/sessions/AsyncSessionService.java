package dev.sessionkit.syntropic.sessions;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.ExecutorAsyncAutoPager;
import dev.sessionkit.core.paging.AsyncAutoPager;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link SessionService}: the same calls, run on the client's executor. Get it
 * from {@code syn.async().sessions()}. Thread-safe.
 *
 * <pre>{@code
 * syn.async().sessions().get("a1b2").thenAccept(d -> System.out.println(d.totalCostUsd()));
 * }</pre>
 *
 * <p>A failed call completes its future exceptionally with the exception the blocking call would throw.
 * Argument errors are thrown at once, before any request.
 */
public final class AsyncSessionService {
  private final SessionService sessions;
  private final HttpTransport transport;

  /**
   * Internal: SessionKit builds this service for its client; use {@code syn.async().sessions()}.
   *
   * @param transport the client's transport
   * @hidden
   */
  public AsyncSessionService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.sessions = new SessionService(transport);
  }

  /**
   * See {@link SessionService#list(ListSessionsRequest)}.
   *
   * @param request the filters
   * @return completes with the sessions of one response
   */
  public CompletableFuture<SessionList> list(ListSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * See {@link SessionService#list(ListSessionsRequest, RequestOptions)}.
   *
   * @param request the filters
   * @param options options of this call
   * @return completes with the sessions of one response
   */
  public CompletableFuture<SessionList> list(ListSessionsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return transport.async(() -> sessions.list(request, options));
  }

  /**
   * See {@link SessionService#listAll(ListSessionsRequest)}: every matching session, each page fetched on
   * the client's executor when the subscriber's demand reaches it.
   *
   * @param request the filters
   * @return the sessions
   */
  public AsyncAutoPager<Session> listAll(ListSessionsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * See {@link SessionService#listAll(ListSessionsRequest, RequestOptions)}.
   *
   * @param request the filters
   * @param options options of every page's request
   * @return the sessions
   */
  public AsyncAutoPager<Session> listAll(ListSessionsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return new ExecutorAsyncAutoPager<>(() -> sessions.firstPage(request, options), transport.executor());
  }

  /**
   * See {@link SessionService#get(String)}.
   *
   * @param id the session id, or a unique prefix of it
   * @return completes with the session
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public CompletableFuture<SessionDetail> get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * See {@link SessionService#get(String, RequestOptions)}.
   *
   * @param id the session id, or a unique prefix of it
   * @param options options of this call
   * @return completes with the session
   * @throws IllegalArgumentException if {@code id} is blank
   */
  public CompletableFuture<SessionDetail> get(String id, RequestOptions options) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be null or blank");
    }
    Objects.requireNonNull(options, "options");
    return transport.async(() -> sessions.get(id, options));
  }
}
