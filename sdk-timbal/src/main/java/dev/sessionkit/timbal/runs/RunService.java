package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;

/**
 * Timbal's runs: {@code /orgs/{org}/projects/{project}/runs}. Obtain it from
 * {@link dev.sessionkit.timbal.TimbalClient#runs()}.
 *
 * <pre>{@code
 * ListRunsRequest failed = ListRunsRequest.builder().status(RunStatus.ERROR).build();
 * for (Run run : timbal.runs().listAll(failed)) {
 *   System.out.println(run.id() + " " + run.costUsd());
 * }
 * RunDetail detail = timbal.runs().get(GetRunRequest.builder().runId("run_01").build());
 * }</pre>
 *
 * <p>Listings are cursor-paged: {@link #list(ListRunsRequest)} returns the first page and
 * {@link Page#nextPage()} follows the server's {@code next_page_token}; {@link #listAll(ListRunsRequest)}
 * walks every page lazily. A cursor that the server sends twice ends the walk with a
 * {@link dev.sessionkit.core.errors.SessionKitException} instead of looping forever.
 *
 * <p>Every method throws {@link IllegalStateException} before any request when neither the request nor
 * the client names the org or project, and the unchecked exceptions of {@link dev.sessionkit.core.errors}
 * for failures on the wire. Implementations are thread-safe.
 */
public interface RunService {
  /**
   * The first page of runs that match the request.
   *
   * @param request the filters, not null
   * @return the first page; {@link Page#nextPage()} fetches the next
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  default Page<Run> list(ListRunsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The first page of runs that match the request, with per-call options (applied to every later page
   * too).
   *
   * @param request the filters, not null
   * @param options the call's options, not null
   * @return the first page
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  Page<Run> list(ListRunsRequest request, RequestOptions options);

  /**
   * Every run that matches the request, fetched a page at a time as iteration reaches it. Nothing is sent
   * until the iteration starts.
   *
   * @param request the filters, not null
   * @return the runs; each walk starts again from the first page, and throws a
   *     {@link dev.sessionkit.core.errors.SessionKitException} where a page fails
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default AutoPager<Run> listAll(ListRunsRequest request) {
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
  AutoPager<Run> listAll(ListRunsRequest request, RequestOptions options);

  /**
   * One run, by id or idempotency key, with its status detail and trace.
   *
   * @param request names the run, not null
   * @return the run
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.NotFoundException if there is no such run
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  default RunDetail get(GetRunRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * One run, by id or idempotency key, with per-call options.
   *
   * @param request names the run, not null
   * @param options the call's options, not null
   * @return the run
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.NotFoundException if there is no such run
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  RunDetail get(GetRunRequest request, RequestOptions options);

  /**
   * The reactions to runs: {@code /runs/{run_id}/reactions}.
   *
   * @return the reactions service, the same one on every call
   */
  ReactionService reactions();
}
