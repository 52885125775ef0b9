package dev.sessionkit.timbal.runs;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.TimbalContext;
import org.immutables.value.Value;

/**
 * Names one run for {@link RunService#get(GetRunRequest)}: {@code GET /orgs/{org}/projects/{project}/runs/{run_id}}.
 *
 * <pre>{@code
 * GetRunRequest request = GetRunRequest.builder().orgId("acme").projectId("bot").runId("run_01").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
public abstract class GetRunRequest implements ProjectRequest {
  GetRunRequest() {}

  /** The run: its id, or the idempotency key it was started with. */
  public abstract String runId();

  @Value.Check
  void check() {
    TimbalContext.checkIds(this);
    Arguments.requireNonBlank(runId(), "runId");
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
   * Builds a {@link GetRunRequest}; {@code runId} is required. A null id is a {@link NullPointerException}
   * from its setter; {@code build()} throws {@link IllegalStateException} when {@code runId} was never set and
   * {@link IllegalArgumentException} when an id is blank. Not thread-safe.
   */
  public static final class Builder extends ImmutableGetRunRequest.Builder {
    Builder() {}
  }
}
