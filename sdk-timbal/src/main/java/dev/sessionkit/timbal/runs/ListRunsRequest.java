package dev.sessionkit.timbal.runs;

import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.Checks;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.timbal.internal.CursorKinds;
import java.time.Instant;
import java.util.Optional;

/**
 * The filters and order of a run listing, {@code GET /orgs/{org}/projects/{project}/runs}. Every filter is
 * optional; a filter left unset is not sent. The page size is the server's: the API takes none.
 *
 * <pre>{@code
 * ListRunsRequest request = ListRunsRequest.builder()
 *     .orgId("acme").projectId("support-bot")
 *     .status("success")
 *     .from(Instant.parse("2026-01-01T00:00:00Z"))   // sent as epoch milliseconds
 *     .sortBy(RunSortField.COST_USD).sortOrder(SortOrder.DESC)
 *     .build();
 * }</pre>
 *
 * <p>To resume a listing where an earlier one stopped, in this process or another, set the
 * {@link Builder#cursor(String) cursor} of one of its pages ({@link dev.sessionkit.core.paging.Page#nextCursor()})
 * on the same request.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListRunsRequest extends ProjectRequest {
  private final String userId;
  private final RunStatus status;
  private final Sentiment sentiment;
  private final String groupId;
  private final String workforceId;
  private final String rev;
  private final Instant from;
  private final Instant to;
  private final String metadata;
  private final Boolean roots;
  private final RunSortField sortBy;
  private final SortOrder sortOrder;
  private final String cursor;

  private ListRunsRequest(Builder b) {
    super(b);
    if (b.from != null && b.to != null && b.from.isAfter(b.to)) {
      throw new IllegalStateException("ListRunsRequest: from (" + b.from + ") must not be after to (" + b.to + ")");
    }
    this.userId = b.userId;
    this.status = b.status;
    this.sentiment = b.sentiment;
    this.groupId = b.groupId;
    this.workforceId = b.workforceId;
    this.rev = b.rev;
    this.from = b.from;
    this.to = b.to;
    this.metadata = b.metadata;
    this.roots = b.roots;
    this.sortBy = b.sortBy;
    this.sortOrder = b.sortOrder;
    this.cursor = b.cursor;
  }

  /** @return a new builder, no filter set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Only the runs of this user ({@code user_id}). */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  /** Only the runs with this status ({@code status}). */
  public Optional<RunStatus> status() {
    return Optional.ofNullable(status);
  }

  /** Only the runs whose reactions have this sentiment ({@code sentiment}). */
  public Optional<Sentiment> sentiment() {
    return Optional.ofNullable(sentiment);
  }

  /** Only the runs of this group ({@code group_id}). */
  public Optional<String> groupId() {
    return Optional.ofNullable(groupId);
  }

  /** Only the runs of this workforce ({@code workforce_id}). */
  public Optional<String> workforceId() {
    return Optional.ofNullable(workforceId);
  }

  /** Only the runs executed against this git branch ({@code rev}); runs with no branch recorded always match. */
  public Optional<String> rev() {
    return Optional.ofNullable(rev);
  }

  /** Only the runs that started at or after this instant ({@code from}, sent as epoch milliseconds). */
  public Optional<Instant> from() {
    return Optional.ofNullable(from);
  }

  /** Only the runs up to this instant ({@code to}, sent as epoch milliseconds). */
  public Optional<Instant> to() {
    return Optional.ofNullable(to);
  }

  /** The metadata filter ({@code metadata}), sent as given. */
  public Optional<String> metadata() {
    return Optional.ofNullable(metadata);
  }

  /** Whether to list only root runs (those without a parent) ({@code roots}). */
  public Optional<Boolean> roots() {
    return Optional.ofNullable(roots);
  }

  /** What to order by ({@code sort_by}); the server's order when empty. */
  public Optional<RunSortField> sortBy() {
    return Optional.ofNullable(sortBy);
  }

  /** The direction of the order ({@code sort_order}). */
  public Optional<SortOrder> sortOrder() {
    return Optional.ofNullable(sortOrder);
  }

  /**
   * Where the listing starts: after the page whose {@link dev.sessionkit.core.paging.Page#nextCursor()} this
   * is; empty to start at the first page.
   */
  public Optional<String> cursor() {
    return Optional.ofNullable(cursor);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ListRunsRequest[").append(describeProject());
    appendIfSet(s, "userId", userId);
    appendIfSet(s, "status", status);
    appendIfSet(s, "sentiment", sentiment);
    appendIfSet(s, "groupId", groupId);
    appendIfSet(s, "workforceId", workforceId);
    appendIfSet(s, "rev", rev);
    appendIfSet(s, "from", from);
    appendIfSet(s, "to", to);
    appendIfSet(s, "metadata", metadata);
    appendIfSet(s, "roots", roots);
    appendIfSet(s, "sortBy", sortBy);
    appendIfSet(s, "sortOrder", sortOrder);
    appendIfSet(s, "cursor", cursor == null ? null : CursorCodec.abbreviate(cursor));
    return s.append(']').toString();
  }

  private static void appendIfSet(StringBuilder s, String name, Object value) {
    if (value != null) {
      s.append(", ").append(name).append('=').append(value);
    }
  }

  /** Builds a {@link ListRunsRequest}. Each setter takes null to unset its filter. Not thread-safe. */
  public static final class Builder extends ProjectRequest.Builder<Builder, ListRunsRequest> {
    private String userId;
    private RunStatus status;
    private Sentiment sentiment;
    private String groupId;
    private String workforceId;
    private String rev;
    private Instant from;
    private Instant to;
    private String metadata;
    private Boolean roots;
    private RunSortField sortBy;
    private SortOrder sortOrder;
    private String cursor;

    private Builder() {}

    private Builder(ListRunsRequest r) {
      super(r);
      this.userId = r.userId;
      this.status = r.status;
      this.sentiment = r.sentiment;
      this.groupId = r.groupId;
      this.workforceId = r.workforceId;
      this.rev = r.rev;
      this.from = r.from;
      this.to = r.to;
      this.metadata = r.metadata;
      this.roots = r.roots;
      this.sortBy = r.sortBy;
      this.sortOrder = r.sortOrder;
      this.cursor = r.cursor;
    }

    /**
     * Only the runs of this user.
     *
     * @param userId the user id, or null
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder userId(String userId) {
      this.userId = Checks.optional("userId", userId);
      return this;
    }

    /**
     * Only the runs with this status, as the server spells it ({@code running}, {@code success},
     * {@code error}, {@code cancelled}, {@code timeout}, or a newer one).
     *
     * @param status the status, or null
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder status(String status) {
      String s = Checks.optional("status", status);
      this.status = s == null ? null : RunStatus.of(s);
      return this;
    }

    /**
     * Only the runs with this status.
     *
     * @param status the status, or null
     * @return this builder
     */
    public Builder status(RunStatus status) {
      this.status = status;
      return this;
    }

    /**
     * Only the runs whose reactions have this sentiment, as the server spells it ({@code positive},
     * {@code negative}).
     *
     * @param sentiment the sentiment, or null
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder sentiment(String sentiment) {
      String s = Checks.optional("sentiment", sentiment);
      this.sentiment = s == null ? null : Sentiment.of(s);
      return this;
    }

    /**
     * Only the runs whose reactions have this sentiment.
     *
     * @param sentiment the sentiment, or null
     * @return this builder
     */
    public Builder sentiment(Sentiment sentiment) {
      this.sentiment = sentiment;
      return this;
    }

    /**
     * Only the runs of this group.
     *
     * @param groupId the group id, or null
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder groupId(String groupId) {
      this.groupId = Checks.optional("groupId", groupId);
      return this;
    }

    /**
     * Only the runs of this workforce.
     *
     * @param workforceId the workforce id, or null
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder workforceId(String workforceId) {
      this.workforceId = Checks.optional("workforceId", workforceId);
      return this;
    }

    /**
     * Only the runs executed against this git branch (such as {@code main}); runs created before Timbal
     * recorded branches always match.
     *
     * @param rev the branch, or null
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder rev(String rev) {
      this.rev = Checks.optional("rev", rev);
      return this;
    }

    /**
     * Only the runs that started at or after this instant; sent as epoch milliseconds (a finer fraction
     * is cut).
     *
     * @param from the instant, or null
     * @return this builder
     */
    public Builder from(Instant from) {
      this.from = from;
      return this;
    }

    /**
     * Only the runs up to this instant; sent as epoch milliseconds (a finer fraction is cut).
     *
     * @param to the instant, or null
     * @return this builder
     */
    public Builder to(Instant to) {
      this.to = to;
      return this;
    }

    /**
     * The metadata filter, sent as given.
     *
     * @param metadata the filter, or null
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder metadata(String metadata) {
      this.metadata = Checks.optional("metadata", metadata);
      return this;
    }

    /**
     * Whether to list only root runs (those that are no other run's follow-up).
     *
     * @param roots true for root runs only, false to send {@code roots=false}, null to leave it to the server
     * @return this builder
     */
    public Builder roots(Boolean roots) {
      this.roots = roots;
      return this;
    }

    /**
     * What to order the runs by.
     *
     * @param sortBy the field, or null for the server's order
     * @return this builder
     */
    public Builder sortBy(RunSortField sortBy) {
      this.sortBy = sortBy;
      return this;
    }

    /**
     * The direction of the order.
     *
     * @param sortOrder the direction, or null for the server's
     * @return this builder
     */
    public Builder sortOrder(SortOrder sortOrder) {
      this.sortOrder = sortOrder;
      return this;
    }

    /**
     * Starts the listing after the page that gave this cursor, instead of at the first page: the listing
     * yields exactly the runs after that page, none lost and none repeated. The cursor is opaque; it resumes
     * only a listing with the same filters, org and project (checked when the call is made, before any
     * request), and every later SDK version of the same major version reads it.
     *
     * @param cursor a page's {@link dev.sessionkit.core.paging.Page#nextCursor()}, or null to start at the
     *     first page
     * @return this builder
     * @throws IllegalArgumentException if it is not a cursor of a run listing
     */
    public Builder cursor(String cursor) {
      this.cursor = CursorKinds.check(cursor, CursorKinds.RUNS);
      return this;
    }

    /**
     * @return the request
     * @throws IllegalStateException if {@code from} is after {@code to}
     */
    @Override
    public ListRunsRequest build() {
      return new ListRunsRequest(this);
    }
  }
}
