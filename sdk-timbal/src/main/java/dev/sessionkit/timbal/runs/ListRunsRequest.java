package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.Describe;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.CursorKinds;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

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
 * <p>Each setter of the builder takes {@code null} to unset its filter (or an {@code Optional}, empty to unset
 * it). {@code build()} refuses, with an {@link IllegalArgumentException} naming the field, an id or filter
 * that is blank (an empty filter is a mistake, not "all") and a cursor that is not one of a run listing; and,
 * with an {@link IllegalStateException}, a {@code from} after {@code to}.
 *
 * <p>To resume a listing where an earlier one stopped, in this process or another, set the {@link #cursor()
 * cursor} of one of its pages ({@link dev.sessionkit.core.paging.Page#nextCursor()}) on the same request.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class ListRunsRequest implements ProjectRequest {
  ListRunsRequest() {}

  /** Only the runs of this user ({@code user_id}). */
  public abstract Optional<String> userId();

  /**
   * Only the runs with this status ({@code status}); the builder also takes it as the server spells it
   * ({@code running}, {@code success}, {@code error}, {@code cancelled}, {@code timeout}, or a newer one).
   */
  public abstract Optional<RunStatus> status();

  /**
   * Only the runs whose reactions have this sentiment ({@code sentiment}); the builder also takes it as the
   * server spells it ({@code positive}, {@code negative}).
   */
  public abstract Optional<Sentiment> sentiment();

  /** Only the runs of this group ({@code group_id}). */
  public abstract Optional<String> groupId();

  /** Only the runs of this workforce ({@code workforce_id}). */
  public abstract Optional<String> workforceId();

  /**
   * Only the runs executed against this git branch ({@code rev}, such as {@code main}); runs created before
   * Timbal recorded branches always match.
   */
  public abstract Optional<String> rev();

  /**
   * Only the runs that started at or after this instant ({@code from}, sent as epoch milliseconds: a finer
   * fraction is cut).
   */
  // Named as the API names it; so Immutables leaves out the builder's from(ListRunsRequest), and toBuilder()
  // copies the fields itself.
  @SuppressWarnings("immutables:from")
  public abstract Optional<Instant> from();

  /** Only the runs up to this instant ({@code to}, sent as epoch milliseconds: a finer fraction is cut). */
  public abstract Optional<Instant> to();

  /** The metadata filter ({@code metadata}), sent as given. */
  public abstract Optional<String> metadata();

  /**
   * Whether to list only root runs, those that are no other run's follow-up ({@code roots}): {@code
   * roots(true)} sends {@code roots=true}, {@code roots(false)} sends {@code roots=false}, and
   * {@code roots(Optional.empty())} sends nothing, leaving it to the server (as a builder that never set it).
   */
  public abstract Optional<Boolean> roots();

  /** What to order by ({@code sort_by}); the server's order when empty. */
  public abstract Optional<RunSortField> sortBy();

  /** The direction of the order ({@code sort_order}); the server's when empty. */
  public abstract Optional<SortOrder> sortOrder();

  /**
   * Where the listing starts: after the page whose {@link dev.sessionkit.core.paging.Page#nextCursor()} this
   * is; empty to start at the first page. The listing then yields exactly the runs after that page, none lost
   * and none repeated. The cursor is opaque; it resumes only a listing with the same filters, org and project
   * (checked when the call is made, before any request), and every later SDK version of the same major
   * version reads it.
   */
  public abstract Optional<String> cursor();

  @Value.Check
  void check() {
    TimbalContext.checkIds(this);
    Arguments.optionalNonBlank(userId().orElse(null), "userId");
    Arguments.optionalNonBlank(groupId().orElse(null), "groupId");
    Arguments.optionalNonBlank(workforceId().orElse(null), "workforceId");
    Arguments.optionalNonBlank(rev().orElse(null), "rev");
    Arguments.optionalNonBlank(metadata().orElse(null), "metadata");
    CursorKinds.check(cursor().orElse(null), CursorKinds.RUNS);
    if (from().isPresent() && to().isPresent()) {
      Arguments.requireConsistent(!from().get().isAfter(to().get()), "ListRunsRequest",
          "from (" + from().get() + ") must not be after to (" + to().get() + ")");
    }
  }

  /** The fields set, the cursor by its first 16 characters (enough to tell two apart in a log). */
  @Override
  public String toString() {
    return Describe.of("ListRunsRequest", "orgId", orgId(), "projectId", projectId(), "userId", userId(),
        "status", status(), "sentiment", sentiment(), "groupId", groupId(), "workforceId", workforceId(),
        "rev", rev(), "from", from(), "to", to(), "metadata", metadata(), "roots", roots(), "sortBy", sortBy(),
        "sortOrder", sortOrder(), "cursor", cursor().map(CursorCodec::abbreviate));
  }

  /** @return a new builder, no filter set */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.orgId(orgId()).projectId(projectId()).userId(userId()).status(status()).sentiment(sentiment())
        .groupId(groupId()).workforceId(workforceId()).rev(rev()).from(from()).to(to()).metadata(metadata())
        .roots(roots()).sortBy(sortBy()).sortOrder(sortOrder()).cursor(cursor());
    return b;
  }

  /** Builds a {@link ListRunsRequest}. Each setter takes null to unset its filter. Not thread-safe. */
  public static final class Builder extends ImmutableListRunsRequest.Builder {
    Builder() {}

    /**
     * Only the runs with this status, as the server spells it ({@code running}, {@code success},
     * {@code error}, {@code cancelled}, {@code timeout}, or a newer one).
     *
     * @param status the status, or null to unset the filter
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder status(String status) {
      String s = Arguments.optionalNonBlank(status, "status");
      return status(s == null ? null : RunStatus.of(s));
    }

    /**
     * Only the runs whose reactions have this sentiment, as the server spells it ({@code positive},
     * {@code negative}).
     *
     * @param sentiment the sentiment, or null to unset the filter
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder sentiment(String sentiment) {
      String s = Arguments.optionalNonBlank(sentiment, "sentiment");
      return sentiment(s == null ? null : Sentiment.of(s));
    }
  }
}
