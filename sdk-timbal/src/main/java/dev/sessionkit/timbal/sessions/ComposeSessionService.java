package dev.sessionkit.timbal.sessions;

import dev.sessionkit.core.RequestOptions;
import java.util.List;

/**
 * Timbal's compose sessions: {@code /orgs/{org}/projects/{project}/compose/sessions}. Obtain it from
 * {@link dev.sessionkit.timbal.TimbalClient#composeSessions()}.
 *
 * <pre>{@code
 * List<ComposeSession> mine = timbal.composeSessions().list(
 *     ListComposeSessionsRequest.builder().userId("usr_7Hq2").build());
 * ComposeSessionDetail one = timbal.composeSessions().get(
 *     GetComposeSessionRequest.builder().sessionId(mine.get(0).id()).build());
 * }</pre>
 *
 * <p>The listing is one bare JSON array: the API has no paging, so {@link #list} returns every session
 * that matches.
 *
 * <p><b>Versions.</b> These endpoints left Timbal's public API document in July 2026 (timbal-ai/timbal
 * b3877bc0, 2026-07-03, "remove retired composer … pages"); the platform document of August 2026 has no
 * compose sessions. The SDK reads the two shapes that the last documents gave: that of seed 000 (document
 * 09d61f1, April 2026: {@code project_id}, token counts, {@code cost_usd}, {@code model_usage}; filter
 * {@code user_id}) and that of June 2026 (document d8af300: none of those, {@code first_prompt}; filter
 * {@code rev}). Each session says which one it came in ({@link ComposeSession#reportsUsage()}); see
 * {@link ListComposeSessionsRequest} for the filters.
 *
 * <p>Every method throws {@link IllegalStateException} before any request when neither the request nor
 * the client names the org or project, and the unchecked exceptions of {@link dev.sessionkit.core.errors}
 * for failures on the wire. Implementations are thread-safe.
 */
public interface ComposeSessionService {
  /**
   * The project's compose sessions, optionally only one user's or one branch's.
   *
   * @param request the project and filters, not null
   * @return the sessions, in the server's order; empty (never null) when there are none
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  default List<ComposeSession> list(ListComposeSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The project's compose sessions, with per-call options.
   *
   * @param request the project and filter, not null
   * @param options the call's options, not null
   * @return the sessions, in the server's order; empty (never null) when there are none
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  List<ComposeSession> list(ListComposeSessionsRequest request, RequestOptions options);

  /**
   * One compose session with its messages.
   *
   * @param request names the session, not null
   * @return the session
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.NotFoundException if there is no such session
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  default ComposeSessionDetail get(GetComposeSessionRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * One compose session with its messages, with per-call options.
   *
   * @param request names the session, not null
   * @param options the call's options, not null
   * @return the session
   * @throws IllegalStateException if neither the request nor the client names the org or project
   * @throws dev.sessionkit.core.errors.NotFoundException if there is no such session
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  ComposeSessionDetail get(GetComposeSessionRequest request, RequestOptions options);
}
