package dev.sessionkit.timbal.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.runs.AsyncReactionService;
import dev.sessionkit.timbal.runs.AsyncRunService;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AsyncRunService}: the request is built (and its arguments checked) on the calling thread, then
 * sent by the blocking service on the client's executor.
 */
public final class DefaultAsyncRunService implements AsyncRunService {
  private final TimbalContext context;
  private final DefaultRunService sync;
  private final AsyncReactionService reactions;

  /**
   * @param context the client's context, for its executor
   * @param sync the blocking service that builds and sends the requests
   */
  public DefaultAsyncRunService(TimbalContext context, DefaultRunService sync) {
    this.context = Objects.requireNonNull(context, "context");
    this.sync = Objects.requireNonNull(sync, "sync");
    this.reactions = new DefaultAsyncReactionService(context, sync.reactions());
  }

  @Override
  public CompletableFuture<Page<Run>> list(ListRunsRequest request, RequestOptions options) {
    return sync.listing().firstAsync(request, options);
  }

  @Override
  public AsyncAutoPager<Run> listAll(ListRunsRequest request, RequestOptions options) {
    return sync.listing().allAsync(request, options);
  }

  @Override
  public CompletableFuture<RunDetail> get(GetRunRequest request, RequestOptions options) {
    return context.sendAsync(sync.getRequest(request), options, sync::fetch);
  }

  @Override
  public AsyncReactionService reactions() {
    return reactions;
  }
}
