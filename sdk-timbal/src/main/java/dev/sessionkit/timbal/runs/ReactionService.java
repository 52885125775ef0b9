package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;

/**
 * The reactions to a run: {@code /orgs/{org}/projects/{project}/runs/{run_id}/reactions}. Obtain it from
 * {@link RunService#reactions()}.
 *
 * <pre>{@code
 * timbal.runs().reactions().create(CreateReactionRequest.builder()
 *     .runId("run_01").sentiment(Sentiment.NEGATIVE).feedback("wrong invoice total").build());
 * }</pre>
 *
 * <p>Listings are cursor-paged like {@link RunService#list(ListRunsRequest)}. {@link #create} is a POST
 * and is never retried: a reaction sent twice would be counted twice.
 *
 * <p>Every method throws {@link IllegalStateException} before any request when neither the request nor
 * the client names the org or project, and the unchecked exceptions of {@link dev.sessionkit.core.errors}
 * for failures on the wire. Implementations are thread-safe.
 */
public interface ReactionService {
  /**
   * The first page of the run's reactions.
   *
   * @param request names the run, not null
   * @return the first page; {@link Page#nextPage()} fetches the next
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  default Page<Reaction> list(ListReactionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The first page of the run's reactions, with per-call options (applied to every later page too).
   *
   * @param request names the run, not null
   * @param options the call's options, not null
   * @return the first page
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  Page<Reaction> list(ListReactionsRequest request, RequestOptions options);

  /**
   * Every reaction to the run, fetched a page at a time as iteration reaches it. Nothing is sent until the
   * iteration starts.
   *
   * @param request names the run, not null
   * @return the reactions; each walk starts again from the first page, and throws a
   *     {@link dev.sessionkit.core.errors.SessionKitException} where a page fails
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default AutoPager<Reaction> listAll(ListReactionsRequest request) {
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
  AutoPager<Reaction> listAll(ListReactionsRequest request, RequestOptions options);

  /**
   * Posts a reaction to the run ({@code 204 No Content} on success). Never retried.
   *
   * @param request the run, the sentiment and the optional feedback, not null
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.UnprocessableEntityException if the server refuses the reaction
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  default void create(CreateReactionRequest request) {
    create(request, RequestOptions.none());
  }

  /**
   * Posts a reaction to the run, with per-call options. Never retried, whatever the options say.
   *
   * @param request the run, the sentiment and the optional feedback, not null
   * @param options the call's options, not null
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.UnprocessableEntityException if the server refuses the reaction
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  void create(CreateReactionRequest request, RequestOptions options);
}
