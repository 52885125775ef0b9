package dev.sessionkit.timbal.sessions;

import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.Checks;
import java.util.Optional;

/**
 * Which compose sessions {@link ComposeSessionService#list(ListComposeSessionsRequest)} lists:
 * {@code GET /orgs/{org}/projects/{project}/compose/sessions?user_id=}.
 *
 * <pre>{@code
 * ListComposeSessionsRequest request = ListComposeSessionsRequest.builder()
 *     .orgId("acme").projectId("support-bot").userId("u_42").build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ListComposeSessionsRequest extends ProjectRequest {
  private final String userId;

  private ListComposeSessionsRequest(Builder b) {
    super(b);
    this.userId = b.userId;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Only the sessions of this user ({@code user_id}); every user's when empty. */
  public Optional<String> userId() {
    return Optional.ofNullable(userId);
  }

  @Override
  public String toString() {
    return "ListComposeSessionsRequest[" + describeProject() + (userId == null ? "" : ", userId=" + userId) + "]";
  }

  /** Builds a {@link ListComposeSessionsRequest}. Not thread-safe. */
  public static final class Builder extends ProjectRequest.Builder<Builder, ListComposeSessionsRequest> {
    private String userId;

    private Builder() {}

    private Builder(ListComposeSessionsRequest request) {
      super(request);
      this.userId = request.userId;
    }

    /**
     * Only the sessions of this user.
     *
     * @param userId the user id, or null for every user's
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder userId(String userId) {
      this.userId = Checks.optional("userId", userId);
      return this;
    }

    /** @return the request */
    @Override
    public ListComposeSessionsRequest build() {
      return new ListComposeSessionsRequest(this);
    }
  }
}
