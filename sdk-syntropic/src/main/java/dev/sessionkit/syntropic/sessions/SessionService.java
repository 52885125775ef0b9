package dev.sessionkit.syntropic.sessions;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AutoPager;

/**
 * The sessions of a Syntropic137 API: {@code GET /sessions} and {@code GET /sessions/{id}}. Get it from
 * {@link dev.sessionkit.syntropic.SyntropicClient#sessions()}. Implementations are thread-safe.
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
public interface SessionService {
  /**
   * One response of {@code GET /sessions}: at most {@code limit} sessions (the server's default is 50),
   * newest first; on servers after May 2026, the {@code page} the request names, with the count of all
   * matches ({@link SessionList#totalMatches()}) and the status facets.
   *
   * <p>Servers of May 2026 and before ignore {@code q} and {@code page}. Rather than return every session
   * for a search, or page 1 for page 3, this call fails when the request sets {@code q} or a page past 1
   * and the response shows a server that does not page ({@link SessionList#paged()} false).
   *
   * <p><b>Cursors.</b> The response's {@link SessionList#nextCursor()} is present when more sessions may
   * follow. Given to the request ({@link ListSessionsRequest#cursor()}), it makes this call return the
   * next page: one step of the {@link #listAll(ListSessionsRequest) listAll} walk after that cursor, with its
   * page size (the request's {@code limit}, else {@value ListSessionsRequest#MAX_LIMIT}) and its requests
   * ({@code started_before} set to the cursor's bound; a second, larger request where every session of a
   * full page was returned before; pages by number for the sessions without {@code started_at} at the end).
   * The sessions of such a response are those not returned before the cursor: the ones at the cursor's
   * {@code started_at} that an earlier page returned are dropped, so the list may be shorter than the
   * server's answer; {@code total}, {@code page}, {@code page_size}, {@code status_counts} and
   * {@code excluded_undated} stay as the server sent them for that request. Calling {@code list} with each
   * response's cursor until there is none yields exactly the sessions {@code listAll} yields.
   *
   * <p>Without a cursor in the request, the response gets a cursor only when it is a full page, the first
   * (no {@code page}, or page 1): a shorter one is the last. A full page is judged by the {@code page_size}
   * the response reports (servers after May 2026); where it reports none (servers of May 2026), by the
   * request's {@code limit}, else by the servers' default of 50. A server whose default is smaller and that
   * reports no {@code page_size} would make its full page look like the last one, with no cursor (the
   * sessions after it are then reached only by {@code listAll}); a larger default at worst gives the last page
   * a cursor whose next page is empty. Set {@code limit} to depend on no default.
   *
   * @param request the filters, not null
   * @return the sessions of this response
   * @throws IllegalArgumentException if the request's cursor was made by another listing (other filters)
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails, or the server ignored
   *     {@code q} or {@code page}
   */
  default SessionList list(ListSessionsRequest request) {
    return list(request, RequestOptions.none());
  }

  /**
   * {@link #list(ListSessionsRequest)} with options for this call.
   *
   * @param request the filters, not null
   * @param options timeout, retries, extra headers and query parameters of this call, not null; with a
   *     cursor, none of {@code limit}, {@code page_size}, {@code page}, {@code started_before}
   * @return the sessions of this response
   * @throws IllegalArgumentException if the request's cursor was made by another listing, or it has a cursor
   *     and the options set a paging parameter
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails, or the server ignored
   *     {@code q} or {@code page}
   */
  SessionList list(ListSessionsRequest request, RequestOptions options);

  /**
   * Every session that matches the filters, newest first, however many there are, fetched lazily a page
   * at a time.
   *
   * <p>The API has no cursor, so the pages are keyset pages on {@code started_at}: each next request is
   * the first one (same filters, same {@code started_after}) with {@code started_before} set to the
   * oldest {@code started_at} seen so far. That bound is inclusive, so sessions that share it come again
   * and are dropped by id: none is lost or repeated. Sessions that start during the walk are above every
   * later bound, so they move nothing. The page size is the request's {@code limit}, else
   * {@value ListSessionsRequest#MAX_LIMIT}, sent as {@code limit}, which both server generations read (later
   * ones as the alias of {@code page_size}), so that neither one's default page size applies. This works the same on servers of May 2026
   * and on later ones, which also take {@code page}: page numbers are offsets, which sessions starting
   * during the walk would shift.
   *
   * <p>Later servers leave sessions without {@code started_at} out of every request with a time bound and
   * report how many ({@code excluded_undated}); without a bound they list them last. When the request
   * itself has no time bound and a page reported such sessions, the walk ends with them, read from the
   * last pages of the unbounded listing by {@code page}. With a time bound of the caller's own they are
   * outside the window, as the server says. Servers of May 2026 report nothing: there such a session is
   * returned only if the first page holds it.
   *
   * <p>If more sessions share one {@code started_at} than the largest page holds
   * ({@value ListSessionsRequest#MAX_LIMIT}), they cannot be paged through: the walk fails with a
   * {@link dev.sessionkit.core.errors.SessionKitException} that says so, instead of looping. A session
   * without {@code started_at} is returned where the server puts it but does not move the bound. The walk
   * also fails, instead of losing sessions, where a page is not newest first, where the server answers
   * with a smaller {@code page_size} than asked, and where it ignores {@code q}.
   *
   * <p><b>Resuming.</b> Each page of {@link AutoPager#pages()} has a {@link
   * dev.sessionkit.core.paging.Page#nextCursor() nextCursor()} (present exactly when a page follows) and the
   * {@link dev.sessionkit.core.paging.Page#response() response} it was read from. A walk of a request with that
   * cursor ({@link ListSessionsRequest#cursor()}) yields exactly the sessions after that page, none lost
   * and none repeated, even where the page ended inside a run of sessions that share one {@code started_at},
   * and in the part of sessions without {@code started_at}: the cursor holds the bound, short hashes of the ids
   * returned at it, and what the walk knows of the undated sessions. It is opaque and URL-safe, stays valid
   * across patch versions of SessionKit, and resumes only the listing that made it (the same filters;
   * {@code limit} may differ). Its length: about 150 characters, and about 15 more for each session returned
   * that shares the page's oldest {@code started_at} (at most a page, {@value ListSessionsRequest#MAX_LIMIT})
   * or has no {@code started_at}, whatever the length of the ids; a page of
   * {@value ListSessionsRequest#MAX_LIMIT} that all share one instant makes a cursor of about 3,100.
   *
   * @param request the filters, not null; its {@code page} must not be set
   * @return the sessions; each walk starts again from the newest (or the request's cursor), and throws a
   *     {@link dev.sessionkit.core.errors.SessionKitException} where a page fails
   * @throws IllegalArgumentException if the request sets {@code page}, or its cursor was made by another
   *     listing (other filters)
   */
  default AutoPager<Session> listAll(ListSessionsRequest request) {
    return listAll(request, RequestOptions.none());
  }

  /**
   * {@link #listAll(ListSessionsRequest)} with options applied to every page's request.
   *
   * @param request the filters, not null; its {@code page} must not be set
   * @param options timeout, retries, extra headers and query parameters of every page, not null; none of
   *     {@code limit}, {@code page_size}, {@code page}, {@code started_before}
   * @return the sessions
   * @throws IllegalArgumentException if the request sets {@code page}, its cursor was made by another
   *     listing, or the options set a paging parameter
   */
  AutoPager<Session> listAll(ListSessionsRequest request, RequestOptions options);

  /**
   * One session with its operations and cost per model ({@code GET /sessions/{id}}).
   *
   * @param id the session id, or a prefix of it that only one session has
   * @return the session
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws dev.sessionkit.core.errors.NotFoundException if no session has that id or prefix
   * @throws dev.sessionkit.core.errors.ConflictException if several sessions share the prefix (never
   *     retried: the answer would not change)
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  default SessionDetail get(String id) {
    return get(id, RequestOptions.none());
  }

  /**
   * {@link #get(String)} with options for this call.
   *
   * @param id the session id, or a unique prefix of it
   * @param options timeout, retries, extra headers and query parameters of this call, not null
   * @return the session
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if {@code id} is blank
   * @throws dev.sessionkit.core.errors.NotFoundException if no session has that id or prefix
   * @throws dev.sessionkit.core.errors.ConflictException if several sessions share the prefix
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails otherwise
   */
  SessionDetail get(String id, RequestOptions options);
}
