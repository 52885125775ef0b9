package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.time.Instant;
import java.util.Objects;

/**
 * Timbal's runs: {@code /orgs/{org}/projects/{project}/runs}. Obtain it from
 * {@link dev.sessionkit.timbal.TimbalClient#runs()}.
 *
 * <p>Listings are cursor-paged: {@link #list(ListRunsRequest)} returns the first page and
 * {@link Page#nextPage()} follows the server's {@code next_page_token}; {@link #listAll(ListRunsRequest)}
 * walks every page lazily. A cursor that the server sends twice ends the walk with a
 * {@link dev.sessionkit.core.errors.SessionKitException} instead of looping forever.
 *
 * <p>Every method throws {@link IllegalStateException} before any request when neither the request nor
 * the client names the org or project, and the unchecked exceptions of {@link dev.sessionkit.core.errors}
 * for failures on the wire. Thread-safe.
 */
public final class RunService {
  private final TimbalContext context;
  private final ReactionService reactions;

  /**
   * For the SDK: obtain the service from {@link dev.sessionkit.timbal.TimbalClient#runs()}.
   *
   * @param context the client's internals
   */
  public RunService(TimbalContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.reactions = new ReactionService(context);
  }

  /**
   * The first page of runs that match the request.
   *
   * @param request the filters
   * @return the first page; {@link Page#nextPage()} fetches the next
   */
  public Page<Run> list(ListRunsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The first page of runs that match the request, with per-call options (applied to every later page
   * too).
   *
   * @param request the filters
   * @param options the call's options
   * @return the first page
   */
  public Page<Run> list(ListRunsRequest request, RequestOptions options) {
    return firstPage(listRequest(request), options);
  }

  /**
   * Every run that matches the request, fetched a page at a time as iteration reaches it.
   *
   * @param request the filters
   * @return the runs; each walk starts again from the first page
   */
  public AutoPager<Run> listAll(ListRunsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every run that matches the request, with per-call options applied to every page.
   *
   * @param request the filters
   * @param options the call's options
   * @return the runs
   */
  public AutoPager<Run> listAll(ListRunsRequest request, RequestOptions options) {
    ApiRequest first = listRequest(request);
    Objects.requireNonNull(options, "options");
    return new LazyAutoPager<>(() -> firstPage(first, options));
  }

  /**
   * One run, by id or idempotency key, with its status detail and trace.
   *
   * @param request names the run
   * @return the run
   * @throws dev.sessionkit.core.errors.NotFoundException if there is no such run
   */
  public RunDetail get(GetRunRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * One run, by id or idempotency key, with per-call options.
   *
   * @param request names the run
   * @param options the call's options
   * @return the run
   * @throws dev.sessionkit.core.errors.NotFoundException if there is no such run
   */
  public RunDetail get(GetRunRequest request, RequestOptions options) {
    return fetch(getRequest(request), options);
  }

  /** The reactions to runs: {@code /runs/{run_id}/reactions}. */
  public ReactionService reactions() {
    return reactions;
  }

  ApiRequest listRequest(ListRunsRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "runs"))
        .query("user_id", request.userId().orElse(null))
        .query("status", request.status().orElse(null))
        .query("sentiment", request.sentiment().orElse(null))
        .query("group_id", request.groupId().orElse(null))
        .query("workforce_id", request.workforceId().orElse(null))
        .query("rev", request.rev().orElse(null))
        .query("from", request.from().map(Instant::toEpochMilli).orElse(null))
        .query("to", request.to().map(Instant::toEpochMilli).orElse(null))
        .query("metadata", request.metadata().orElse(null))
        .query("roots", request.roots().orElse(null))
        .query("sort_by", request.sortBy().map(RunSortField::value).orElse(null))
        .query("sort_order", request.sortOrder().map(SortOrder::value).orElse(null))
        .build();
  }

  Page<Run> firstPage(ApiRequest first, RequestOptions options) {
    return context.cursorPages(first, options, RunListResponse.class);
  }

  ApiRequest getRequest(GetRunRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "runs", request.runId())).build();
  }

  RunDetail fetch(ApiRequest request, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return context.call(request, options, RunDetail.class);
  }
}
