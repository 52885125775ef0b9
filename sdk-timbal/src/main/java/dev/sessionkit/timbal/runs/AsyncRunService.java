package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.Page;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link RunService}: the same calls, each completing on the client's executor.
 * Obtain it from {@link dev.sessionkit.timbal.AsyncTimbalClient#runs()}.
 *
 * <pre>{@code
 * timbal.async().runs().list(request)
 *     .thenAccept(page -> page.items().forEach(run -> System.out.println(run.id())));
 * }</pre>
 *
 * <p>Argument errors (a null request or options, a missing org or project) are thrown by the calling
 * thread, before any request; failures on the wire complete the future exceptionally with the exceptions of
 * {@link dev.sessionkit.core.errors}. Implementations are thread-safe.
 */
public interface AsyncRunService {
  /**
   * The first page of runs that match the request.
   *
   * @param request the filters, not null
   * @return completes with the first page; its {@link Page#nextPage()} blocks
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default CompletableFuture<Page<Run>> list(ListRunsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The first page of runs that match the request, with per-call options (applied to every later page
   * too).
   *
   * @param request the filters, not null
   * @param options the call's options, not null
   * @return completes with the first page
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  CompletableFuture<Page<Run>> list(ListRunsRequest request, RequestOptions options);

  /**
   * Every run that matches the request, published as the subscriber asks for them.
   *
   * @param request the filters, not null
   * @return the runs
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default AsyncAutoPager<Run> listAll(ListRunsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every run that matches the request, with per-call options applied to every page.
   *
   * @param request the filters, not null
   * @param options the call's options, not null
   * @return the runs
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  AsyncAutoPager<Run> listAll(ListRunsRequest request, RequestOptions options);

  /**
   * One run, by id or idempotency key, with its status detail and trace.
   *
   * @param request names the run, not null
   * @return completes with the run, or exceptionally with a
   *     {@link dev.sessionkit.core.errors.NotFoundException} if there is no such run
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default CompletableFuture<RunDetail> get(GetRunRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * One run, by id or idempotency key, with per-call options.
   *
   * @param request names the run, not null
   * @param options the call's options, not null
   * @return completes with the run
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  CompletableFuture<RunDetail> get(GetRunRequest request, RequestOptions options);

  /**
   * The reactions to runs, asynchronously.
   *
   * @return the reactions service, the same one on every call
   */
  AsyncReactionService reactions();
}
