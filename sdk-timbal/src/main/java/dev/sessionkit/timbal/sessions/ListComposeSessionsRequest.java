package dev.sessionkit.timbal.sessions;

import dev.sessionkit.timbal.ProjectRequest;
import dev.sessionkit.timbal.internal.Checks;
import java.util.Optional;

/**
 * Which compose sessions {@link ComposeSessionService#list(ListComposeSessionsRequest)} lists:
 * {@code GET /orgs/{org}/projects/{project}/compose/sessions}, with {@code user_id} and {@code rev} sent only
 * when set.
 *
 * <pre>{@code
 * ListComposeSessionsRequest request = ListComposeSessionsRequest.builder()
 *     .orgId("acme").projectId("support-bot").userId("u_42").rev("main").build();
 * }</pre>
 *
 * <p>Timbal's servers differ in the filters they take: the document of seed 000 (up to April 2026) has
 * {@code user_id} only, the documents of late April to May 2026 both (timbal 529394b to 8495bd6, 2026-04-24 to
 * 2026-05-19), and that of June 2026 (d8af300) {@code rev}
 * only. A server ignores a filter it does not take, so the SDK applies both to the sessions it reads as well:
 * a filter gives the same sessions whichever of these servers answers.
 *
 * <p>Immutable and thread-safe.
 */
public final class ListComposeSessionsRequest extends ProjectRequest {
  private final String userId;
  private final String rev;

  private ListComposeSessionsRequest(Builder b) {
    super(b);
    this.userId = b.userId;
    this.rev = b.rev;
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

  /** Only the sessions scoped to this git branch ({@code rev}); every branch's when empty. */
  public Optional<String> rev() {
    return Optional.ofNullable(rev);
  }

  @Override
  public String toString() {
    return "ListComposeSessionsRequest[" + describeProject() + (userId == null ? "" : ", userId=" + userId)
        + (rev == null ? "" : ", rev=" + rev) + "]";
  }

  /** Builds a {@link ListComposeSessionsRequest}. Not thread-safe. */
  public static final class Builder extends ProjectRequest.Builder<Builder, ListComposeSessionsRequest> {
    private String userId;
    private String rev;

    private Builder() {}

    private Builder(ListComposeSessionsRequest request) {
      super(request);
      this.userId = request.userId;
      this.rev = request.rev;
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

    /**
     * Only the sessions scoped to this git branch (such as {@code main}).
     *
     * @param rev the branch, or null for every branch's
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder rev(String rev) {
      this.rev = Checks.optional("rev", rev);
      return this;
    }

    /** @return the request */
    @Override
    public ListComposeSessionsRequest build() {
      return new ListComposeSessionsRequest(this);
    }
  }
}
