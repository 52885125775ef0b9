package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.Page;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link ReactionService}. Obtain it from {@link AsyncRunService#reactions()}.
 *
 * <p>Argument errors (a null request or options, a missing org or project) are thrown by the calling
 * thread, before any request; failures on the wire complete the future exceptionally with the exceptions of
 * {@link dev.sessionkit.core.errors}. Implementations are thread-safe.
 */
public interface AsyncReactionService {
  /**
   * The first page of the run's reactions.
   *
   * @param request names the run, not null
   * @return completes with the first page; its {@link Page#nextPage()} blocks
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default CompletableFuture<Page<Reaction>> list(ListReactionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The first page of the run's reactions, with per-call options (applied to every later page too).
   *
   * @param request names the run, not null
   * @param options the call's options, not null
   * @return completes with the first page
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  CompletableFuture<Page<Reaction>> list(ListReactionsRequest request, RequestOptions options);

  /**
   * Every reaction to the run, published as the subscriber asks for them.
   *
   * @param request names the run, not null
   * @return the reactions
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default AsyncAutoPager<Reaction> listAll(ListReactionsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every reaction to the run, with per-call options applied to every page.
   *
   * @param request names the run, not null
   * @param options the call's options, not null
   * @return the reactions
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  AsyncAutoPager<Reaction> listAll(ListReactionsRequest request, RequestOptions options);

  /**
   * Posts a reaction to the run. Never retried.
   *
   * @param request the run, the sentiment and the optional feedback, not null
   * @return completes when the server has accepted it
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default CompletableFuture<Void> create(CreateReactionRequest request) {
    return create(request, RequestOptions.none());
  }

  /**
   * Posts a reaction to the run, with per-call options. Never retried, whatever the options say.
   *
   * @param request the run, the sentiment and the optional feedback, not null
   * @param options the call's options, not null
   * @return completes when the server has accepted it
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  CompletableFuture<Void> create(CreateReactionRequest request, RequestOptions options);
}
