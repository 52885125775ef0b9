package dev.sessionkit.syntropic.internal;

import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.SessionList;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a {@link ListSessionsRequest} goes on the wire of {@code GET /sessions}. {@code statuses} is sent
 * comma-joined and wins over {@code status} (the server would ignore {@code status}), so only one of them
 * is sent. Times are sent in UTC with a {@code Z}: the server fails with 500 on a time without an offset.
 * The server keeps microseconds, so a finer bound is rounded outwards (the lower bound up, the upper bound
 * down), which selects exactly the sessions the finer bound would; Pydantic refuses more than six fraction
 * digits anyway. Free text goes as {@code q}; the page size as {@code limit} (see {@link #pageSize}).
 */
public final class SessionsQuery {
  /** The kind of listing a cursor of {@code GET /sessions} names (see {@link ListSessionsRequest#cursor()}). */
  public static final String CURSOR_KIND = "syntropic.sessions";
  private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ISO_INSTANT;

  private SessionsQuery() {}

  /**
   * The request's filters as {@code GET /sessions}, without the page size nor the page: the caller adds
   * them, since {@code list} sends what the request says and {@code listAll} sets its own.
   *
   * @param request the filters
   * @return the request, still open for {@code limit}
   */
  public static ApiRequest.Builder listRequest(ListSessionsRequest request) {
    Objects.requireNonNull(request, "request");
    ApiRequest.Builder b = ApiRequest.get("sessions").query("workflow_id", request.workflowId().orElse(null));
    if (request.statuses().isEmpty()) {
      b.query("status", request.status().orElse(null));
    } else {
      b.query("statuses", String.join(",", request.statuses()));
    }
    return b.query("started_after", request.startedAfter().map(t -> wireTime(ceilToMicros(t))).orElse(null))
        .query("started_before", request.startedBefore().map(SessionsQuery::upperBound).orElse(null))
        .query("q", request.q().orElse(null));
  }

  /**
   * Sets the page size as {@code limit}: the one name both server generations read (servers of May 2026 as
   * the page size, later servers as the deprecated alias of {@code page_size}). {@code page_size} is not sent:
   * the May 2026 document does not declare it. Should a later server drop the alias, its answer says so (a
   * {@code page_size} smaller than asked), and {@code listAll} stops with an error instead of missing sessions.
   *
   * @param b the request
   * @param size the page size
   * @return {@code b}
   */
  public static ApiRequest.Builder pageSize(ApiRequest.Builder b, Integer size) {
    return b.setQuery("limit", size);
  }

  /**
   * Fails where the server ignored a parameter that only paging servers know ({@code q}, {@code page}):
   * the response would look right and be wrong (page 1 for page 3, every session for a search). A server
   * that pages says so in its response ({@link SessionList#paged()}).
   *
   * @param request what was asked
   * @param list what the server answered
   * @return {@code list}
   * @throws SessionKitException if the request set {@code q} or a {@code page} past 1 and the server does
   *     not page
   */
  public static SessionList requireUnderstood(ListSessionsRequest request, SessionList list) {
    if (list.paged()) {
      return list;
    }
    if (request.q().isPresent()) {
      throw new SessionKitException("q was set, but the server's answer has no page nor page_size: it is a "
          + "Syntropic137 server of May 2026 or before, which ignores q and lists every session; filter on "
          + "the client, or upgrade the server");
    }
    int page = request.page().orElse(1);
    if (page > 1) {
      throw new SessionKitException("page " + page + " was asked for, but the server's answer has no page nor "
          + "page_size: it is a Syntropic137 server of May 2026 or before, which ignores page and answers with "
          + "the first page; use listAll, which pages by started_at on every server");
    }
    return list;
  }

  /**
   * An upper bound ({@code started_before}) as the server reads it: UTC with a {@code Z}, at most
   * microseconds.
   *
   * @param bound the bound
   * @return the bound on the wire
   */
  public static String upperBound(Instant bound) {
    return wireTime(bound.truncatedTo(ChronoUnit.MICROS));
  }

  private static String wireTime(Instant t) {
    return WIRE_TIME.format(t);
  }

  private static Instant ceilToMicros(Instant t) {
    Instant floor = t.truncatedTo(ChronoUnit.MICROS);
    return floor.equals(t) ? t : floor.plus(1, ChronoUnit.MICROS);
  }
}
