package dev.sessionkit.timbal.sessions;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.timbal.internal.TimbalContext;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;

/**
 * Timbal's compose sessions: {@code /orgs/{org}/projects/{project}/compose/sessions}. Obtain it from
 * {@link dev.sessionkit.timbal.TimbalClient#composeSessions()}.
 *
 * <p>The listing is one bare JSON array: the API has no paging, so {@link #list} returns every session
 * that matches.
 *
 * <p>Every method throws {@link IllegalStateException} before any request when neither the request nor
 * the client names the org or project, and the unchecked exceptions of {@link dev.sessionkit.core.errors}
 * for failures on the wire. Thread-safe.
 */
public final class ComposeSessionService {
  private static final Type SESSION_LIST = new TypeReference<List<ComposeSession>>() {}.getType();

  private final TimbalContext context;

  /**
   * For the SDK: obtain the service from {@link dev.sessionkit.timbal.TimbalClient#composeSessions()}.
   *
   * @param context the client's internals
   */
  public ComposeSessionService(TimbalContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  /**
   * The project's compose sessions, optionally only one user's.
   *
   * @param request the project and filter
   * @return the sessions, in the server's order
   */
  public List<ComposeSession> list(ListComposeSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The project's compose sessions, with per-call options.
   *
   * @param request the project and filter
   * @param options the call's options
   * @return the sessions, in the server's order
   */
  public List<ComposeSession> list(ListComposeSessionsRequest request, RequestOptions options) {
    return fetchList(listRequest(request), options);
  }

  /**
   * One compose session with its messages.
   *
   * @param request names the session
   * @return the session
   * @throws dev.sessionkit.core.errors.NotFoundException if there is no such session
   */
  public ComposeSessionDetail get(GetComposeSessionRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * One compose session with its messages, with per-call options.
   *
   * @param request names the session
   * @param options the call's options
   * @return the session
   * @throws dev.sessionkit.core.errors.NotFoundException if there is no such session
   */
  public ComposeSessionDetail get(GetComposeSessionRequest request, RequestOptions options) {
    return fetch(getRequest(request), options);
  }

  ApiRequest listRequest(ListComposeSessionsRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "compose", "sessions"))
        .query("user_id", request.userId().orElse(null))
        .build();
  }

  List<ComposeSession> fetchList(ApiRequest request, RequestOptions options) {
    List<ComposeSession> sessions = context.call(request, Objects.requireNonNull(options, "options"), SESSION_LIST);
    return sessions == null ? List.of() : List.copyOf(sessions);
  }

  ApiRequest getRequest(GetComposeSessionRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "compose", "sessions", request.sessionId())).build();
  }

  ComposeSessionDetail fetch(ApiRequest request, RequestOptions options) {
    return context.call(request, Objects.requireNonNull(options, "options"), ComposeSessionDetail.class);
  }
}
