package dev.sessionkit.timbal.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.runs.RunService;
import dev.sessionkit.timbal.runs.RunSortField;
import dev.sessionkit.timbal.runs.SortOrder;
import java.time.Instant;
import java.util.Objects;

/**
 * {@link RunService} over the client's context. Each call is split in two (build the request, then send
 * it) so that the async service can build on the calling thread and send on the executor.
 */
public final class DefaultRunService implements RunService {
  private final TimbalContext context;
  private final CursorListing<ListRunsRequest, Run> listing;
  private final DefaultReactionService reactions;

  /**
   * @param context the client's context
   */
  public DefaultRunService(TimbalContext context) {
    this.context = Objects.requireNonNull(context, "context");
    this.listing = new CursorListing<>(context, this::listRequest, ListRunsRequest::cursor, CursorKinds.RUNS,
        RunListResponse.class);
    this.reactions = new DefaultReactionService(context);
  }

  @Override
  public Page<Run> list(ListRunsRequest request, RequestOptions options) {
    return listing.first(request, options);
  }

  @Override
  public AutoPager<Run> listAll(ListRunsRequest request, RequestOptions options) {
    return listing.all(request, options);
  }

  @Override
  public RunDetail get(GetRunRequest request, RequestOptions options) {
    return fetch(getRequest(request), options);
  }

  // Typed as the implementation: the async mirror shares its listing and request building.
  @Override
  public DefaultReactionService reactions() {
    return reactions;
  }

  CursorListing<ListRunsRequest, Run> listing() {
    return listing;
  }

  private ApiRequest listRequest(ListRunsRequest request) {
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

  ApiRequest getRequest(GetRunRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "runs", request.runId())).build();
  }

  RunDetail fetch(ApiRequest request, RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return context.call(request, options, RunDetail.class);
  }
}
