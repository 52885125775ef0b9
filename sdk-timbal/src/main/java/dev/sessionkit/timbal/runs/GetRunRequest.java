package dev.sessionkit.timbal.runs;

/**
 * Names one run for {@link RunService#get(GetRunRequest)}: {@code GET /orgs/{org}/projects/{project}/runs/{run_id}}.
 *
 * <pre>{@code
 * GetRunRequest request = GetRunRequest.builder().orgId("acme").projectId("bot").runId("run_01").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GetRunRequest extends RunScopedRequest {
  private GetRunRequest(Builder b) {
    super(b, "GetRunRequest");
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
    return "GetRunRequest[" + describeRun() + "]";
  }

  /** Builds a {@link GetRunRequest}; {@code runId} is required. Not thread-safe. */
  public static final class Builder extends RunScopedRequest.Builder<Builder, GetRunRequest> {
    private Builder() {}

    private Builder(GetRunRequest request) {
      super(request);
    }

    /**
     * @return the request
     * @throws IllegalStateException if {@code runId} was not set
     */
    @Override
    public GetRunRequest build() {
      return new GetRunRequest(this);
    }
  }
}
