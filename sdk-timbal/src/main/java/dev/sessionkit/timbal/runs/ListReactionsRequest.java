package dev.sessionkit.timbal.runs;

/**
 * Names the run whose reactions {@link ReactionService#list(ListReactionsRequest)} lists:
 * {@code GET /orgs/{org}/projects/{project}/runs/{run_id}/reactions}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListReactionsRequest extends RunScopedRequest {
  private ListReactionsRequest(Builder b) {
    super(b, "ListReactionsRequest");
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
    return "ListReactionsRequest[" + describeRun() + "]";
  }

  /** Builds a {@link ListReactionsRequest}; {@code runId} is required. Not thread-safe. */
  public static final class Builder extends RunScopedRequest.Builder<Builder, ListReactionsRequest> {
    private Builder() {}

    private Builder(ListReactionsRequest request) {
      super(request);
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
