package dev.sessionkit.syntropic.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.ExecutorAsyncAutoPager;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.syntropic.sessions.AsyncSessionService;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.syntropic.sessions.SessionList;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AsyncSessionService}: the arguments are checked on the calling thread, then the blocking service
 * runs the call on the client's executor.
 */
public final class DefaultAsyncSessionService implements AsyncSessionService {
  private final HttpTransport transport;
  private final DefaultSessionService sessions;

  /**
   * @param transport the client's transport, for its executor
   * @param sessions the blocking service the calls run
   */
  public DefaultAsyncSessionService(HttpTransport transport, DefaultSessionService sessions) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.sessions = Objects.requireNonNull(sessions, "sessions");
  }

  @Override
  public CompletableFuture<SessionList> list(ListSessionsRequest request, RequestOptions options) {
    SessionsWalk.Start start = DefaultSessionService.requireListable(request, options);
    return transport.async(() -> sessions.list(request, options, start));
  }

  @Override
  public AsyncAutoPager<Session> listAll(ListSessionsRequest request, RequestOptions options) {
    SessionsWalk.Start start = DefaultSessionService.requireWalkable(request);
    DefaultSessionService.requirePageable(options);
    return new ExecutorAsyncAutoPager<>(() -> sessions.firstPage(request, options, start), transport.executor());
  }

  @Override
  public CompletableFuture<SessionDetail> get(String id, RequestOptions options) {
    DefaultSessionService.requireId(id);
    Objects.requireNonNull(options, "options");
    return transport.async(() -> sessions.get(id, options));
  }
}
