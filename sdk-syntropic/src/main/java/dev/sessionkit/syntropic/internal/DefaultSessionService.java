package dev.sessionkit.syntropic.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.PagerParameters;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.syntropic.sessions.SessionList;
import dev.sessionkit.syntropic.sessions.SessionService;
import java.util.Objects;

/**
 * {@link SessionService} over the transport. {@code GET /sessions} has no cursor: {@code listAll} pages
 * by keyset on {@code started_at} (see {@link SessionsWalk} and
 * {@link SessionService#listAll(ListSessionsRequest)}).
 */
public final class DefaultSessionService implements SessionService {
  private final HttpTransport transport;

  /**
   * @param transport the client's transport
   */
  public DefaultSessionService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  @Override
  public SessionList list(ListSessionsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return list(request, options, requireListable(request, options));
  }

  /**
   * The checks of {@code list}, shared with the async service, which makes them on the calling thread: the
   * cursor is one of the request's listing, and, with a cursor, the options leave the walk's parameters alone.
   *
   * @return where the listing starts
   */
  static SessionsWalk.Start requireListable(ListSessionsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    SessionsWalk.Start start = SessionsWalk.Start.of(request);
    if (request.cursor().isPresent()) {
      requirePageable(options);
    }
    return start;
  }

  /**
   * {@code list} once {@link #requireListable} has passed. Without a cursor, the request as it is (its page
   * size, its page) and the cursor after it; with one, a step of the walk, with {@code listAll}'s page size.
   */
  SessionList list(ListSessionsRequest request, RequestOptions options, SessionsWalk.Start start) {
    if (request.cursor().isPresent()) {
      return new SessionsWalk(transport, request, options, start).nextList();
    }
    ApiRequest.Builder b = SessionsQuery.listRequest(request);
    request.limit().ifPresent(size -> SessionsQuery.pageSize(b, size));
    ApiRequest apiRequest = b.query("page", request.page().orElse(null)).build();
    WithResponse<SessionList> read = WithResponse.call(options,
        o -> SessionsQuery.requireUnderstood(request, transport.executeJson(apiRequest, o, SessionList.class)));
    SessionList list = read.value();
    return list.toBuilder().nextCursor(new SessionsWalk(transport, request, options, start)
        .cursorAfter(list, read.response())).build();
  }

  @Override
  public AutoPager<Session> listAll(ListSessionsRequest request, RequestOptions options) {
    SessionsWalk.Start start = requireWalkable(request);
    requirePageable(options);
    return new LazyAutoPager<>(() -> firstPage(request, options, start));
  }

  /**
   * Refuses a request that sets what the walk sets itself, or whose cursor is not one of its listing,
   * before any request.
   *
   * @return where the walk starts
   */
  static SessionsWalk.Start requireWalkable(ListSessionsRequest request) {
    Objects.requireNonNull(request, "request");
    request.page().ifPresent(page -> {
      throw new IllegalArgumentException("page must not be set for listAll, which walks every page itself; "
          + "was " + page + " (set it for list)");
    });
    return SessionsWalk.Start.of(request);
  }

  /** Refuses options that would replace what paging sends on every page (see {@link PagerParameters}). */
  static RequestOptions requirePageable(RequestOptions options) {
    return PagerParameters.requireNotReplaced(Objects.requireNonNull(options, "options"), "limit", "page_size",
        "page", "started_before");
  }

  /**
   * The first page of a new walk; the async service walks the same pages. Both callers have checked the
   * request and options with {@link #requireWalkable} and {@link #requirePageable} already, before their
   * first request; {@code start} is what {@link #requireWalkable} read.
   */
  Page<Session> firstPage(ListSessionsRequest request, RequestOptions options, SessionsWalk.Start start) {
    return new SessionsWalk(transport, request, options, start).firstPage();
  }

  @Override
  public SessionDetail get(String id, RequestOptions options) {
    requireId(id);
    Objects.requireNonNull(options, "options");
    return transport.executeJson(ApiRequest.get("sessions", id).build(), options, SessionDetail.class);
  }

  /** The check of {@code get}, shared with the async service, which makes it on the calling thread. */
  static void requireId(String id) {
    Arguments.requireNonBlank(id, "id");
  }
}
