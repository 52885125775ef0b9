package dev.sessionkit.timbal.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.timbal.sessions.AsyncComposeSessionService;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ComposeSessionDetail;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AsyncComposeSessionService}: the request is built (and its arguments checked) on the calling
 * thread, then sent by the blocking service on the client's executor.
 */
public final class DefaultAsyncComposeSessionService implements AsyncComposeSessionService {
  private final TimbalContext context;
  private final DefaultComposeSessionService sync;

  /**
   * @param context the client's context, for its executor
   * @param sync the blocking service that builds and sends the requests
   */
  public DefaultAsyncComposeSessionService(TimbalContext context, DefaultComposeSessionService sync) {
    this.context = Objects.requireNonNull(context, "context");
    this.sync = Objects.requireNonNull(sync, "sync");
  }

  @Override
  public CompletableFuture<List<ComposeSession>> list(ListComposeSessionsRequest request, RequestOptions options) {
    return context.sendAsync(sync.listRequest(request), options, (list, o) -> sync.fetchList(request, list, o));
  }

  @Override
  public CompletableFuture<ComposeSessionDetail> get(GetComposeSessionRequest request, RequestOptions options) {
    return context.sendAsync(sync.getRequest(request), options, sync::fetch);
  }
}
