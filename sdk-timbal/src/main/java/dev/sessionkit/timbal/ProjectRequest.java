package dev.sessionkit.timbal;

import java.util.Optional;

/**
 * What every Timbal request has: each one is about one project of one org, and names them itself or leaves
 * them to the client's defaults ({@link TimbalClient.Builder#orgId(String)},
 * {@link TimbalClient.Builder#projectId(String)}, or {@code TIMBAL_ORG_ID} and {@code TIMBAL_PROJECT_ID}).
 * A call whose org or project is named nowhere fails with an {@link IllegalStateException} before any
 * request is sent.
 *
 * <p>Every request's builder has {@code orgId(String)} and {@code projectId(String)}: null leaves the id to
 * the client's default; a blank id is refused by {@code build()} with an {@link IllegalArgumentException}
 * naming it.
 *
 * <p>Only this SDK's requests implement it: a request of another class is not a call any service takes.
 * Requests are immutable and thread-safe; their builders are not.
 */
public interface ProjectRequest {
  /**
   * The org this request names (its id or slug, as in the URL {@code /orgs/{org_id}/…}).
   *
   * @return the org id; empty to use the client's default
   */
  Optional<String> orgId();

  /**
   * The project this request names (its id, as in the URL {@code /projects/{project_id}/…}).
   *
   * @return the project id; empty to use the client's default
   */
  Optional<String> projectId();
}
