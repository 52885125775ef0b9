package dev.sessionkit.timbal.sessions;

import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.Checks;

/**
 * Names one compose session for {@link ComposeSessionService#get(GetComposeSessionRequest)}:
 * {@code GET /orgs/{org}/projects/{project}/compose/sessions/{session_id}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class GetComposeSessionRequest extends ProjectRequest {
  private final String sessionId;

  private GetComposeSessionRequest(Builder b) {
    super(b);
    this.sessionId = Checks.present("GetComposeSessionRequest", "sessionId", b.sessionId);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** The session's id. */
  public String sessionId() {
    return sessionId;
  }

  @Override
  public String toString() {
    return "GetComposeSessionRequest[" + describeProject() + ", sessionId=" + sessionId + "]";
  }

  /** Builds a {@link GetComposeSessionRequest}; {@code sessionId} is required. Not thread-safe. */
  public static final class Builder extends ProjectRequest.Builder<Builder, GetComposeSessionRequest> {
    private String sessionId;

    private Builder() {}

    private Builder(GetComposeSessionRequest request) {
      super(request);
      this.sessionId = request.sessionId;
    }

    /**
     * The session's id. Required.
     *
     * @param sessionId the id
     * @return this builder
     * @throws IllegalArgumentException if it is null or blank
     */
    public Builder sessionId(String sessionId) {
      this.sessionId = Checks.required("sessionId", sessionId);
      return this;
    }

    /**
     * @return the request
     * @throws IllegalStateException if {@code sessionId} was not set
     */
    @Override
    public GetComposeSessionRequest build() {
      return new GetComposeSessionRequest(this);
    }
  }
}
