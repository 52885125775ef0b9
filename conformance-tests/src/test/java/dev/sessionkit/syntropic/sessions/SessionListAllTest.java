package dev.sessionkit.syntropic.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.internal.SessionsQuery;
import dev.sessionkit.syntropic.sessions.FakeSessionsServer.Seen;
import dev.sessionkit.syntropic.sessions.FakeSessionsServer.Stored;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code listAll} over a stateful fake of {@code GET /sessions} holding hundreds of sessions with runs of
 * equal {@code started_at}: every session exactly once, in the server's order, whatever the page size.
 */
class SessionListAllTest {
  private static final Instant NEWEST = Instant.parse("2026-05-20T12:00:00.654321Z");
  private static final List<String> STATUSES = List.of("running", "completed", "failed", "cancelled", "pending");

  /**
   * 650 sessions, newest first, in runs of equal {@code started_at} 1 to 7 long (a new instant at every
   * index divisible by 7 or 11), some on whole seconds (no fraction on the wire), and two that have not
   * started. Returned shuffled: the fake sorts.
   */
  static List<Stored> dataset() {
    List<Stored> all = new ArrayList<>();
    Instant t = NEWEST;
    for (int i = 0; i < 650; i++) {
      if (i > 0 && (i % 7 == 0 || i % 11 == 0)) {
        t = t.minusSeconds(1).minus(i % 5 * 123, ChronoUnit.MICROS);
        if (i % 13 == 0) {
          t = t.truncatedTo(ChronoUnit.SECONDS);
        }
      }
      all.add(new Stored(String.format("s-%04d", i), t, STATUSES.get(i % 5), i % 3 == 0 ? "wf-a" : "wf-b"));
    }
    all.add(new Stored("nostart-1", null, "pending", "wf-a"));
    all.add(new Stored("nostart-2", null, "pending", "wf-b"));
    Collections.shuffle(all, new Random(42));
    return all;
  }

  private static List<String> expectedIds(List<Stored> data, Predicate<Stored> filter) {
    return data.stream().filter(filter).sorted(FakeSessionsServer.ORDER).map(Stored::id).collect(Collectors.toList());
  }

  private static List<String> ids(Iterable<Session> sessions) {
    List<String> ids = new ArrayList<>();
    sessions.forEach(s -> ids.add(s.id()));
    return ids;
  }

  private static SyntropicClient client(FakeSessionsServer fake) {
    return SyntropicClient.builder().baseUrl(fake.baseUrl()).build();
  }

  private static String wire(Instant t) {
    return SessionsQuery.upperBound(t);
  }

  @Test
  void everySessionComesOnceInOrderAcrossRunsOfEqualStartedAt() {
    List<Stored> data = dataset();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      List<String> ids = ids(client(fake).sessions().listAll(ListSessionsRequest.builder().build()));

      assertEquals(expectedIds(data, s -> true), ids);
      List<Seen> requests = fake.requests();
      assertTrue(requests.size() >= 4, "652 sessions need at least 4 pages of 200: " + requests.size());
      // Runs of ties crossed page boundaries: the inclusive bound sent some sessions twice.
      assertTrue(fake.servedAgain() > 0, "no run of equal started_at crossed a page boundary");
      assertNull(requests.get(0).query().get("started_before"));
      for (int i = 0; i < requests.size(); i++) {
        Seen r = requests.get(i);
        assertEquals("200", r.query().get("limit"), "page size of request " + i);
        if (i > 0) {
          // Keyset: the next request is bounded by the oldest started_at of the previous response.
          assertEquals(wire(requests.get(i - 1).oldestReturned()), r.query().get("started_before"), "request " + i);
          assertTrue(r.query().get("started_before").endsWith("Z"), r.query().toString());
        }
        assertEquals(i == 0 ? Set.of("limit") : Set.of("limit", "started_before"),
            r.query().keySet(),
            "parameters of request " + i);
      }
      assertTrue(requests.get(requests.size() - 1).returned() < 200, "the walk ends on a short page");
    }
  }

  @Test
  void theCallersFiltersBoundsAndOptionsHoldOnEveryPage() {
    List<Stored> data = dataset();
    List<Stored> sorted = data.stream().sorted(FakeSessionsServer.ORDER).collect(Collectors.toList());
    // Bounds exactly on two sessions that match the filters, to show both bounds are inclusive.
    Predicate<Stored> matches = s -> s.workflowId().equals("wf-b") && Set.of("running", "failed").contains(s.status());
    List<Stored> candidates = sorted.stream().filter(s -> s.startedAt() != null).filter(matches).collect(Collectors.toList());
    Instant before = candidates.get(10).startedAt();
    Instant after = candidates.get(candidates.size() - 10).startedAt();
    Predicate<Stored> expected = matches.and(s -> s.startedAt() != null && !s.startedAt().isBefore(after)
        && !s.startedAt().isAfter(before));
    ListSessionsRequest request = ListSessionsRequest.builder().workflowId("wf-b").statuses(List.of("running", "failed"))
        .startedAfter(after).startedBefore(before).limit(25).build();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      List<String> ids = ids(client(fake).sessions().listAll(request, RequestOptions.builder().header("X-Trace", "walk-1")
          .build()));

      List<String> want = expectedIds(data, expected);
      assertEquals(want, ids);
      assertTrue(want.size() > 75, "the walk should need several pages of 25: " + want.size());
      assertTrue(data.stream().filter(expected).anyMatch(s -> s.startedAt().equals(before)), "upper bound included");
      assertTrue(data.stream().filter(expected).anyMatch(s -> s.startedAt().equals(after)), "lower bound included");
      List<Seen> requests = fake.requests();
      assertTrue(requests.size() > 3, "pages: " + requests.size());
      assertEquals(wire(before), requests.get(0).query().get("started_before"));
      for (Seen r : requests) {
        assertEquals("wf-b", r.query().get("workflow_id"));
        assertEquals("running,failed", r.query().get("statuses"));
        assertFalse(r.query().containsKey("status"));
        assertEquals(after.toString(), r.query().get("started_after"));
        assertEquals("25", r.query().get("limit"));
        assertEquals("walk-1", r.trace());
      }
    }
  }

  @Test
  void optionsThatWouldReplaceThePagingParametersAreRefusedBeforeAnyRequest() {
    try (FakeSessionsServer fake = new FakeSessionsServer(dataset(), false)) {
      SyntropicClient client = client(fake);
      for (String owned : List.of("limit", "started_before")) {
        RequestOptions options = RequestOptions.builder().queryParam(owned, "3").build();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> client.sessions().listAll(ListSessionsRequest.builder().build(), options));
        assertEquals("RequestOptions.queryParam(\"" + owned + "\") would replace the parameter that paging sets on"
            + " every page and break the walk; set it on the request if it has it, or list one page at a time",
            e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> client.async().sessions().listAll(ListSessionsRequest.builder().build(), options));
      }
      assertEquals(0, fake.requests().size());
      // One page may still take them: list() is a single request.
      RequestOptions limit = RequestOptions.builder().queryParam("limit", "3").build();
      assertEquals(3, client.sessions().list(ListSessionsRequest.builder().build(), limit).sessions().size());
    }
  }

  @Test
  void aPageSmallerThanARunOfTiesWidensToTheCapAndLosesNothing() {
    List<Stored> data = dataset();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      List<String> ids = ids(client(fake).sessions().listAll(ListSessionsRequest.builder().limit(3).build()));

      assertEquals(expectedIds(data, s -> true), ids);
      Set<String> limits = fake.requests().stream().map(r -> r.query().get("limit")).collect(Collectors.toSet());
      // Runs of up to 7 ties do not fit a page of 3: such a page brings nothing new, and is asked again
      // with the largest page the server allows; never more than that.
      assertEquals(Set.of("3", "200"), limits);
    }
  }

  @Test
  void tiesInAnotherOrderOnEachRequestAreStillEachReturnedOnce() {
    List<Stored> data = dataset();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, true)) {
      List<Session> sessions = new ArrayList<>();
      client(fake).sessions().listAll(ListSessionsRequest.builder().limit(4).build()).forEach(sessions::add);

      List<String> ids = ids(sessions);
      assertEquals(data.size(), ids.size());
      assertEquals(data.stream().map(Stored::id).collect(Collectors.toSet()), new HashSet<>(ids));
      // Newest first, the two without started_at before all others.
      assertEquals(Set.of("nostart-1", "nostart-2"), new HashSet<>(ids.subList(0, 2)));
      for (int i = 3; i < sessions.size(); i++) {
        Instant newer = sessions.get(i - 1).startedAt().orElseThrow();
        Instant older = sessions.get(i).startedAt().orElseThrow();
        assertFalse(older.isAfter(newer), "out of order at " + i + ": " + newer + " then " + older);
      }
    }
  }

  @Test
  void moreSessionsAtOneInstantThanThePageCapIsAnErrorNotAnEndlessLoop() {
    Instant crowded = Instant.parse("2026-05-20T12:00:00Z");
    List<Stored> data = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      data.add(new Stored(String.format("c-%03d", i), crowded, "completed", "wf-a"));
    }
    for (int i = 0; i < 10; i++) {
      data.add(new Stored("old-" + i, crowded.minusSeconds(60 + i), "completed", "wf-a"));
    }
    for (Integer limit : new Integer[] {null, 50}) {
      try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
        ListSessionsRequest.Builder request = ListSessionsRequest.builder();
        if (limit != null) {
          request.limit(limit);
        }
        Iterator<Session> it = client(fake).sessions().listAll(request.build()).iterator();
        List<String> got = new ArrayList<>();

        SessionKitException e = assertThrows(SessionKitException.class, () -> {
          while (it.hasNext()) {
            got.add(it.next().id());
          }
        });

        assertEquals("more than 200 sessions share the timestamp 2026-05-20T12:00:00Z, and the API has no cursor to"
            + " page through them; narrow the listing (a shorter time range, a status or workflow filter) so that"
            + " fewer than 200 match at that instant", e.getMessage());
        assertEquals(200, got.size(), "limit " + limit);
        assertEquals(200, new HashSet<>(got).size());
        assertTrue(fake.requests().size() <= 5, "limit " + limit + ": " + fake.requests().size() + " requests");
      }
    }
  }

  @Test
  void pagesCanBeWalkedOneAtATimeAndAgainFromTheStart() {
    List<Stored> data = dataset();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      Iterable<Page<Session>> pages = client(fake).sessions().listAll(ListSessionsRequest.builder().build()).pages();
      List<Integer> sizes = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (Page<Session> page : pages) {
        sizes.add(page.items().size());
        page.items().forEach(s -> ids.add(s.id()));
      }
      int requestsOfFirstWalk = fake.requests().size();
      long secondWalk = client(fake).sessions().listAll(ListSessionsRequest.builder().build()).stream().count();

      assertEquals(expectedIds(data, s -> true), ids);
      assertEquals(requestsOfFirstWalk, sizes.size());
      assertEquals(data.size(), secondWalk);
      assertEquals(2 * requestsOfFirstWalk, fake.requests().size());
    }
  }

  @Test
  void theAsyncWalkDeliversTheSameSessionsWithTheOptionsOnEveryPage() {
    List<Stored> data = dataset();
    try (FakeSessionsServer fake = new FakeSessionsServer(data, false)) {
      List<String> ids = new CopyOnWriteArrayList<>();

      client(fake).async().sessions().listAll(ListSessionsRequest.builder().statuses(SessionStatus.RUNNING).build(),
          RequestOptions.builder().header("X-Trace", "async").build()).forEach(s -> ids.add(s.id())).join();

      assertEquals(expectedIds(data, s -> s.status().equals("running")), ids);
      assertTrue(fake.requests().size() >= 1);
      fake.requests().forEach(r -> assertEquals("async", r.trace()));
      fake.requests().forEach(r -> assertEquals("running", r.query().get("statuses")));
    }
  }

  @Test
  void theFakeRefusesWhatTheRealServerRefuses() throws Exception {
    try (FakeSessionsServer fake = new FakeSessionsServer(dataset(), false)) {
      HttpClient http = HttpClient.newHttpClient();
      String base = fake.baseUrl() + "/sessions?";

      HttpResponse<String> naive = http.send(HttpRequest.newBuilder(URI.create(base
          + "started_before=2026-05-01T00:00:00")).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> tooMany = http.send(HttpRequest.newBuilder(URI.create(base + "limit=201"))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
      HttpResponse<String> defaults = http.send(HttpRequest.newBuilder(URI.create(base))
          .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());

      // So the other tests would fail if the SDK sent a naive time or a page over the cap.
      assertEquals(500, naive.statusCode());
      assertEquals(422, tooMany.statusCode());
      assertTrue(tooMany.body().contains("less_than_equal"), tooMany.body());
      assertEquals(200, defaults.statusCode());
      assertTrue(defaults.body().endsWith("\"total\":50}"), defaults.body());
    }
  }
}
