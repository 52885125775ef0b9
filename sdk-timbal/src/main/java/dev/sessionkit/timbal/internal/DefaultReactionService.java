package dev.sessionkit.timbal.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.runs.CreateReactionRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.Reaction;
import dev.sessionkit.timbal.runs.ReactionService;
import java.util.Objects;

/**
 * {@link ReactionService} over the client's context. Each call is split in two (build the request, then
 * send it) so that the async service can build on the calling thread and send on the executor.
 */
public final class DefaultReactionService implements ReactionService {
  private final TimbalContext context;
  private final CursorListing<ListReactionsRequest, Reaction> listing;

  /**
   * @param context the client's context
   */
  public DefaultReactionService(TimbalContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.listing = new CursorListing<>(context, this::listRequest, ListReactionsRequest::cursor, CursorKinds.REACTIONS,
        ReactionListResponse.class);
  }

  @Override
  public Page<Reaction> list(ListReactionsRequest request, RequestOptions options) {
    return listing.first(request, options);
  }

  @Override
  public AutoPager<Reaction> listAll(ListReactionsRequest request, RequestOptions options) {
    return listing.all(request, options);
  }

  @Override
  public void create(CreateReactionRequest request, RequestOptions options) {
    ApiRequest post = createRequest(request);
    context.send(post, Objects.requireNonNull(options, "options"));
  }

  CursorListing<ListReactionsRequest, Reaction> listing() {
    return listing;
  }

  private ApiRequest listRequest(ListReactionsRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "runs", request.runId(), "reactions")).build();
  }

  // A POST marked not idempotent: the transport never replays it, whatever the options say.
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
