package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.Describe;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.CursorKinds;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Names the run whose reactions {@link ReactionService#list(ListReactionsRequest)} lists:
 * {@code GET /orgs/{org}/projects/{project}/runs/{run_id}/reactions}.
 *
 * <p>To resume a listing where an earlier one stopped, set the {@link #cursor() cursor} of one of its pages on
 * the same request.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class ListReactionsRequest implements ProjectRequest {
  ListReactionsRequest() {}

  /** The run: its id, or the idempotency key it was started with. */
  public abstract String runId();

  /**
   * Where the listing starts: after the page whose {@link dev.sessionkit.core.paging.Page#nextCursor()} this
   * is; empty to start at the first page. It gives exactly the reactions after that page, none lost and none
   * repeated. The cursor is opaque; it resumes only a listing of the same run, org and project (checked when
   * the call is made, before any request), and every later SDK version of the same major version reads it.
   * {@code build()} refuses, with an {@link IllegalArgumentException} naming {@code cursor}, a string that
   * is not the cursor of a reaction listing.
   */
  public abstract Optional<String> cursor();

  @Value.Check
  void check() {
    TimbalContext.checkIds(this);
    Arguments.requireNonBlank(runId(), "runId");
    CursorKinds.check(cursor().orElse(null), CursorKinds.REACTIONS);
  }

  /** The fields set, the cursor by its first 16 characters (enough to tell two apart in a log). */
  @Override
  public String toString() {
    return Describe.of("ListReactionsRequest", "orgId", orgId(), "projectId", projectId(), "runId", runId(),
        "cursor", cursor().map(CursorCodec::abbreviate));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link ListReactionsRequest}; {@code runId} is required. {@code build()} throws
   * {@link IllegalStateException} when it was never set and {@link IllegalArgumentException} when an id is
   * blank or the cursor is not one of a reaction listing. Not thread-safe.
   */
  public static final class Builder extends ImmutableListReactionsRequest.Builder {
    Builder() {}
  }
}
