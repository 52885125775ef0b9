package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.paging.ExecutorAsyncAutoPager;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link ReactionService}. Obtain it from {@link AsyncRunService#reactions()}.
 * Argument errors are thrown by the calling thread; failures on the wire complete the future
 * exceptionally. Thread-safe.
 */
public final class AsyncReactionService {
  private final TimbalContext context;
  private final ReactionService sync;

  AsyncReactionService(TimbalContext context, ReactionService sync) {
    this.context = context;
    this.sync = sync;
  }

  /**
   * The first page of the run's reactions.
   *
   * @param request names the run
   * @return the first page
   */
  public CompletableFuture<Page<Reaction>> list(ListReactionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The first page of the run's reactions, with per-call options.
   *
   * @param request names the run
   * @param options the call's options
   * @return the first page
   */
  public CompletableFuture<Page<Reaction>> list(ListReactionsRequest request, RequestOptions options) {
    ApiRequest first = sync.listRequest(request);
    Objects.requireNonNull(options, "options");
    return context.async(() -> sync.firstPage(first, options));
  }

  /**
   * Every reaction to the run, published as the subscriber asks for them.
   *
   * @param request names the run
   * @return the reactions
   */
  public AsyncAutoPager<Reaction> listAll(ListReactionsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every reaction to the run, with per-call options applied to every page.
   *
   * @param request names the run
   * @param options the call's options
   * @return the reactions
   */
  public AsyncAutoPager<Reaction> listAll(ListReactionsRequest request, RequestOptions options) {
    ApiRequest first = sync.listRequest(request);
    Objects.requireNonNull(options, "options");
    return new ExecutorAsyncAutoPager<>(() -> sync.firstPage(first, options), context.executor());
  }

  /**
   * Posts a reaction to the run. Never retried.
   *
   * @param request the run, the sentiment and the optional feedback
   * @return completes when the server has accepted it
   */
  public CompletableFuture<Void> create(CreateReactionRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Posts a reaction to the run, with per-call options. Never retried.
   *
   * @param request the run, the sentiment and the optional feedback
   * @param options the call's options
   * @return completes when the server has accepted it
   */
  public CompletableFuture<Void> create(CreateReactionRequest request, RequestOptions options) {
    ApiRequest post = sync.createRequest(request);
    Objects.requireNonNull(options, "options");
    return context.async(() -> {
      context.send(post, options);
      return null;
    });
  }
}
