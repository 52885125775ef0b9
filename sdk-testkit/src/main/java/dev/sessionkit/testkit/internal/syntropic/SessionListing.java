package dev.sessionkit.testkit.internal.syntropic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;

/**
 * Which sessions one Syntropic137 {@code GET /sessions} returns, in which order, and the counts a paging server
 * adds: newest first by {@code started_at}, the {@code workflow_id}, status and search filters, the inclusive
 * {@code started_after}/{@code started_before} bounds (which leave out the sessions without {@code started_at},
 * as SQL's comparison with NULL does), {@code page} and {@code page_size}.
 *
 * <p>The one implementation of that listing: {@code FakeSyntropic} serves it, the SDK's keyset-walk tests
 * (conformance-tests) serve their own data through it, and the benchmarks' loopback server pages a virtual
 * listing of a million sessions through it. So a query that only bounds the time (what a keyset walk sends)
 * is answered by binary search over the sorted list, without reading every session. Immutable, thread-safe.
 */
public final class SessionListing {
  /** The largest {@code limit} (and {@code page_size}) the server accepts. */
  public static final int MAX_PAGE_SIZE = 200;
  /** The page size when the request names none. */
  public static final int DEFAULT_PAGE_SIZE = 50;

  /** What the listing reads of a session. */
  public interface Listed {
    /** The session id. */
    String id();

    /** When it started, or null when it has not (yet) recorded a start. */
    Instant startedAt();

    /** Its status, or null. */
    String status();

    /** Its workflow id, or null. */
    String workflowId();
  }

  /**
   * What a server leaves to its database: where the sessions without {@code started_at} go, and the order of
   * sessions that share one. Real servers promise neither; each fake picks one, and a walk must not care.
   *
   * @param undatedFirst whether sessions without {@code started_at} come before all others (PostgreSQL's
   *     {@code DESC}, which puts NULL first) rather than after them ({@code DESC NULLS LAST})
   * @param tiesByIdAscending whether sessions that share {@code started_at} come by id ascending rather than
   *     descending
   */
  public record Order(boolean undatedFirst, boolean tiesByIdAscending) {
    /** FakeSyntropic's order: sessions without {@code started_at} last, ties by id descending. */
    public static final Order FAKE_SYNTROPIC = new Order(false, false);

    /**
     * The order as a comparator.
     *
     * @param <T> the session type
     * @return newest first, then the undated as this order says, ties by id as this order says
     */
    public <T extends Listed> Comparator<T> comparator() {
      Comparator<Instant> newestFirst = Comparator.reverseOrder();
      Comparator<T> byStart = Comparator.comparing(Listed::startedAt,
          undatedFirst ? Comparator.nullsFirst(newestFirst) : Comparator.nullsLast(newestFirst));
      Comparator<T> byId = Comparator.comparing(Listed::id);
      return byStart.thenComparing(tiesByIdAscending ? byId : byId.reversed());
    }
  }

  /**
   * One request's filters and page.
   *
   * @param workflowId only this workflow's sessions, or null for all
   * @param statuses only sessions with one of these statuses; empty for all
   * @param search only sessions whose id or workflow id contains this, ignoring case; null for all
   * @param startedAfter the inclusive lower bound, or null
   * @param startedBefore the inclusive upper bound, or null
   * @param page the page, from 1
   * @param pageSize the page size, at least 1
   * @param counts whether to count the matches' statuses ({@code status_counts}, which servers of May 2026
   *     do not send)
   */
  public record Query(String workflowId, List<String> statuses, String search, Instant startedAfter,
      Instant startedBefore, int page, int pageSize, boolean counts) {
    /** Checks the page and copies the statuses. */
    public Query {
      statuses = List.copyOf(statuses);
      if (page < 1 || pageSize < 1) {
        throw new IllegalArgumentException("page and pageSize must be at least 1, were " + page + " and " + pageSize);
      }
    }

    /**
     * The first page of everything, bounded above or not: what the first request of a keyset walk asks.
     *
     * @param startedBefore the inclusive upper bound, or null
     * @param pageSize the page size
     * @return the query
     */
    public static Query keyset(Instant startedBefore, int pageSize) {
      return new Query(null, List.of(), null, null, startedBefore, 1, pageSize, false);
    }

    private boolean filters() {
      return workflowId != null || !statuses.isEmpty() || search != null;
    }

    private boolean bounded() {
      return startedAfter != null || startedBefore != null;
    }
  }

  /**
   * What a query selected.
   *
   * @param <T> the session type
   * @param page the sessions on the requested page, in the listing's order
   * @param total how many sessions matched, on every page
   * @param excludedUndated how many sessions the filters matched but a time bound left out for having no
   *     {@code started_at} (0 without a bound)
   * @param statusCounts per status (null as {@code ""}), how many sessions every filter but the status matched;
   *     empty unless the query asked for counts
   */
  public record Result<T>(List<T> page, int total, long excludedUndated, Map<String, Long> statusCounts) {}

  private final Order order;

  /**
   * @param order where the undated sessions and the ties go
   */
  public SessionListing(Order order) {
    this.order = Objects.requireNonNull(order, "order");
  }

  /** Where the undated sessions and the ties go. */
  public Order order() {
    return order;
  }

  /**
   * The sessions in this listing's order.
   *
   * @param <T> the session type
   * @param sessions any order
   * @return a new sorted list
   */
  public <T extends Listed> List<T> sorted(Collection<T> sessions) {
    List<T> copy = new ArrayList<>(sessions);
    copy.sort(order.comparator());
    return copy;
  }

  /**
   * Answers a query.
   *
   * @param <T> the session type
   * @param sorted every session, in this listing's order ({@link #sorted})
   * @param query the filters and page
   * @return the page and the counts
   */
  public <T extends Listed> Result<T> select(List<T> sorted, Query query) {
    return select(sorted, query, null);
  }

  /**
   * Answers a query, shuffling the matches that share {@code started_at} first: a server whose database
   * returns ties in another order on each request.
   *
   * @param <T> the session type
   * @param sorted every session, in this listing's order ({@link #sorted})
   * @param query the filters and page
   * @param tieShuffle the randomness of the ties' order, or null to keep the listing's order
   * @return the page and the counts
   */
  public <T extends Listed> Result<T> select(List<T> sorted, Query query, Random tieShuffle) {
    if (!query.filters() && !query.counts() && tieShuffle == null) {
      return selectByBounds(sorted, query);
    }
    List<T> matches = new ArrayList<>();
    Map<String, Long> statusCounts = new TreeMap<>();
    long undated = 0;
    for (T s : sorted) {
      Instant started = s.startedAt();
      boolean base = (query.workflowId() == null || query.workflowId().equals(s.workflowId()))
          && (query.search() == null || contains(s.id(), query.search()) || contains(s.workflowId(), query.search()));
      boolean inWindow = (query.startedAfter() == null || (started != null && !started.isBefore(query.startedAfter())))
          && (query.startedBefore() == null || (started != null && !started.isAfter(query.startedBefore())));
      boolean statusMatch = query.statuses().isEmpty() || query.statuses().contains(s.status());
      if (base && query.bounded() && started == null && statusMatch) {
        undated++;
      }
      if (base && inWindow) {
        if (query.counts()) {
          // Facets count every status the rest of the query matched, the selected ones or not.
          statusCounts.merge(s.status() == null ? "" : s.status(), 1L, Long::sum);
        }
        if (statusMatch) {
          matches.add(s);
        }
      }
    }
    if (tieShuffle != null) {
      shuffleTies(matches, tieShuffle);
    }
    return new Result<>(cut(matches, query), matches.size(), undated, statusCounts);
  }

  /** The same answer as the scan for a query without filters, found by binary search: the matches are one run. */
  private <T extends Listed> Result<T> selectByBounds(List<T> sorted, Query query) {
    int undated = firstIndex(sorted, s -> order.undatedFirst() == (s.startedAt() != null));
    if (!order.undatedFirst()) {
      undated = sorted.size() - undated;
    }
    if (!query.bounded()) {
      return new Result<>(cut(sorted, query), sorted.size(), 0, Map.of());
    }
    List<T> dated = order.undatedFirst() ? sorted.subList(undated, sorted.size())
        : sorted.subList(0, sorted.size() - undated);
    Instant before = query.startedBefore();
    Instant after = query.startedAfter();
    int from = before == null ? 0 : firstIndex(dated, s -> !s.startedAt().isAfter(before));
    int to = after == null ? dated.size() : firstIndex(dated, s -> s.startedAt().isBefore(after));
    List<T> matches = dated.subList(from, Math.max(from, to));
    return new Result<>(cut(matches, query), matches.size(), undated, Map.of());
  }

  /** The first index where a condition that turns true once and stays true holds; the size if nowhere. */
  private static <T> int firstIndex(List<T> list, java.util.function.Predicate<T> condition) {
    int lo = 0;
    int hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (condition.test(list.get(mid))) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  private static <T> List<T> cut(List<T> matches, Query query) {
    int from = (int) Math.min(matches.size(), (long) (query.page() - 1) * query.pageSize());
    return List.copyOf(matches.subList(from, (int) Math.min(matches.size(), (long) from + query.pageSize())));
  }

  private static boolean contains(String value, String q) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(q.toLowerCase(Locale.ROOT));
  }

  private static <T extends Listed> void shuffleTies(List<T> sorted, Random random) {
    int start = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || !Objects.equals(sorted.get(i).startedAt(), sorted.get(start).startedAt())) {
        Collections.shuffle(sorted.subList(start, i), random);
        start = i;
      }
    }
  }
}
