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
 * The asynchronous mirror of {@link RunService}: the same calls, each completing on the client's executor.
 * Obtain it from {@link dev.sessionkit.timbal.TimbalAsyncClient#runs()}.
 *
 * <p>Argument errors (a missing org or project) are thrown by the calling thread, before any request;
 * failures on the wire complete the future exceptionally with the exceptions of
 * {@link dev.sessionkit.core.errors}. Thread-safe.
 */
public final class AsyncRunService {
  private final TimbalContext context;
  private final RunService sync;
  private final AsyncReactionService reactions;

  /**
   * For the SDK: obtain the service from {@link dev.sessionkit.timbal.TimbalAsyncClient#runs()}.
   *
   * @param context the client's internals
   */
  public AsyncRunService(TimbalContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.sync = new RunService(context);
    this.reactions = new AsyncReactionService(context, sync.reactions());
  }

  /**
   * The first page of runs that match the request.
   *
   * @param request the filters
   * @return the first page; its {@link Page#nextPage()} blocks
   */
  public CompletableFuture<Page<Run>> list(ListRunsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The first page of runs that match the request, with per-call options.
   *
   * @param request the filters
   * @param options the call's options
   * @return the first page
   */
  public CompletableFuture<Page<Run>> list(ListRunsRequest request, RequestOptions options) {
    ApiRequest first = sync.listRequest(request);
    Objects.requireNonNull(options, "options");
    return context.async(() -> sync.firstPage(first, options));
  }

  /**
   * Every run that matches the request, published as the subscriber asks for them.
   *
   * @param request the filters
   * @return the runs
   */
  public AsyncAutoPager<Run> listAll(ListRunsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every run that matches the request, with per-call options applied to every page.
   *
   * @param request the filters
   * @param options the call's options
   * @return the runs
   */
  public AsyncAutoPager<Run> listAll(ListRunsRequest request, RequestOptions options) {
    ApiRequest first = sync.listRequest(request);
    Objects.requireNonNull(options, "options");
    return new ExecutorAsyncAutoPager<>(() -> sync.firstPage(first, options), context.executor());
  }

  /**
   * One run, by id or idempotency key, with its status detail and trace.
   *
   * @param request names the run
   * @return the run
   */
  public CompletableFuture<RunDetail> get(GetRunRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * One run, by id or idempotency key, with per-call options.
   *
   * @param request names the run
   * @param options the call's options
   * @return the run
   */
  public CompletableFuture<RunDetail> get(GetRunRequest request, RequestOptions options) {
    ApiRequest get = sync.getRequest(request);
    Objects.requireNonNull(options, "options");
    return context.async(() -> sync.fetch(get, options));
  }

  /** The reactions to runs, asynchronously. */
  public AsyncReactionService reactions() {
    return reactions;
  }
}
