package dev.sessionkit.testkit.internal.syntropic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SessionListingTest {
  private static final Instant T = Instant.parse("2026-05-20T12:00:00Z");

  private record S(String id, Instant startedAt, String status, String workflowId) implements SessionListing.Listed {}

  /** a (newest), b and c at T (a tie), d older, u1 and u2 without a start. */
  private static List<S> data() {
    return List.of(new S("d", T.minusSeconds(60), "failed", "wf-b"), new S("u1", null, "pending", "wf-a"),
        new S("c", T, "completed", "wf-a"), new S("a", T.plusSeconds(5), "running", "wf-a"),
        new S("u2", null, "pending", "wf-b"), new S("b", T, "completed", "wf-b"));
  }

  private static List<String> ids(List<S> list) {
    return list.stream().map(S::id).toList();
  }

  private static SessionListing.Query query(Instant after, Instant before, int page, int size) {
    return new SessionListing.Query(null, List.of(), null, after, before, page, size, false);
  }

  @Test
  void theFakesOrderPutsTheUndatedLastAndTiesByIdDescending() {
    SessionListing listing = new SessionListing(SessionListing.Order.FAKE_SYNTROPIC);
    assertEquals(List.of("a", "c", "b", "d", "u2", "u1"), ids(listing.sorted(data())));
  }

  @Test
  void theOtherOrderPutsTheUndatedFirstAndTiesByIdAscending() {
    SessionListing listing = new SessionListing(new SessionListing.Order(true, true));
    assertEquals(List.of("u1", "u2", "a", "b", "c", "d"), ids(listing.sorted(data())));
  }

  @Test
  void boundsAreInclusiveAndLeaveOutTheUndatedWhichTheyCount() {
    for (SessionListing.Order order : List.of(SessionListing.Order.FAKE_SYNTROPIC, new SessionListing.Order(true, true))) {
      SessionListing listing = new SessionListing(order);
      List<S> sorted = listing.sorted(data());

      SessionListing.Result<S> r = listing.select(sorted, query(T, T, 1, 50));

      assertEquals(List.of("b", "c"), ids(r.page()).stream().sorted().toList(), order.toString());
      assertEquals(2, r.total());
      assertEquals(2, r.excludedUndated());
      assertEquals(List.of("a", "b", "c", "d").size(), listing.select(sorted, query(null, T.plusSeconds(5), 1, 50)).total());
      assertEquals(0, listing.select(sorted, query(null, null, 1, 50)).excludedUndated());
      assertEquals(6, listing.select(sorted, query(null, null, 1, 50)).total());
    }
  }

  @Test
  void pagesCutTheMatchesAndAPagePastTheEndIsEmpty() {
    SessionListing listing = new SessionListing(SessionListing.Order.FAKE_SYNTROPIC);
    List<S> sorted = listing.sorted(data());

    assertEquals(List.of("a", "c"), ids(listing.select(sorted, query(null, null, 1, 2)).page()));
    assertEquals(List.of("b", "d"), ids(listing.select(sorted, query(null, null, 2, 2)).page()));
    assertEquals(List.of("u2", "u1"), ids(listing.select(sorted, query(null, null, 3, 2)).page()));
    assertEquals(List.of(), ids(listing.select(sorted, query(null, null, 4, 2)).page()));
    assertEquals(6, listing.select(sorted, query(null, null, 4, 2)).total());
  }

  @Test
  void filtersSearchAndStatusCountsOverEveryFilterButTheStatus() {
    SessionListing listing = new SessionListing(SessionListing.Order.FAKE_SYNTROPIC);
    List<S> sorted = listing.sorted(data());

    SessionListing.Result<S> r = listing.select(sorted, new SessionListing.Query("wf-a", List.of("completed", "running"),
        null, null, null, 1, 50, true));
    assertEquals(List.of("a", "c"), ids(r.page()));
    assertEquals(Map.of("running", 1L, "completed", 1L, "pending", 1L), r.statusCounts());

    SessionListing.Result<S> bounded = listing.select(sorted, new SessionListing.Query(null, List.of("pending"), null,
        T.minusSeconds(600), null, 1, 50, true));
    assertEquals(List.of(), bounded.page());
    assertEquals(2, bounded.excludedUndated(), "the undated that match the status");
    assertEquals(Map.of("running", 1L, "completed", 2L, "failed", 1L), bounded.statusCounts());

    assertEquals(List.of("b", "d", "u2"), ids(listing.select(sorted, new SessionListing.Query(null, List.of(), "WF-B",
        null, null, 1, 50, false)).page()));
    assertEquals(List.of("u1"), ids(listing.select(sorted, new SessionListing.Query(null, List.of(), "u1", null, null,
        1, 50, false)).page()));
  }

  @Test
  void theBinarySearchOfABoundOnlyQueryAnswersAsTheScanDoes() {
    Random random = new Random(7);
    List<S> many = new ArrayList<>();
    Instant t = T;
    for (int i = 0; i < 300; i++) {
      t = random.nextInt(3) == 0 ? t : t.minusMillis(1 + random.nextInt(5_000));
      many.add(new S(String.format("s-%03d", i), random.nextInt(25) == 0 ? null : t, "completed", "wf-a"));
    }
    for (SessionListing.Order order : List.of(SessionListing.Order.FAKE_SYNTROPIC, new SessionListing.Order(true, true))) {
      SessionListing listing = new SessionListing(order);
      List<S> sorted = listing.sorted(many);
      for (int k = 0; k < 200; k++) {
        Instant before = random.nextInt(4) == 0 ? null : many.get(random.nextInt(many.size())).startedAt();
        Instant after = random.nextInt(3) == 0 ? null : T.minusMillis(random.nextInt(400_000));
        SessionListing.Query q = query(after, before, 1 + random.nextInt(3), 1 + random.nextInt(80));
        // A status filter that matches every session takes the scan; the same query without it, the search.
        SessionListing.Query scanned = new SessionListing.Query(null, List.of("completed"), null, after, before,
            q.page(), q.pageSize(), false);

        SessionListing.Result<S> fast = listing.select(sorted, q);
        SessionListing.Result<S> scan = listing.select(sorted, scanned);

        assertEquals(scan.page(), fast.page(), q.toString());
        assertEquals(scan.total(), fast.total(), q.toString());
        assertEquals(scan.excludedUndated(), fast.excludedUndated(), q.toString());
      }
    }
  }

  @Test
  void shuffledTiesStayAmongThemselves() {
    SessionListing listing = new SessionListing(SessionListing.Order.FAKE_SYNTROPIC);
    List<S> sorted = listing.sorted(data());
    for (int seed = 0; seed < 20; seed++) {
      List<String> ids = ids(listing.select(sorted, query(null, null, 1, 50), new Random(seed)).page());
      assertEquals("a", ids.get(0));
      assertEquals(List.of("b", "c"), ids.subList(1, 3).stream().sorted().toList());
      assertEquals("d", ids.get(3));
    }
  }

  @Test
  void aPageBelowOneIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> query(null, null, 0, 5));
    assertEquals("page and pageSize must be at least 1, were 0 and 5", e.getMessage());
  }
}
