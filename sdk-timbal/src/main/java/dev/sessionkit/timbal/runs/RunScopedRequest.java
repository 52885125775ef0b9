package dev.sessionkit.timbal.runs;

import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.Checks;

/**
 * The base of the requests about one run ({@code /runs/{run_id}/…}): the run id, declared once. Not
 * public: users see {@code runId} on the requests themselves.
 */
abstract class RunScopedRequest extends ProjectRequest {
  private final String runId;

  RunScopedRequest(Builder<?, ?> builder, String type) {
    super(builder);
    this.runId = Checks.present(type, "runId", builder.runId);
  }

  /** The run: its id, or the idempotency key it was started with. */
  public final String runId() {
    return runId;
  }

  final String describeRun() {
    return describeProject() + ", runId=" + runId;
  }

  abstract static class Builder<B extends Builder<B, R>, R extends RunScopedRequest>
      extends ProjectRequest.Builder<B, R> {
    private String runId;

    Builder() {}

    Builder(RunScopedRequest request) {
      super(request);
      this.runId = request.runId;
    }

    /**
     * The run: its id, or the idempotency key it was started with. Required.
     *
     * @param runId the run id or idempotency key
     * @return this builder
     * @throws IllegalArgumentException if it is null or blank
     */
    public final B runId(String runId) {
      this.runId = Checks.required("runId", runId);
      return self();
    }
  }
}
