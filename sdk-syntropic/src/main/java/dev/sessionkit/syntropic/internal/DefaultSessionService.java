package dev.sessionkit.syntropic.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.KeysetPaging;
import dev.sessionkit.core.internal.paging.PagerParameters;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.syntropic.sessions.SessionList;
import dev.sessionkit.syntropic.sessions.SessionService;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * {@link SessionService} over the transport. {@code GET /sessions} has no cursor: {@code listAll} pages
 * by keyset on {@code started_at} (see {@link SessionService#listAll(ListSessionsRequest)}).
 */
public final class DefaultSessionService implements SessionService {
  private static final KeysetPaging.Keys<Session> KEYS = new KeysetPaging.Keys<>() {
    @Override
    public Instant timestamp(Session item) {
      return item.startedAt().orElse(null);
    }

    @Override
    public String id(Session item) {
      return item.id();
    }
  };

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
    Objects.requireNonNull(options, "options");
    ApiRequest apiRequest = SessionsQuery.listRequest(request).query("limit", request.limit().orElse(null)).build();
    return transport.executeJson(apiRequest, options, SessionList.class);
  }

  @Override
  public AutoPager<Session> listAll(ListSessionsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    requirePageable(options);
    return new LazyAutoPager<>(() -> firstPage(request, options));
  }

  /** Refuses options that would replace what keyset paging sends on every page (see {@link PagerParameters}). */
  static RequestOptions requirePageable(RequestOptions options) {
    return PagerParameters.requireNotReplaced(Objects.requireNonNull(options, "options"), "limit", "started_before");
  }

  /**
   * The first keyset page; the async service walks the same pages. Both callers have checked the options
   * with {@link #requirePageable} already, before their first request.
   */
  Page<Session> firstPage(ListSessionsRequest request, RequestOptions options) {
    ApiRequest first = SessionsQuery.listRequest(request).build();
    KeysetPaging.Fetcher<Session> fetch = (upperBound, limit) -> fetchPage(first, upperBound, limit, options);
    return KeysetPaging.firstPage(fetch, KEYS, request.startedBefore().orElse(null),
        request.limit().orElse(ListSessionsRequest.MAX_LIMIT), ListSessionsRequest.MAX_LIMIT, "sessions");
  }

  private List<Session> fetchPage(ApiRequest first, Instant upperBound, int limit, RequestOptions options) {
    ApiRequest page = first.toBuilder()
        .setQuery("started_before", upperBound == null ? null : SessionsQuery.upperBound(upperBound))
        .setQuery("limit", limit)
        .build();
    return transport.<SessionList>executeJson(page, options, SessionList.class).sessions();
  }

  @Override
  public SessionDetail get(String id, RequestOptions options) {
    requireId(id);
    Objects.requireNonNull(options, "options");
    return transport.executeJson(ApiRequest.get("sessions", id).build(), options, SessionDetail.class);
  }

  /** The check of {@code get}, shared with the async service, which makes it on the calling thread. */
  static void requireId(String id) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be null or blank");
    }
  }
}
