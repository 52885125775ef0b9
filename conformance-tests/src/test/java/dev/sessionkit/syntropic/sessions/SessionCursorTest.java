package dev.sessionkit.syntropic.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.internal.SessionsQuery;
import dev.sessionkit.syntropic.sessions.FakeSessionsServer.Seen;
import dev.sessionkit.syntropic.sessions.FakeSessionsServer.Stored;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Resuming {@code listAll} and {@code list} from cursors over the stateful fake of {@code GET /sessions},
 * on both server generations: from every page's cursor the rest of the listing comes exactly, with the same
 * requests the uninterrupted walk made after that page.
 */
class SessionCursorTest {
  private static final Instant T = Instant.parse("2026-05-20T12:00:00.250000Z");

  /** One walk, page by page: each page's ids, cursor and response, and how many requests it took so far. */
  private record Walked(List<List<String>> pageIds, List<Optional<String>> cursors, List<ResponseInfo> responses,
      List<Integer> requestsSoFar) {
    List<String> ids() {
      return pageIds.stream().flatMap(List::stream).collect(Collectors.toList());
    }

    int idsThrough(int page) {
      return pageIds.subList(0, page + 1).stream().mapToInt(List::size).sum();
    }
  }

  private static Walked walk(SyntropicClient client, FakeSessionsServer fake, ListSessionsRequest request) {
    Walked w = new Walked(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    for (Page<Session> page : client.sessions().listAll(request).pages()) {
      w.pageIds().add(ids(page.items()));
      w.cursors().add(page.nextCursor());
      w.responses().add(page.response());
      assertEquals(page.hasNextPage(), page.nextCursor().isPresent(), "nextCursor is present iff a page follows");
      w.requestsSoFar().add(fake.requests().size());
    }
    return w;
  }

  private static List<String> ids(Iterable<Session> sessions) {
    List<String> ids = new ArrayList<>();
    sessions.forEach(s -> ids.add(s.id()));
    return ids;
  }

  private static List<String> expected(List<Stored> data, Comparator<Stored> order) {
    return data.stream().sorted(order).map(Stored::id).collect(Collectors.toList());
  }

  private static SyntropicClient client(FakeSessionsServer fake) {
    return SyntropicClient.builder().baseUrl(fake.baseUrl()).build();
  }

  private static List<Map<String, String>> queries(List<Seen> seen) {
    return seen.stream().map(Seen::query).collect(Collectors.toList());
  }

  /**
   * Walks the listing, then resumes it from each page's cursor: the resumed walk yields exactly the sessions
   * after that page, and makes exactly the requests the first walk made after it (keyset ones bounded by
   * the page's oldest {@code started_at}, with the page size, and no {@code page}).
   *
   * @return the first walk
   */
  private static Walked assertEveryCursorResumesTheRest(FakeSessionsServer fake, ListSessionsRequest request,
      List<String> expected) {
    return assertEveryCursorResumesTheRest(fake, request, expected, (client, resumed) ->
        ids(client.sessions().listAll(resumed)));
  }

  /**
   * {@link #assertEveryCursorResumesTheRest(FakeSessionsServer, ListSessionsRequest, List)}, resuming with
   * {@code resume} (the request with the cursor, to the ids it yields).
   */
  private static Walked assertEveryCursorResumesTheRest(FakeSessionsServer fake, ListSessionsRequest request,
      List<String> expected, BiFunction<SyntropicClient, ListSessionsRequest, List<String>> resume) {
    SyntropicClient client = client(fake);
    Walked w = walk(client, fake, request);
    assertEquals(expected, w.ids());
    List<Seen> first = fake.requests();
    String limit = String.valueOf(request.limit().orElse(ListSessionsRequest.MAX_LIMIT));
    int pages = w.pageIds().size();
    assertTrue(pages >= 3, "pages: " + pages);
    for (int i = 0; i < pages - 1; i++) {
      String cursor = w.cursors().get(i).orElseThrow();
      assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe: " + cursor);
      int before = fake.requests().size();

      List<String> resumed = resume.apply(client, request.toBuilder().cursor(cursor).build());

      assertEquals(expected.subList(w.idsThrough(i), expected.size()), resumed, "after page " + i);
      List<Seen> made = fake.requests().subList(before, fake.requests().size());
      assertEquals(queries(first.subList(w.requestsSoFar().get(i), first.size())), queries(made),
          "the requests after page " + i);
      Seen next = made.get(0);
      if (!next.query().containsKey("page")) {
        // Keyset: bounded by the oldest started_at the page's (last) response held.
        assertEquals(SessionsQuery.upperBound(first.get(w.requestsSoFar().get(i) - 1).oldestReturned()),
            next.query().get("started_before"), "after page " + i);
      }
      for (Seen r : made) {
        assertTrue(r.query().containsKey("page") != r.query().containsKey("started_before"),
            "a keyset request has a bound and no page, a tail request the other way round: " + r.query());
        if (!r.query().get("limit").equals(limit)) {
          assertEquals(String.valueOf(ListSessionsRequest.MAX_LIMIT), r.query().get("limit"), "only widened");
        }
      }
    }
    assertTrue(w.cursors().get(pages - 1).isEmpty());
    return w;
  }

  @Test
  void everyPagesCursorResumesExactlyTheRestOnAServerOfMay2026() {
    List<Stored> data = SessionListAllTest.dataset();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      Walked w = assertEveryCursorResumesTheRest(fake, ListSessionsRequest.builder().limit(25).build(),
          expected(data, FakeSessionsServer.ORDER));

      assertTrue(fake.servedAgain() > 0, "no run of equal started_at crossed a page boundary");
      assertTrue(w.pageIds().size() > 20, "pages: " + w.pageIds().size());
    }
  }

  @Test
  void everyPagesCursorResumesExactlyTheRestOnAPagingServerUndatedTailIncluded() {
    List<Stored> data = SessionListAllTest.dataset();
    try (FakeSessionsServer fake = FakeSessionsServer.paging(data)) {
      assertEveryCursorResumesTheRest(fake, ListSessionsRequest.builder().limit(25).build(),
          expected(data, FakeSessionsServer.PAGING_ORDER));

      // The two sessions without started_at came from the unbounded listing's last page, by number.
      assertTrue(fake.requests().stream().anyMatch(r -> "27".equals(r.query().get("page"))), "no tail page");
    }
  }

  @Test
  void filtersAndTheCallersOwnBoundHoldOnEveryResumedRequest() {
    List<Stored> data = SessionListAllTest.dataset();
    Instant before = data.stream().map(Stored::startedAt).filter(t -> t != null).sorted(Comparator.reverseOrder())
        .skip(40).findFirst().orElseThrow();
    ListSessionsRequest request = ListSessionsRequest.builder().workflowId("wf-b").startedBefore(before).limit(20)
        .build();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      assertEveryCursorResumesTheRest(fake, request, data.stream()
          .filter(s -> s.workflowId().equals("wf-b") && s.startedAt() != null && !s.startedAt().isAfter(before))
          .sorted(FakeSessionsServer.ORDER).map(Stored::id).collect(Collectors.toList()));

      for (Seen r : fake.requests()) {
        assertEquals("wf-b", r.query().get("workflow_id"));
        assertFalse(Instant.parse(r.query().get("started_before")).isAfter(before), r.query().toString());
      }
    }
  }

  @Test
  void theAsyncListAllResumesFromEveryPagesCursorWithTheSameRequests() {
    List<Stored> data = undatedTail();
    try (FakeSessionsServer fake = FakeSessionsServer.paging(data)) {
      assertEveryCursorResumesTheRest(fake, ListSessionsRequest.builder().limit(5).build(),
          expected(data, FakeSessionsServer.PAGING_ORDER), (client, resumed) -> {
            List<String> got = Collections.synchronizedList(new ArrayList<>());
            client.async().sessions().listAll(resumed).forEach(s -> got.add(s.id())).join();
            return List.copyOf(got);
          });
    }
  }

  /** The filters of {@link #SAVED}: a status list, a workflow, and a window of the caller's own. */
  private static final ListSessionsRequest FILTERED = ListSessionsRequest.builder()
      .statuses(List.of("completed", "failed")).workflowId("wf-b")
      .startedAfter(Instant.parse("2026-05-20T11:50:00Z")).startedBefore(Instant.parse("2026-05-20T11:59:00.5Z"))
      .limit(10).build();
  /**
   * The cursor after the second page of a walk of {@link #FILTERED} over {@link SessionListAllTest#dataset()}
   * on a paging server, as this version wrote it. A cursor resumes only the listing whose fingerprint it
   * holds, and that fingerprint is taken of the first request's query on the wire: if a later change sends
   * the filters differently (another separator for statuses, another form of the times, a renamed
   * parameter), saved cursors stop working. This test catches that; such a change needs the old form kept
   * in the fingerprint, not this string replaced.
   */
  private static final String SAVED = "eyJ2IjoxLCJrIjoic3ludHJvcGljLnNlc3Npb25zIiwibCI6IlQ5ZXEzdXJtb3BDS1dUYzYiLCJzIjp7"
      + "ImIiOiIyMDI2LTA1LTIwVDExOjU4OjQyLjk5NzI5NFoiLCJzIjoibnJDbmFlMm9GbVFxMEc1T2VTSVFaUSJ9fQ";

  @Test
  void aCursorSavedByThisVersionForAFilteredListingStaysAcceptedAndResumesExactly() {
    List<Stored> data = SessionListAllTest.dataset();
    try (FakeSessionsServer fake = FakeSessionsServer.paging(data)) {
      SyntropicClient client = client(fake);
      Walked w = walk(client, fake, FILTERED);
      List<Seen> first = fake.requests();
      List<String> all = w.ids();
      assertTrue(w.pageIds().size() > 3, "pages: " + w.pageIds().size());

      int before = fake.requests().size();
      List<String> rest = ids(client.sessions().listAll(FILTERED.toBuilder().cursor(SAVED).build()));

      assertEquals(all.subList(w.idsThrough(1), all.size()), rest);
      assertEquals(queries(first.subList(w.requestsSoFar().get(1), first.size())),
          queries(fake.requests().subList(before, fake.requests().size())));
      assertEquals(Map.of("statuses", "completed,failed", "workflow_id", "wf-b",
          "started_after", "2026-05-20T11:50:00Z", "started_before", "2026-05-20T11:59:00.500Z", "limit", "10"),
          first.get(0).query(), "the filters on the wire");
    }
  }

  /** Two newer sessions, seven that share {@link #T}, three older. */
  private static List<Stored> sevenTies() {
    List<Stored> data = new ArrayList<>();
    data.add(new Stored("new-1", T.plusSeconds(2), "completed", "wf-a"));
    data.add(new Stored("new-2", T.plusSeconds(1), "completed", "wf-a"));
    for (int i = 1; i <= 7; i++) {
      data.add(new Stored("tie-" + i, T, "completed", "wf-a"));
    }
    for (int i = 1; i <= 3; i++) {
      data.add(new Stored("old-" + i, T.minusSeconds(i), "completed", "wf-a"));
    }
    return data;
  }

  @Test
  void aCursorInsideARunOfEqualStartedAtLosesAndRepeatsNothing() {
    List<Stored> data = sevenTies();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      Walked w = assertEveryCursorResumesTheRest(fake, ListSessionsRequest.builder().limit(3).build(),
          expected(data, FakeSessionsServer.ORDER));

      // Both cursors fall inside the run: after tie-1, then after tie-3.
      assertEquals(List.of(List.of("new-1", "new-2", "tie-1"), List.of("tie-2", "tie-3"),
          List.of("tie-4", "tie-5", "tie-6", "tie-7", "old-1", "old-2", "old-3")), w.pageIds());
      int before = fake.requests().size();
      List<String> rest = ids(client(fake).sessions().listAll(ListSessionsRequest.builder().limit(3)
          .cursor(w.cursors().get(1).orElseThrow()).build()));
      assertEquals(List.of("tie-4", "tie-5", "tie-6", "tie-7", "old-1", "old-2", "old-3"), rest);
      // The run fills the page of 3 with sessions returned already: asked again with the largest page.
      String bound = SessionsQuery.upperBound(T);
      assertEquals(List.of(Map.of("started_before", bound, "limit", "3"), Map.of("started_before", bound, "limit", "200")),
          queries(fake.requests().subList(before, fake.requests().size())));
    }
  }

  @Test
  void tiesInAnotherOrderOnEachRequestAreNeitherLostNorRepeatedAcrossACursor() {
    List<Stored> data = SessionListAllTest.dataset();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, true)) {
      SyntropicClient client = client(fake);
      ListSessionsRequest request = ListSessionsRequest.builder().limit(4).build();
      List<String> got = new ArrayList<>();
      String cursor = null;
      int walks = 0;
      // Each walk takes one page and hands its cursor to the next walk, as a browser's "next page" would.
      do {
        Page<Session> page = client.sessions().listAll(request.toBuilder().cursor(cursor).build()).pages().iterator()
            .next();
        got.addAll(ids(page.items()));
        cursor = page.nextCursor().orElse(null);
        walks++;
      } while (cursor != null && walks < 1000);

      assertEquals(data.size(), got.size(), "repeated or lost: " + got.size());
      assertEquals(data.stream().map(Stored::id).collect(Collectors.toSet()), new HashSet<>(got));
    }
  }

  /** Sessions with ids as long as UUIDs: {@code newer} a second after {@link #T}, {@code ties} at it, 5 older. */
  private static List<Stored> longIdsAtOneInstant(int newer, int ties) {
    List<Stored> data = new ArrayList<>();
    for (int i = 0; i < newer + ties + 5; i++) {
      Instant at = i < newer ? T.plusSeconds(1) : i < newer + ties ? T : T.minusSeconds(i);
      data.add(new Stored(new UUID(0x5e55_1000L, i).toString(), at, "completed", "wf-a"));
    }
    return data;
  }

  @Test
  void aCursorStaysShortWhenAWholePageOf200SharesOneStartedAt() {
    ListSessionsRequest request = ListSessionsRequest.builder().limit(ListSessionsRequest.MAX_LIMIT).build();
    try (FakeSessionsServer fake = FakeSessionsServer.paging(longIdsAtOneInstant(0, 200))) {
      Page<Session> first = client(fake).sessions().listAll(request).pages().iterator().next();

      assertEquals(200, first.items().size());
      String cursor = first.nextCursor().orElseThrow();
      // 200 ids of 36 characters would make 10,000 and more; their hashes make about 15 characters each.
      assertTrue(cursor.length() < 4_000, "a cursor of " + cursor.length() + " characters");
      assertTrue(cursor.length() > 200 * 14, "the 200 hashes are in it: " + cursor.length());
    }
    // One fewer at that instant, and the walk goes past it: every cursor resumes exactly the rest.
    List<Stored> data = longIdsAtOneInstant(1, 199);
    try (FakeSessionsServer fake = FakeSessionsServer.paging(data)) {
      Walked w = assertEveryCursorResumesTheRest(fake, request, expected(data, FakeSessionsServer.PAGING_ORDER));

      assertEquals(200, w.pageIds().get(0).size());
      assertTrue(w.cursors().get(0).orElseThrow().length() < 4_000, w.cursors().get(0).orElseThrow());
    }
  }

  /** 30 dated sessions and 12 without {@code started_at}, which a paging server lists last. */
  private static List<Stored> undatedTail() {
    return undatedTail(30);
  }

  private static List<Stored> undatedTail(int dated) {
    List<Stored> data = new ArrayList<>();
    for (int i = 0; i < dated; i++) {
      data.add(new Stored(String.format("d-%02d", i), T.minusSeconds(i / 2 * 60), "completed", "wf-a"));
    }
    for (int i = 0; i < 12; i++) {
      data.add(new Stored(String.format("u-%02d", i), null, "pending", "wf-a"));
    }
    return data;
  }

  @Test
  void aCursorOfTheUndatedTailResumesItEvenWithAnotherPageSize() {
    List<Stored> data = undatedTail();
    List<String> expected = expected(data, FakeSessionsServer.PAGING_ORDER);
    try (FakeSessionsServer fake = FakeSessionsServer.paging(data)) {
      Walked w = assertEveryCursorResumesTheRest(fake, ListSessionsRequest.builder().limit(5).build(), expected);

      List<String> tailPages = fake.requests().stream().map(r -> r.query().get("page")).filter(p -> p != null)
          .distinct().collect(Collectors.toList());
      assertEquals(List.of("7", "6", "8", "9"), tailPages.subList(0, 4),
          "the tail starts at the page of the first undated session, steps back once, then goes on");
      int tailCursors = 0;
      for (int i = 0; i < w.pageIds().size() - 1; i++) {
        int before = fake.requests().size();
        List<String> resumed = ids(client(fake).sessions().listAll(ListSessionsRequest.builder().limit(4)
            .cursor(w.cursors().get(i).orElseThrow()).build()));
        assertEquals(expected.subList(w.idsThrough(i), expected.size()), resumed, "limit 4 after page " + i);
        if (fake.requests().get(before).query().containsKey("page")) {
          tailCursors++;
        }
      }
      assertTrue(tailCursors >= 3, "cursors taken in the undated tail: " + tailCursors);
    }
  }

  @Test
  void undatedSessionsOfTheFirstPageAreNotRepeatedByTheTailOfAResumedWalk() {
    // 3 dated, 12 undated, pages of 5: the unbounded first page ends with u-00 and u-01, and the tail starts
    // on that same page again, where only the ids the cursor carries tell them apart from new ones.
    List<Stored> data = undatedTail(3);
    try (FakeSessionsServer fake = FakeSessionsServer.paging(data)) {
      Walked w = assertEveryCursorResumesTheRest(fake, ListSessionsRequest.builder().limit(5).build(),
          expected(data, FakeSessionsServer.PAGING_ORDER));

      assertEquals(List.of("d-00", "d-01", "d-02", "u-00", "u-01"), w.pageIds().get(0));
    }
  }

  /**
   * A page's {@code nextPage()} fetches anew on every call, from any thread: called again on the last keyset
   * page and on a page of the undated tail, after the walk went past them, and from two threads at once, it
   * gives the page the walk gave, with the same cursor, and each of those cursors resumes exactly the rest.
   */
  @Test
  void nextPageCalledAgainOrFromTwoThreadsGivesTheSamePageAndCursor() throws Exception {
    List<Stored> data = undatedTail();
    List<String> expected = expected(data, FakeSessionsServer.PAGING_ORDER);
    ListSessionsRequest request = ListSessionsRequest.builder().limit(5).build();
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try (FakeSessionsServer fake = FakeSessionsServer.paging(data)) {
      SyntropicClient client = client(fake);
      List<Page<Session>> pages = new ArrayList<>();
      List<Integer> requestsSoFar = new ArrayList<>();
      client.sessions().listAll(request).pages().forEach(page -> {
        pages.add(page);
        requestsSoFar.add(fake.requests().size());
      });
      List<Seen> first = fake.requests();
      // The last keyset page is the one after which the walk asks by page number; then a tail page with a next.
      int lastKeyset = 0;
      while (!first.get(requestsSoFar.get(lastKeyset)).query().containsKey("page")) {
        lastKeyset++;
      }
      int tail = lastKeyset + 1;
      while (!pages.get(tail).hasNextPage()) {
        tail++;
      }
      assertTrue(tail < pages.size() - 1, "a tail page with a next page: " + tail + " of " + pages.size());

      for (int i : List.of(lastKeyset, tail)) {
        Page<Session> page = pages.get(i);
        Page<Session> walked = pages.get(i + 1);
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<Page<Session>> call = () -> {
          together.await(10, TimeUnit.SECONDS);
          return page.nextPage();
        };
        Future<Page<Session>> a = threads.submit(call);
        Future<Page<Session>> b = threads.submit(call);
        List<Page<Session>> again = List.of(page.nextPage(), page.nextPage(), a.get(10, TimeUnit.SECONDS),
            b.get(10, TimeUnit.SECONDS));

        int through = pages.subList(0, i + 2).stream().mapToInt(p -> p.items().size()).sum();
        for (Page<Session> next : again) {
          assertEquals(ids(walked.items()), ids(next.items()), "the page after page " + i);
          assertEquals(walked.nextCursor(), next.nextCursor(), "the cursor after page " + (i + 1));
          List<String> resumed = ids(client.sessions().listAll(request.toBuilder()
              .cursor(next.nextCursor().orElseThrow()).build()));
          assertEquals(expected.subList(through, expected.size()), resumed, "resumed after page " + (i + 1));
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aCursorSavedFromPagesResumesInAnotherClient(@TempDir Path dir) throws IOException {
    List<Stored> data = SessionListAllTest.dataset();
    List<String> expected = expected(data, FakeSessionsServer.ORDER);
    Path checkpoint = dir.resolve("checkpoint.txt");
    ListSessionsRequest request = ListSessionsRequest.builder().limit(50).build();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      List<String> done = new ArrayList<>();
      int pages = 0;
      for (Page<Session> page : client(fake).sessions().listAll(request).pages()) {
        done.addAll(ids(page.items()));
        Files.writeString(checkpoint, page.nextCursor().orElseThrow() + "\n" + done.size(), StandardCharsets.UTF_8);
        if (++pages == 4) {
          break; // the job dies here
        }
      }
      int requestsOfFirstRun = fake.requests().size();

      List<String> saved = Files.readAllLines(checkpoint, StandardCharsets.UTF_8);
      SyntropicClient restarted = client(fake);
      List<String> rest = ids(restarted.sessions().listAll(request.toBuilder().cursor(saved.get(0)).build()));

      assertEquals(done.size(), Integer.parseInt(saved.get(1)));
      List<String> all = new ArrayList<>(done);
      all.addAll(rest);
      assertEquals(expected, all);
      assertEquals(SessionsQuery.upperBound(fake.requests().get(requestsOfFirstRun - 1).oldestReturned()),
          fake.requests().get(requestsOfFirstRun).query().get("started_before"));
    }
  }

  @Test
  void listWithEachResponsesCursorYieldsWhatListAllYields() {
    List<Stored> tail = undatedTail();
    List<Stored> many = SessionListAllTest.dataset();
    record Case(FakeSessionsServer fake, ListSessionsRequest request) {}
    List<Case> cases = List.of(
        new Case(new FakeSessionsServer(many, false), ListSessionsRequest.builder().limit(25).build()),
        new Case(new FakeSessionsServer(many, false), ListSessionsRequest.builder().build()),
        new Case(FakeSessionsServer.paging(many), ListSessionsRequest.builder().limit(25).build()),
        new Case(FakeSessionsServer.paging(tail), ListSessionsRequest.builder().limit(5).build()),
        new Case(new FakeSessionsServer(sevenTies(), false), ListSessionsRequest.builder().limit(3).build()));
    for (Case c : cases) {
      try (FakeSessionsServer fake = c.fake()) {
        SyntropicClient client = client(fake);
        List<String> all = ids(client.sessions().listAll(c.request()));
        boolean paging = client.sessions().list(c.request()).paged();

        List<String> got = new ArrayList<>();
        SessionList list = client.sessions().list(c.request());
        got.addAll(ids(list.sessions()));
        boolean droppedAtTheBound = false;
        while (list.nextCursor().isPresent() && got.size() <= all.size()) {
          list = client.sessions().list(c.request().toBuilder().cursor(list.nextCursor().get()).build());
          got.addAll(ids(list.sessions()));
          Seen last = fake.requests().get(fake.requests().size() - 1);
          // The metadata is the server's, for the last request: nothing invented, nothing recounted.
          if (paging) {
            assertTrue(list.paged());
            assertEquals(Optional.of(Integer.parseInt(last.query().get("limit"))), list.pageSize());
            assertEquals(Optional.of(Integer.parseInt(last.query().getOrDefault("page", "1"))), list.page());
          } else {
            assertEquals(Optional.of((long) last.returned()), list.total());
            assertEquals(Optional.empty(), list.page());
            assertEquals(Optional.empty(), list.statusCounts());
            assertEquals(Optional.empty(), list.excludedUndated());
          }
          droppedAtTheBound |= list.sessions().size() < last.returned();
        }

        assertEquals(all, got, c.request() + (paging ? " on a paging server" : ""));
        assertTrue(droppedAtTheBound || paging, "no response dropped sessions returned before its cursor");
      }
    }
  }

  @Test
  void listWithoutACursorSendsWhatItDidAndGivesACursorOnlyAfterAFullPage() {
    List<Stored> data = sevenTies();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      SyntropicClient client = client(fake);

      SessionList full = client.sessions().list(ListSessionsRequest.builder().limit(12).build());
      SessionList all = client.sessions().list(ListSessionsRequest.builder().build());
      SessionList pageOne = client.sessions().list(ListSessionsRequest.builder().limit(12).page(1).build());

      assertTrue(full.nextCursor().isPresent(), "12 of 12: more may follow");
      assertEquals(Optional.empty(), all.nextCursor(), "12 of the default 50: the last page");
      assertTrue(pageOne.nextCursor().isPresent(), "page 1 is the start");
      assertEquals(List.of(Map.of("limit", "12"), Map.of(), Map.of("limit", "12", "page", "1")),
          queries(fake.requests()));
      assertEquals(List.of(), client.sessions().list(ListSessionsRequest.builder().limit(12)
          .cursor(full.nextCursor().get()).build()).sessions());
    }
    try (FakeSessionsServer fake = FakeSessionsServer.paging(data)) {
      // Page numbers are offsets, not a keyset position: a full page 2 has no cursor (go on with page 3).
      SessionList pageTwo = client(fake).sessions().list(ListSessionsRequest.builder().limit(3).page(2).build());

      assertEquals(3, pageTwo.sessions().size());
      assertEquals(Optional.empty(), pageTwo.nextCursor());
    }
  }
}
