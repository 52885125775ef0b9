package dev.sessionkit.syntropic.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.http.HttpTransport;
import dev.sessionkit.core.internal.paging.CursorCodec;
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
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * One walk of {@code listAll}: keyset pages on {@code started_at} (the same on every server generation),
 * then, on a paging server only, the sessions that keyset pages cannot reach. Immutable: what the walk learns
 * from each response ({@link Undated}) is passed on from page to page, as the keyset {@link
 * KeysetPaging.Position} is, so each page holds what was known when it was read, and its {@code nextPage()}
 * and {@code nextCursor()} start from that, however often and from whichever thread they are called.
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
 *
 * <p>Cursors ({@value SessionsQuery#CURSOR_KIND}) hold everything the walk carries from page to page, so a
 * walk started from one goes on exactly as the walk that made it would have. The state, inside the
 * {@link CursorCodec} envelope, in one of two shapes:
 * <ul>
 *   <li>keyset part: {@code b} and {@code s}, the {@link KeysetPaging.Position} (the next bound, and the
 *       hashes of the ids returned at it); {@code t}, the unbounded first response's {@code total} (absent
 *       while unknown); {@code x}, the largest {@code excluded_undated} reported (absent when 0); {@code u},
 *       the hashes of the ids of the sessions without {@code started_at} returned so far (absent when none);
 *   <li>undated tail: {@code o}, the offset in the unbounded listing where the next tail page starts (an
 *       offset, not a page number, so that a walk resumed with another {@code limit} starts at the page that
 *       holds it and drops what it returned already by id); {@code r}, present and true on the first tail
 *       page, which steps back while it begins inside the run of undated sessions; and {@code u}.
 * </ul>
 * Ids are kept, in the walk and in its cursors, as {@link KeysetPaging#idHash} hashes (11 characters,
 * {@link KeysetPaging#writeIdHashes} joined into one string), so that a cursor grows by about 15 characters
 * per session at the bound or without {@code started_at}, whatever the length of the ids. Two undated
 * sessions with one hash would make the walk drop the later one; among {@code n} of them the chance is about
 * n²/2^65.
 * The fingerprint is taken of the caller's first request ({@link SessionsQuery#listRequest}) without
 * {@code limit}, {@code page_size} and {@code page}: the caller's own {@code started_before} is a filter
 * and stays in it (the walk's later bounds never reach the first request), so a cursor cannot be replayed
 * over another window.
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
  /** The page size a server applies when the request names none, on both generations. */
  private static final int SERVER_DEFAULT_LIMIT = 50;
  private static final Set<String> PAGING_PARAMETERS = Set.of("limit", "page_size", "page");

  /**
   * What a walk knows of the sessions without {@code started_at}, as of one page. Immutable: a response that
   * teaches something makes a new one.
   *
   * @param unboundedTotal the unbounded first response's {@code total}, on a paging server; -1 until known
   * @param excludedUndated the largest {@code excluded_undated} a bounded request reported
   * @param returned the {@link KeysetPaging#idHash hashes} of the ids of the sessions without
   *     {@code started_at} returned so far (at most the server's undated count)
   */
  record Undated(long unboundedTotal, long excludedUndated, Set<String> returned) {
    /** What a walk from the start of the listing knows. */
    static final Undated NONE = new Undated(-1, 0, Set.of());

    Undated {
      returned = Set.copyOf(returned);
    }

    /** What the walk knows after a keyset response to a request with {@code upperBound}. */
    Undated after(SessionList list, Instant upperBound) {
      long total = unboundedTotal;
      long excluded = excludedUndated;
      if (list.paged()) {
        if (upperBound == null) {
          total = list.total().orElse(-1L);
        } else {
          excluded = Math.max(excluded, list.excludedUndated().orElse(0L));
        }
      }
      Set<String> ids = returned;
      for (Session s : list.sessions()) {
        if (s.startedAt().isEmpty()) {
          String hash = KeysetPaging.idHash(s.id());
          if (!ids.contains(hash)) {
            ids = new HashSet<>(ids);
            ids.add(hash);
          }
        }
      }
      return new Undated(total, excluded, ids);
    }

    /** Writes {@code u}, the hashes of the ids returned (absent when none). */
    ObjectNode writeReturned(ObjectNode state) {
      if (!returned.isEmpty()) {
        state.put("u", KeysetPaging.writeIdHashes(returned));
      }
      return state;
    }
  }

  /**
   * Where a walk starts, read from the request's cursor (if any) when the call is made, so that a cursor
   * that is malformed, of another kind or of another listing fails before any request. Immutable: every
   * iteration of a {@code listAll} starts a new walk from it.
   *
   * @param codec the cursors of the request's listing
   * @param position the keyset position to start at; null when the walk starts in its undated tail
   * @param undated what the walk knows of the sessions without {@code started_at}
   * @param tailOffset where the next undated tail page starts in the unbounded listing, or -1
   * @param tailFirst whether that page is the tail's first (it steps back while inside the undated run)
   */
  record Start(CursorCodec codec, KeysetPaging.Position position, Undated undated, long tailOffset,
      boolean tailFirst) {
    /**
     * The start of a walk over {@code request}: from its cursor, else from the newest session under its
     * own {@code startedBefore}.
     *
     * @throws IllegalArgumentException naming {@code cursor} if the cursor is not one of this listing
     */
    static Start of(ListSessionsRequest request) {
      CursorCodec codec = new CursorCodec(SessionsQuery.CURSOR_KIND, SessionsQuery.listRequest(request).build(),
          PAGING_PARAMETERS);
      if (request.cursor().isEmpty()) {
        return new Start(codec, new KeysetPaging.Position(request.startedBefore().orElse(null), Set.of()),
            Undated.NONE, -1, false);
      }
      ObjectNode state = codec.decode(request.cursor().get());
      Set<String> returned = readIds(state.get("u"));
      if (state.has("o")) {
        JsonNode o = state.get("o");
        JsonNode r = state.get("r");
        if (!o.canConvertToLong() || o.longValue() < 0 || (r != null && !r.isBoolean())) {
          throw malformed();
        }
        return new Start(codec, null, new Undated(-1, 0, returned), o.longValue(), r != null && r.booleanValue());
      }
      Undated undated = new Undated(readCount(state.get("t"), -1), readCount(state.get("x"), 0), returned);
      return new Start(codec, KeysetPaging.Position.readFrom(state), undated, -1, false);
    }

    private static long readCount(JsonNode n, long absent) {
      if (n == null) {
        return absent;
      }
      if (!n.canConvertToLong() || n.longValue() < 0) {
        throw malformed();
      }
      return n.longValue();
    }

    private static Set<String> readIds(JsonNode n) {
      if (n == null) {
        return Set.of();
      }
      if (!n.isTextual()) {
        throw malformed();
      }
      return KeysetPaging.readIdHashes(n.asText()).orElseThrow(Start::malformed);
    }

    private static IllegalArgumentException malformed() {
      return CursorCodec.malformed("its state is not one of a listing of Syntropic137 sessions");
    }
  }

  private final HttpTransport transport;
  private final ListSessionsRequest request;
  private final RequestOptions options;
  private final Start start;
  private final ApiRequest first;
  private final int pageSize;
  /** Sees every response the walk reads, in order (for {@code list}, which returns the last one's metadata). */
  private final Consumer<SessionList> onResponse;

  /**
   * @param onResponse sees every response the walk reads; it must be thread-safe where the pages are used from
   *     several threads
   */
  SessionsWalk(HttpTransport transport, ListSessionsRequest request, RequestOptions options, Start start,
      Consumer<SessionList> onResponse) {
    this.transport = transport;
    this.request = request;
    this.options = options;
    this.start = start;
    this.first = SessionsQuery.listRequest(request).build();
    this.pageSize = request.limit().orElse(ListSessionsRequest.MAX_LIMIT);
    this.onResponse = onResponse;
  }

  SessionsWalk(HttpTransport transport, ListSessionsRequest request, RequestOptions options, Start start) {
    this(transport, request, options, start, list -> { });
  }

  /** The walk's first page: from the start of the listing, or after the cursor's page. */
  Page<Session> firstPage() {
    if (start.position() == null) {
      return undatedPage(start.undated(), start.tailOffset(), start.tailFirst());
    }
    return KeysetPaging.firstPage(new Keyset(start.undated()), KEYS, start.position(), pageSize,
        ListSessionsRequest.MAX_LIMIT, "sessions");
  }

  /**
   * One step of the walk after the request's cursor, as a response of {@code list}: the last response's
   * metadata as the server sent it, with the sessions not returned before that cursor and the next cursor.
   */
  SessionList nextList() {
    AtomicReference<SessionList> last = new AtomicReference<>();
    Page<Session> page = new SessionsWalk(transport, request, options, start, last::set).firstPage();
    return last.get().toBuilder().sessions(page.items()).nextCursor(page.nextCursor()).build();
  }

  /**
   * The cursor after the response to a {@code list} request without a cursor: where the walk would go on
   * after it, had this response been its first page. Empty where the request named a page past 1, and on
   * the last page.
   *
   * @param list the response, as the server sent it
   * @param response its HTTP response
   */
  Optional<String> cursorAfter(SessionList list, ResponseInfo response) {
    if (request.page().orElse(1) > 1) {
      return Optional.empty();
    }
    // The page size this response was cut to: what the server says it applied, else what was asked.
    int limit = Math.min(ListSessionsRequest.MAX_LIMIT,
        list.pageSize().orElse(request.limit().orElse(SERVER_DEFAULT_LIMIT)));
    if (list.sessions().size() >= limit && list.sessions().stream().allMatch(s -> s.startedAt().isEmpty())) {
      // A full page with no started_at to page on: listAll stops there with an error; list has no next.
      return Optional.empty();
    }
    Keyset walk = new Keyset(start.undated());
    // A source whose first request is answered by the response in hand; the rest of the walk is the usual one.
    KeysetPaging.Source<Session> served = new KeysetPaging.Source<>() {
      @Override
      public KeysetPaging.Step<Session> fetch(Instant upperBound, int size) {
        return new KeysetPaging.Step<>(list.sessions(), response, walk.after(list, upperBound));
      }

      @Override
      public String cursorOf(KeysetPaging.Position position) {
        return walk.cursorOf(position);
      }
    };
    return KeysetPaging.firstPage(served, KEYS, start.position(), Math.max(1, limit),
        ListSessionsRequest.MAX_LIMIT, "sessions").nextCursor();
  }

  /**
   * The keyset requests, with what the walk knows of undated sessions as of the last response; after the last
   * keyset page, the unreached undated sessions, if any.
   */
  private final class Keyset implements KeysetPaging.Source<Session> {
    private final Undated undated;

    Keyset(Undated undated) {
      this.undated = undated;
    }

    @Override
    public KeysetPaging.Step<Session> fetch(Instant upperBound, int limit) {
      ApiRequest.Builder b = first.toBuilder()
          .setQuery("started_before", upperBound == null ? null : SessionsQuery.upperBound(upperBound));
      WithResponse<SessionList> fetched = read(SessionsQuery.pageSize(b, limit).build());
      SessionList list = fetched.value();
      if (list.pageSize().isPresent() && list.pageSize().get() < limit) {
        // A page shorter than asked would read as the last one, and every older session would be lost.
        throw new SessionKitException("asked the server for pages of " + limit + " sessions, and it answered with"
            + " page_size " + list.pageSize().get() + "; listAll cannot tell its last page from a short one."
            + " Set ListSessionsRequest.limit to at most " + list.pageSize().get());
      }
      requireNewestFirst(list.sessions());
      return new KeysetPaging.Step<>(list.sessions(), fetched.response(), after(list, upperBound));
    }

    /** The source for the rest of the walk after {@code list}, the response to a request with {@code upperBound}. */
    Keyset after(SessionList list, Instant upperBound) {
      return new Keyset(undated.after(list, upperBound));
    }

    /** The cursor of a keyset position, with what the walk has learnt of undated sessions so far. */
    @Override
    public String cursorOf(KeysetPaging.Position position) {
      ObjectNode state = position.writeTo(JsonNodeFactory.instance.objectNode());
      if (undated.unboundedTotal() >= 0) {
        state.put("t", undated.unboundedTotal());
      }
      if (undated.excludedUndated() > 0) {
        state.put("x", undated.excludedUndated());
      }
      return start.codec().encode(undated.writeReturned(state));
    }

    /** The last keyset page, and after it the unreached undated sessions where some were reported. */
    @Override
    public Page<Session> last(List<Session> items, ResponseInfo response) {
      boolean unbounded = request.startedAfter().isEmpty() && request.startedBefore().isEmpty();
      if (!unbounded || undated.excludedUndated() == 0 || undated.unboundedTotal() < 0) {
        return FetchedPage.last(items, response);
      }
      long firstUndated = Math.max(0, undated.unboundedTotal() - undated.excludedUndated());
      return new FetchedPage<>(items, response, () -> tailCursor(undated, firstUndated, true),
          () -> undatedPage(undated, firstUndated, true));
    }
  }

  /**
   * One page of the unbounded listing's tail, keeping the sessions without {@code started_at} not
   * returned yet. The first one steps back while it begins inside the undated run (sessions were removed
   * since the total was read); later ones go forward to the end. Sessions that start meanwhile push the
   * run later, so the forward walk sees some sessions twice (dropped by id), never skips one.
   *
   * @param undated what the walk knows as this page is read
   * @param offset where in the unbounded listing the page should start; the page holding it is read
   * @param firstOfTail whether this is the tail's first page
   */
  private Page<Session> undatedPage(Undated undated, long offset, boolean firstOfTail) {
    int pageNo = (int) (offset / pageSize) + 1;
    ApiRequest.Builder b = first.toBuilder().setQuery("page", pageNo);
    WithResponse<SessionList> fetched = read(SessionsQuery.pageSize(b, pageSize).build());
    SessionList list = fetched.value();
    List<Session> items = list.sessions();
    if (firstOfTail && pageNo > 1 && !items.isEmpty() && items.get(0).startedAt().isEmpty()) {
      return undatedPage(undated, (long) (pageNo - 2) * pageSize, true);
    }
    Set<String> returned = new HashSet<>(undated.returned());
    List<Session> fresh = new ArrayList<>();
    for (Session s : items) {
      if (s.startedAt().isEmpty() && returned.add(KeysetPaging.idHash(s.id()))) {
        fresh.add(s);
      }
    }
    Undated after = new Undated(undated.unboundedTotal(), undated.excludedUndated(), returned);
    long next = (long) pageNo * pageSize;
    boolean more = list.paged() && items.size() >= pageSize && next < list.total().orElse(0L);
    return more ? new FetchedPage<>(fresh, fetched.response(), () -> tailCursor(after, next, false),
        () -> undatedPage(after, next, false)) : FetchedPage.last(fresh, fetched.response());
  }

  private WithResponse<SessionList> read(ApiRequest apiRequest) {
    WithResponse<SessionList> fetched = WithResponse.call(options,
        o -> SessionsQuery.requireUnderstood(request, transport.executeJson(apiRequest, o, SessionList.class)));
    onResponse.accept(fetched.value());
    return fetched;
  }

  private String tailCursor(Undated undated, long offset, boolean firstOfTail) {
    ObjectNode state = JsonNodeFactory.instance.objectNode().put("o", offset);
    if (firstOfTail) {
      state.put("r", true);
    }
    return start.codec().encode(undated.writeReturned(state));
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
