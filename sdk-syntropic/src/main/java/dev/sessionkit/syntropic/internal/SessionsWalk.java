package dev.sessionkit.syntropic.internal;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.FetchedPage;
import dev.sessionkit.core.internal.paging.KeysetPaging;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionList;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One walk of {@code listAll}: keyset pages on {@code started_at} (the same on every server generation),
 * then, on a paging server only, the sessions that keyset pages cannot reach. Not thread-safe: a walk is
 * one iteration, and each {@code listAll} iteration starts a new one.
 *
 * <p>Why keyset and not {@code page}: page numbers are offsets, and sessions start while a walk runs;
 * each new one pushes every later page down by one, so offset pages repeat sessions (and a walk could
 * only drop the repeats by remembering every id it returned). A keyset page under an upper bound is not
 * moved by sessions that start later. Servers of May 2026 ignore {@code page} anyway.
 *
 * <p>Why a second part: a paging server leaves out sessions without {@code started_at} from any request
 * with a time bound, and says how many in {@code excluded_undated}; without a bound it lists them after
 * every dated session. So when a request of the walk reported some, and the caller's own request has no
 * time bound (with one, the server leaves them out of the caller's window too), the walk ends with the
 * last pages of the unbounded listing, by {@code page}, keeping only the sessions without
 * {@code started_at} not returned yet. Servers of May 2026 report nothing, so nothing can be done there.
 */
final class SessionsWalk {
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
  private final ListSessionsRequest request;
  private final RequestOptions options;
  private final ApiRequest first;
  private final int pageSize;
  /** The unbounded first response's {@code total}, on a paging server; -1 until known. */
  private long unboundedTotal = -1;
  /** The largest {@code excluded_undated} a bounded request reported. */
  private long excludedUndated;
  /** Ids of the sessions without {@code started_at} returned so far (at most the server's undated count). */
  private final Set<String> undatedReturned = new HashSet<>();

  SessionsWalk(HttpTransport transport, ListSessionsRequest request, RequestOptions options) {
    this.transport = transport;
    this.request = request;
    this.options = options;
    this.first = SessionsQuery.listRequest(request).build();
    this.pageSize = request.limit().orElse(ListSessionsRequest.MAX_LIMIT);
  }

  Page<Session> firstPage() {
    return chain(KeysetPaging.firstPage(this::keysetPage, KEYS, request.startedBefore().orElse(null), pageSize,
        ListSessionsRequest.MAX_LIMIT, "sessions"));
  }

  /** The keyset pages as they are, and after the last one the unreached undated sessions, if any. */
  private Page<Session> chain(Page<Session> page) {
    if (page.hasNextPage()) {
      return new FetchedPage<>(page.items(), () -> chain(page.nextPage()));
    }
    boolean unbounded = request.startedAfter().isEmpty() && request.startedBefore().isEmpty();
    if (!unbounded || excludedUndated == 0 || unboundedTotal < 0) {
      return FetchedPage.last(page.items());
    }
    long firstUndated = Math.max(0, unboundedTotal - excludedUndated);
    int startPage = (int) (firstUndated / pageSize) + 1;
    return new FetchedPage<>(page.items(), () -> undatedPage(startPage, true));
  }

  private List<Session> keysetPage(Instant upperBound, int limit) {
    ApiRequest.Builder b = first.toBuilder()
        .setQuery("started_before", upperBound == null ? null : SessionsQuery.upperBound(upperBound));
    SessionList list = fetch(SessionsQuery.pageSize(b, limit).build());
    if (list.pageSize().isPresent() && list.pageSize().get() < limit) {
      // A page shorter than asked would read as the last one, and every older session would be lost.
      throw new SessionKitException("asked the server for pages of " + limit + " sessions, and it answered with"
          + " page_size " + list.pageSize().get() + "; listAll cannot tell its last page from a short one."
          + " Set ListSessionsRequest.limit to at most " + list.pageSize().get());
    }
    requireNewestFirst(list.sessions());
    if (list.paged()) {
      if (upperBound == null) {
        unboundedTotal = list.total().orElse(-1L);
      } else {
        excludedUndated = Math.max(excludedUndated, list.excludedUndated().orElse(0L));
      }
    }
    for (Session s : list.sessions()) {
      if (s.startedAt().isEmpty()) {
        undatedReturned.add(s.id());
      }
    }
    return list.sessions();
  }

  /**
   * One page of the unbounded listing's tail, keeping the sessions without {@code started_at} not
   * returned yet. The first one steps back while it begins inside the undated run (sessions were removed
   * since the total was read); later ones go forward to the end. Sessions that start meanwhile push the
   * run later, so the forward walk sees some sessions twice (dropped by id), never skips one.
   */
  private Page<Session> undatedPage(int pageNo, boolean firstOfTail) {
    ApiRequest.Builder b = first.toBuilder().setQuery("page", pageNo);
    SessionList list = fetch(SessionsQuery.pageSize(b, pageSize).build());
    List<Session> items = list.sessions();
    if (firstOfTail && pageNo > 1 && !items.isEmpty() && items.get(0).startedAt().isEmpty()) {
      return undatedPage(pageNo - 1, true);
    }
    List<Session> fresh = new ArrayList<>();
    for (Session s : items) {
      if (s.startedAt().isEmpty() && undatedReturned.add(s.id())) {
        fresh.add(s);
      }
    }
    boolean more = list.paged() && items.size() >= pageSize && (long) pageNo * pageSize < list.total().orElse(0L);
    return more ? new FetchedPage<>(fresh, () -> undatedPage(pageNo + 1, false)) : FetchedPage.last(fresh);
  }

  private SessionList fetch(ApiRequest apiRequest) {
    return SessionsQuery.requireUnderstood(request, transport.executeJson(apiRequest, options, SessionList.class));
  }

  /**
   * Keyset pages rely on newest first: a session newer than a page's oldest, left out of that page, would
   * be above every later bound and never come. Only this page's order can be checked.
   */
  private static void requireNewestFirst(List<Session> sessions) {
    Instant previous = null;
    for (Session s : sessions) {
      Instant t = s.startedAt().orElse(null);
      if (t == null) {
        continue;
      }
      if (previous != null && t.isAfter(previous)) {
        throw new SessionKitException("the server listed session " + s.id() + " (started " + t + ") after one"
            + " started at " + previous + ": it does not list newest first, and listAll pages by started_at;"
            + " stopping rather than losing sessions");
      }
      previous = t;
    }
  }
}
