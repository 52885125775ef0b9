package dev.sessionkit.timbal.sessions;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link ComposeSessionService}: the same calls, each completing on the
 * client's executor. Obtain it from {@link dev.sessionkit.timbal.TimbalAsyncClient#composeSessions()}.
 * Argument errors are thrown by the calling thread; failures on the wire complete the future
 * exceptionally. Thread-safe.
 */
public final class AsyncComposeSessionService {
  private final TimbalContext context;
  private final ComposeSessionService sync;

  /**
   * For the SDK: obtain the service from {@link dev.sessionkit.timbal.TimbalAsyncClient#composeSessions()}.
   *
   * @param context the client's internals
   */
  public AsyncComposeSessionService(TimbalContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.sync = new ComposeSessionService(context);
  }

  /**
   * The project's compose sessions, optionally only one user's.
   *
   * @param request the project and filter
   * @return the sessions
   */
  public CompletableFuture<List<ComposeSession>> list(ListComposeSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The project's compose sessions, with per-call options.
   *
   * @param request the project and filter
   * @param options the call's options
   * @return the sessions
   */
  public CompletableFuture<List<ComposeSession>> list(ListComposeSessionsRequest request, RequestOptions options) {
    ApiRequest get = sync.listRequest(request);
    Objects.requireNonNull(options, "options");
    return context.async(() -> sync.fetchList(get, options));
  }

  /**
   * One compose session with its messages.
   *
   * @param request names the session
   * @return the session
   */
  public CompletableFuture<ComposeSessionDetail> get(GetComposeSessionRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * One compose session with its messages, with per-call options.
   *
   * @param request names the session
   * @param options the call's options
   * @return the session
   */
  public CompletableFuture<ComposeSessionDetail> get(GetComposeSessionRequest request, RequestOptions options) {
    ApiRequest get = sync.getRequest(request);
    Objects.requireNonNull(options, "options");
    return context.async(() -> sync.fetch(get, options));
  }
}
