package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.timbal.internal.CursorKinds;
import java.util.Optional;

/**
 * Names the run whose reactions {@link ReactionService#list(ListReactionsRequest)} lists:
 * {@code GET /orgs/{org}/projects/{project}/runs/{run_id}/reactions}.
 *
 * <p>To resume a listing where an earlier one stopped, set the {@link Builder#cursor(String) cursor} of one
 * of its pages on the same request.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListReactionsRequest extends RunScopedRequest {
  private final String cursor;

  private ListReactionsRequest(Builder b) {
    super(b, "ListReactionsRequest");
    this.cursor = b.cursor;
  }

  /**
   * Where the listing starts: after the page whose {@link dev.sessionkit.core.paging.Page#nextCursor()} this
   * is; empty to start at the first page.
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public String toString() {
    return "ListReactionsRequest[" + describeRun() + (cursor == null ? "" : ", cursor=" + CursorCodec.abbreviate(cursor)) + "]";
  }

  /** Builds a {@link ListReactionsRequest}; {@code runId} is required. Not thread-safe. */
  public static final class Builder extends RunScopedRequest.Builder<Builder, ListReactionsRequest> {
    private String cursor;

    private Builder() {}

    private Builder(ListReactionsRequest request) {
      super(request);
      this.cursor = request.cursor;
    }

    /**
     * Starts the listing after the page that gave this cursor, instead of at the first page: exactly the
     * reactions after that page, none lost and none repeated. The cursor is opaque; it resumes only a listing
     * of the same run, org and project (checked when the call is made, before any request), and every later
     * SDK version of the same major version reads it.
     *
     * @param cursor a page's {@link dev.sessionkit.core.paging.Page#nextCursor()}, or null to start at the
     *     first page
     * @return this builder
     * @throws IllegalArgumentException if it is not a cursor of a reaction listing
     */
    public Builder cursor(String cursor) {
      this.cursor = CursorKinds.check(cursor, CursorKinds.REACTIONS);
      return this;
    }

    /**
     * @return the request
     * @throws IllegalStateException if {@code runId} was not set
     */
    @Override
    public ListReactionsRequest build() {
      return new ListReactionsRequest(this);
    }
  }
}
