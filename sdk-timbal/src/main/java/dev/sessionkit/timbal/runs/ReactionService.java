package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.util.Objects;

/**
 * The reactions to a run: {@code /orgs/{org}/projects/{project}/runs/{run_id}/reactions}. Obtain it from
 * {@link RunService#reactions()}.
 *
 * <p>Listings are cursor-paged like {@link RunService#list(ListRunsRequest)}. {@link #create} is a POST
 * and is never retried: a reaction sent twice would be counted twice.
 *
 * <p>Every method throws {@link IllegalStateException} before any request when neither the request nor
 * the client names the org or project, and the unchecked exceptions of {@link dev.sessionkit.core.errors}
 * for failures on the wire. Thread-safe.
 */
public final class ReactionService {
  private final TimbalContext context;

  ReactionService(TimbalContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /**
   * The first page of the run's reactions.
   *
   * @param request names the run
   * @return the first page; {@link Page#nextPage()} fetches the next
   */
  public Page<Reaction> list(ListReactionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The first page of the run's reactions, with per-call options (applied to every later page too).
   *
   * @param request names the run
   * @param options the call's options
   * @return the first page
   */
  public Page<Reaction> list(ListReactionsRequest request, RequestOptions options) {
    return firstPage(listRequest(request), options);
  }

  /**
   * Every reaction to the run, fetched a page at a time as iteration reaches it.
   *
   * @param request names the run
   * @return the reactions
   */
  public AutoPager<Reaction> listAll(ListReactionsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * Every reaction to the run, with per-call options applied to every page.
   *
   * @param request names the run
   * @param options the call's options
   * @return the reactions
   */
  public AutoPager<Reaction> listAll(ListReactionsRequest request, RequestOptions options) {
    ApiRequest first = listRequest(request);
    Objects.requireNonNull(options, "options");
    return new LazyAutoPager<>(() -> firstPage(first, options));
  }

  /**
   * Posts a reaction to the run ({@code 204 No Content} on success). Never retried.
   *
   * @param request the run, the sentiment and the optional feedback
   */
  public void create(CreateReactionRequest request) {
    create(request, RequestOptions.none());
  }

  /**
   * Posts a reaction to the run, with per-call options. Never retried, whatever the options say.
   *
   * @param request the run, the sentiment and the optional feedback
   * @param options the call's options
   */
  public void create(CreateReactionRequest request, RequestOptions options) {
    ApiRequest post = createRequest(request);
    context.send(post, Objects.requireNonNull(options, "options"));
  }

  ApiRequest listRequest(ListReactionsRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "runs", request.runId(), "reactions")).build();
  }

  Page<Reaction> firstPage(ApiRequest first, RequestOptions options) {
    return context.cursorPages(first, options, ReactionListResponse.class);
  }

  ApiRequest createRequest(CreateReactionRequest request) {
    Objects.requireNonNull(request, "request");
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("sentiment", request.sentiment().value());
    request.feedback().ifPresent(f -> body.put("feedback", f));
    return ApiRequest.post(context.path(request, "runs", request.runId(), "reactions"))
        .jsonBody(body)
        .idempotent(false)
        .build();
  }
}
