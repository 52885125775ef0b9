package dev.sessionkit.timbal.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.runs.AsyncReactionService;
import dev.sessionkit.timbal.runs.CreateReactionRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.Reaction;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * {@link AsyncReactionService}: the request is built (and its arguments checked) on the calling thread,
 * then sent by the blocking service on the client's executor.
 */
public final class DefaultAsyncReactionService implements AsyncReactionService {
  private final TimbalContext context;
  private final DefaultReactionService sync;

  /**
   * @param context the client's context, for its executor
   * @param sync the blocking service that builds and sends the requests
   */
  public DefaultAsyncReactionService(TimbalContext context, DefaultReactionService sync) {
    this.context = Objects.requireNonNull(context, "context");
    this.sync = Objects.requireNonNull(sync, "sync");
  }

  @Override
  public CompletableFuture<Page<Reaction>> list(ListReactionsRequest request, RequestOptions options) {
    return sync.listing().firstAsync(request, options);
  }

  @Override
  public AsyncAutoPager<Reaction> listAll(ListReactionsRequest request, RequestOptions options) {
    return sync.listing().allAsync(request, options);
  }

  @Override
  public CompletableFuture<Void> create(CreateReactionRequest request, RequestOptions options) {
    return context.sendAsync(sync.createRequest(request), options, (post, o) -> {
      context.send(post, o);
      return null;
    });
  }
}
