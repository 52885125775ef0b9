package dev.sessionkit.timbal.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ComposeSessionDetail;
import dev.sessionkit.timbal.sessions.ComposeSessionService;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link ComposeSessionService} over the client's context. Each call is split in two (build the request,
 * then send it) so that the async service can build on the calling thread and send on the executor.
 */
public final class DefaultComposeSessionService implements ComposeSessionService {
  private static final Type SESSION_LIST = new TypeReference<List<ComposeSession>>() {}.getType();

  private final TimbalContext context;

  /**
   * @param context the client's context
   */
  public DefaultComposeSessionService(TimbalContext context) {
    this.context = Objects.requireNonNull(context, "context");
  }

  @Override
  public List<ComposeSession> list(ListComposeSessionsRequest request, RequestOptions options) {
    return fetchList(request, listRequest(request), options);
  }

  @Override
  public ComposeSessionDetail get(GetComposeSessionRequest request, RequestOptions options) {
    return fetch(getRequest(request), options);
  }

  ApiRequest listRequest(ListComposeSessionsRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "compose", "sessions"))
        .query("user_id", request.userId().orElse(null))
        .query("rev", request.rev().orElse(null))
        .build();
  }

  /**
   * Sends the listing and keeps the sessions that match the request's filters: servers of June 2026 ignore
   * {@code user_id}, those before April 2026 ignore {@code rev}, and both shapes carry both fields.
   */
  List<ComposeSession> fetchList(ListComposeSessionsRequest filters, ApiRequest request, RequestOptions options) {
    List<ComposeSession> sessions = context.callNullable(request, Objects.requireNonNull(options, "options"), SESSION_LIST);
    if (sessions == null) {
      return List.of();
    }
    Optional<String> userId = filters.userId();
    Optional<String> rev = filters.rev();
    return sessions.stream()
        .filter(s -> userId.map(s.userId()::equals).orElse(true) && rev.map(s.rev()::equals).orElse(true))
        .collect(Collectors.toUnmodifiableList());
  }

  ApiRequest getRequest(GetComposeSessionRequest request) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.get(context.path(request, "compose", "sessions", request.sessionId())).build();
  }

  ComposeSessionDetail fetch(ApiRequest request, RequestOptions options) {
    return context.call(request, Objects.requireNonNull(options, "options"), ComposeSessionDetail.class);
  }
}
