package dev.sessionkit.timbal;

import dev.sessionkit.timbal.internal.Checks;
import java.util.Optional;

/**
 * The base of every Timbal request: each one is about one project of one org, and names them itself or
 * leaves them to the client's defaults ({@link TimbalClient.Builder#orgId(String)},
 * {@link TimbalClient.Builder#projectId(String)}, or {@code TIMBAL_ORG_ID} and {@code TIMBAL_PROJECT_ID}).
 * A call whose org or project is named nowhere fails with an {@link IllegalStateException} before any
 * request is sent.
 *
 * <p>Requests are immutable and thread-safe; their builders are not.
 */
public abstract class ProjectRequest {
  private final String orgId;
  private final String projectId;

  /**
   * @param builder the builder, with the ids set or not
   */
  protected ProjectRequest(Builder<?, ?> builder) {
    this.orgId = builder.orgId;
    this.projectId = builder.projectId;
  }

  /** The org this request names; empty to use the client's default. */
  public final Optional<String> orgId() {
    return Optional.ofNullable(orgId);
  }

  /** The project this request names; empty to use the client's default. */
  public final Optional<String> projectId() {
    return Optional.ofNullable(projectId);
  }

  /**
   * The ids as {@code toString()} shows them.
   *
   * @return {@code orgId=…, projectId=…}
   */
  protected final String describeProject() {
    return "orgId=" + (orgId == null ? "(default)" : orgId) + ", projectId="
        + (projectId == null ? "(default)" : projectId);
  }

  /**
   * The builder part every request shares.
   *
   * @param <B> the concrete builder
   * @param <R> the request it builds
   */
  public abstract static class Builder<B extends Builder<B, R>, R extends ProjectRequest> {
    private String orgId;
    private String projectId;

    /** For the request classes of this SDK. */
    protected Builder() {}

    /**
     * Copies the ids of a request, for {@code toBuilder()}.
     *
     * @param request the request
     */
    protected Builder(ProjectRequest request) {
      this.orgId = request.orgId;
      this.projectId = request.projectId;
    }

    /** @return this builder, typed */
    @SuppressWarnings("unchecked")
    protected final B self() {
      return (B) this;
    }

    /**
     * The org (its id or slug, as in the URL {@code /orgs/{org_id}/…}).
     *
     * @param orgId the org id, or null to use the client's default
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public final B orgId(String orgId) {
      this.orgId = Checks.optional("orgId", orgId);
      return self();
    }

    /**
     * The project (its id, as in the URL {@code /projects/{project_id}/…}).
     *
     * @param projectId the project id, or null to use the client's default
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public final B projectId(String projectId) {
      this.projectId = Checks.optional("projectId", projectId);
      return self();
    }

    /**
     * Builds the request.
     *
     * @return the request
     * @throws IllegalStateException if a required field is missing or the fields contradict each other
     */
    public abstract R build();
  }
}
