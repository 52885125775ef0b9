package dev.sessionkit.syntropic.sessions;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.KeysetPaging;
import dev.sessionkit.core.internal.paging.LazyAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The sessions of a Syntropic137 API: {@code GET /sessions} and {@code GET /sessions/{id}}. Get it from
 * {@link dev.sessionkit.syntropic.SyntropicClient#sessions()}. Thread-safe.
 *
 * <pre>{@code
 * SessionList first = syn.sessions().list(ListSessionsRequest.builder().status("running").build());
 * long failed = syn.sessions().listAll(ListSessionsRequest.builder().status("failed").build()).stream().count();
 * SessionDetail detail = syn.sessions().get("a1b2");
 * }</pre>
 *
 * <p>Every call fails with a {@link dev.sessionkit.core.errors.SessionKitException}: an
 * {@link dev.sessionkit.core.errors.ApiException} subclass for an error status (a FastAPI 422 carries its
 * entries in {@code detail().validationErrors()}), an {@link dev.sessionkit.core.errors.ApiConnectionException}
 * for I/O, a {@link dev.sessionkit.core.errors.ResponseParseException} for a body that is not a session.
 */
public final class SessionService {
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
   * Internal: SessionKit builds this service for its client; use {@link
   * dev.sessionkit.syntropic.SyntropicClient#sessions()}.
   *
   * @param transport the client's transport
   * @hidden
   */
  public SessionService(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  /**
   * One response of {@code GET /sessions}: at most {@code limit} sessions (the server's default is 50),
   * newest first.
   *
   * @param request the filters
   * @return the sessions of this response; {@link SessionList#total()} counts them, not all matches
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  public SessionList list(ListSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * {@link #list(ListSessionsRequest)} with options for this call.
   *
   * @param request the filters
   * @param options timeout, retries, extra headers and query parameters of this call
   * @return the sessions of this response
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  public SessionList list(ListSessionsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    ApiRequest apiRequest = request.toApiRequest().query("limit", request.limit().orElse(null)).build();
    return transport.executeJson(apiRequest, options, SessionList.class);
  }

  /**
   * Every session that matches the filters, newest first, however many there are, fetched lazily a page
   * at a time.
   *
   * <p>The API has no cursor, so the pages are keyset pages on {@code started_at}: each next request is
   * the first one (same filters, same {@code started_after}) with {@code started_before} set to the
   * oldest {@code started_at} seen so far. That bound is inclusive, so sessions that share it come again
   * and are dropped by id: none is lost or repeated. The page size is the request's {@code limit}, else
   * {@value ListSessionsRequest#MAX_LIMIT}.
   *
   * <p>If more sessions share one {@code started_at} than the largest page holds
   * ({@value ListSessionsRequest#MAX_LIMIT}), they cannot be paged through: the walk fails with a
   * {@link dev.sessionkit.core.errors.SessionKitException} that says so, instead of looping. A session
   * without {@code started_at} is returned where the server puts it but does not move the bound.
   *
   * @param request the filters
   * @return the sessions; each walk starts again from the newest
   */
  public AutoPager<Session> listAll(ListSessionsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * {@link #listAll(ListSessionsRequest)} with options applied to every page's request.
   *
   * @param request the filters
   * @param options timeout, retries, extra headers and query parameters of every page
   * @return the sessions
   */
  public AutoPager<Session> listAll(ListSessionsRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(options, "options");
    return new LazyAutoPager<>(() -> firstPage(request, options));
  }

  /** The first keyset page; the async service walks the same pages. */
  Page<Session> firstPage(ListSessionsRequest request, RequestOptions options) {
    ApiRequest first = request.toApiRequest().build();
    KeysetPaging.Fetcher<Session> fetch = (upperBound, limit) -> fetchPage(first, upperBound, limit, options);
    return KeysetPaging.firstPage(fetch, KEYS, request.startedBefore().orElse(null),
        request.limit().orElse(ListSessionsRequest.MAX_LIMIT), ListSessionsRequest.MAX_LIMIT, "sessions");
  }

  private List<Session> fetchPage(ApiRequest first, Instant upperBound, int limit, RequestOptions options) {
    ApiRequest page = first.toBuilder()
        .setQuery("started_before", upperBound == null ? null : ListSessionsRequest.upperBound(upperBound))
        .setQuery("limit", limit)
        .build();
    return transport.<SessionList>executeJson(page, options, SessionList.class).sessions();
  }

  /**
   * One session with its operations and cost per model ({@code GET /sessions/{id}}).
   *
   * @param id the session id, or a prefix of it that only one session has
   * @return the session
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws dev.sessionkit.core.errors.NotFoundException if no session has that id or prefix
   * @throws dev.sessionkit.core.errors.ConflictException if several sessions share the prefix (never
   *     retried: the answer would not change)
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  public SessionDetail get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * {@link #get(String)} with options for this call.
   *
   * @param id the session id, or a unique prefix of it
   * @param options timeout, retries, extra headers and query parameters of this call
   * @return the session
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws dev.sessionkit.core.errors.NotFoundException if no session has that id or prefix
   * @throws dev.sessionkit.core.errors.ConflictException if several sessions share the prefix
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  public SessionDetail get(String id, RequestOptions options) {
    if (id == null || id.isBlank()) {
      throw new IllegalArgumentException("id must not be null or blank");
    }
    Objects.requireNonNull(options, "options");
    return transport.executeJson(ApiRequest.get("sessions", id).build(), options, SessionDetail.class);
  }
}
