package dev.sessionkit.timbal.sessions;

import dev.sessionkit.core.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous mirror of {@link ComposeSessionService}: the same calls, each completing on the
 * client's executor. Obtain it from {@link dev.sessionkit.timbal.AsyncTimbalClient#composeSessions()}.
 *
 * <p>Argument errors (a null request or options, a missing org or project) are thrown by the calling
 * thread, before any request; failures on the wire complete the future exceptionally with the exceptions of
 * {@link dev.sessionkit.core.errors}. Implementations are thread-safe.
 */
public interface AsyncComposeSessionService {
  /**
   * The project's compose sessions, optionally only one user's or one branch's.
   *
   * @param request the project and filters, not null
   * @return completes with the sessions, in the server's order
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default CompletableFuture<List<ComposeSession>> list(ListComposeSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * The project's compose sessions, with per-call options.
   *
   * @param request the project and filter, not null
   * @param options the call's options, not null
   * @return completes with the sessions, in the server's order
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  CompletableFuture<List<ComposeSession>> list(ListComposeSessionsRequest request, RequestOptions options);

  /**
   * One compose session with its messages.
   *
   * @param request names the session, not null
   * @return completes with the session, or exceptionally with a
   *     {@link dev.sessionkit.core.errors.NotFoundException} if there is no such session
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  default CompletableFuture<ComposeSessionDetail> get(GetComposeSessionRequest request) {
    return get(request, RequestOptions.none());
  }

  /**
   * One compose session with its messages, with per-call options.
   *
   * @param request names the session, not null
   * @param options the call's options, not null
   * @return completes with the session
   * @throws IllegalStateException if neither the request nor the client names the org or project
   */
  CompletableFuture<ComposeSessionDetail> get(GetComposeSessionRequest request, RequestOptions options);
}
