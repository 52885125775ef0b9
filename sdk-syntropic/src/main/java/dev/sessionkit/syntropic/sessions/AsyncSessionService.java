package dev.sessionkit.syntropic.sessions;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AsyncAutoPager;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link SessionService}: the same calls, run on the client's executor. Get it
 * from {@code syn.async().sessions()}. Implementations are thread-safe.
 *
 * <pre>{@code
 * syn.async().sessions().get("a1b2").thenAccept(d -> System.out.println(d.totalCostUsd()));
 * }</pre>
 *
 * <p>A failed call completes its future exceptionally with the exception the blocking call would throw.
 * Argument errors (a null request or options, a blank id, a cursor of another listing) are thrown at once,
 * before any request.
 */
public interface AsyncSessionService {
  /**
   * See {@link SessionService#list(ListSessionsRequest)}.
   *
   * @param request the filters, not null
   * @return completes with the sessions of one response
   */
  default CompletableFuture<SessionList> list(ListSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * See {@link SessionService#list(ListSessionsRequest, RequestOptions)}.
   *
   * @param request the filters, not null
   * @param options options of this call, not null
   * @return completes with the sessions of one response
   */
  CompletableFuture<SessionList> list(ListSessionsRequest request, RequestOptions options);

  /**
   * See {@link SessionService#listAll(ListSessionsRequest)}: every matching session, each page fetched on
   * the client's executor when the subscriber's demand reaches it.
   *
   * @param request the filters, not null
   * @return the sessions
   */
  default AsyncAutoPager<Session> listAll(ListSessionsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * See {@link SessionService#listAll(ListSessionsRequest, RequestOptions)}.
   *
   * @param request the filters, not null
   * @param options options of every page's request, not null
   * @return the sessions
   */
  AsyncAutoPager<Session> listAll(ListSessionsRequest request, RequestOptions options);

  /**
   * See {@link SessionService#get(String)}.
   *
   * @param id the session id, or a unique prefix of it
   * @return completes with the session
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  default CompletableFuture<SessionDetail> get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * See {@link SessionService#get(String, RequestOptions)}.
   *
   * @param id the session id, or a unique prefix of it
   * @param options options of this call, not null
   * @return completes with the session
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is blank
   */
  CompletableFuture<SessionDetail> get(String id, RequestOptions options);
}
