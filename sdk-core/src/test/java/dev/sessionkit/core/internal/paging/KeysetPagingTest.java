package dev.sessionkit.core.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.paging.Page;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeysetPagingTest {
  record Item(String id, Instant at) {}

  /** A server like Syntropic's: newest first, inclusive upper bound, capped limit, ties in any stable order. */
  static final class Server implements KeysetPaging.Fetcher<Item> {
    final List<Item> items;
    final List<Instant> bounds = new ArrayList<>();
    final List<Integer> limits = new ArrayList<>();

    Server(List<Item> items) {
      this.items = items.stream().sorted(Comparator.comparing(Item::at).reversed().thenComparing(Item::id))
          .collect(Collectors.toList());
    }

    @Override
    public KeysetPaging.Fetched<Item> fetch(Instant upperBound, int limit) {
      bounds.add(upperBound);
      limits.add(limit);
      return new KeysetPaging.Fetched<>(items.stream().filter(i -> upperBound == null || !i.at().isAfter(upperBound))
          .limit(limit).collect(Collectors.toList()), TestPaging.OK);
    }
  }

  static final KeysetPaging.Keys<Item> KEYS = new KeysetPaging.Keys<>() {
    @Override
    public Instant timestamp(Item item) {
      return item.at();
    }

    @Override
    public String id(Item item) {
      return item.id();
    }
  };

  static final CursorCodec CURSORS =
      new CursorCodec("test.sessions", ApiRequest.get("sessions").build(), Set.of("started_before", "limit"));

  static String cursorOf(KeysetPaging.Position position) {
    return CURSORS.encode(position.writeTo(JsonNodeFactory.instance.objectNode()));
  }

  static KeysetPaging.Position from(Instant bound) {
    return new KeysetPaging.Position(bound, Set.of());
  }

  static Page<Item> firstPage(KeysetPaging.Fetcher<Item> server, KeysetPaging.Position start, int limit, int max) {
    return KeysetPaging.firstPage(server, KEYS, start, limit, max, "sessions", KeysetPagingTest::cursorOf);
  }

  private static List<Item> walk(Server server, int limit) {
    List<Item> out = new ArrayList<>();
    new LazyAutoPager<>(() -> firstPage(server, from(null), limit, 200)).forEach(out::add);
    return out;
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 50, 200})
  void returnsEveryItemOnceInOrderThroughRunsOfEqualTimestamps(int limit) {
    SplittableRandom random = new SplittableRandom(42);
    List<Item> items = new ArrayList<>();
    Instant t = Instant.parse("2026-05-01T00:00:00Z");
    for (int i = 0; i < 650; i++) {
      // Runs of up to 5 items share one timestamp, so ties straddle page boundaries.
      if (random.nextInt(3) == 0 || i == 0) {
        t = t.minusSeconds(1 + random.nextInt(30));
      }
      items.add(new Item(String.format("s%04d", i), t));
    }
    Server server = new Server(items);
    List<Item> seen = walk(server, Math.min(limit, 200));
    assertEquals(server.items, seen);
  }

  @Test
  void moreTiesThanAPageWidensThePageOnce() {
    List<Item> items = new ArrayList<>();
    Instant t = Instant.parse("2026-05-01T00:00:00Z");
    for (int i = 0; i < 30; i++) {
      items.add(new Item("tie" + i, t));
    }
    items.add(new Item("older", t.minusSeconds(5)));
    Server server = new Server(items);
    assertEquals(server.items, walk(server, 10));
    assertTrue(server.limits.contains(200), "widened to the API's maximum: " + server.limits);
  }

  @Test
  void moreTiesThanTheLargestPageFailsWithAMessageInsteadOfLooping() {
    List<Item> items = new ArrayList<>();
    Instant t = Instant.parse("2026-05-01T00:00:00Z");
    for (int i = 0; i < 250; i++) {
      items.add(new Item(String.format("tie%03d", i), t));
    }
    Server server = new Server(items);
    SessionKitException e = assertThrows(SessionKitException.class, () -> walk(server, 200));
    assertEquals("more than 200 sessions share the timestamp 2026-05-01T00:00:00Z, and the API has no cursor to page"
        + " through them; narrow the listing (a shorter time range, a status or workflow filter) so that fewer than"
        + " 200 match at that instant", e.getMessage());
    assertTrue(server.bounds.size() <= 3, "no endless loop: " + server.bounds.size() + " requests");
  }

  /** {@code n} items a second apart, s0 the newest. */
  static List<Item> secondApart(int n) {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      items.add(new Item("s" + i, Instant.parse("2026-05-01T00:00:00Z").minusSeconds(i)));
    }
    return items;
  }

  @Test
  void startsFromTheCallersBoundAndStopsOnAShortPage() {
    Server server = new Server(secondApart(25));
    Instant bound = Instant.parse("2026-04-30T23:59:50Z");
    Page<Item> first = firstPage(server, from(bound), 10, 200);
    assertEquals("s10", first.items().get(0).id());
    Page<Item> second = first.nextPage();
    // s19..s24 come back (the bound is inclusive); s19 was already returned.
    assertEquals(List.of("s20", "s21", "s22", "s23", "s24"),
        second.items().stream().map(Item::id).collect(Collectors.toList()));
    assertTrue(!second.hasNextPage());
    assertEquals(bound, server.bounds.get(0));
    assertEquals(Instant.parse("2026-04-30T23:59:41Z"), server.bounds.get(1));
  }

  @Test
  void refusesALimitOutsideTheApisRange() {
    assertThrows(IllegalArgumentException.class,
        () -> firstPage((b, l) -> new KeysetPaging.Fetched<>(List.of(), TestPaging.OK), from(null), 201, 200));
  }

  @Test
  void aServerThatIgnoresTheBoundEndsTheWalkWithoutRepeatingOrLoopingForever() {
    Instant t = Instant.parse("2026-05-01T12:00:00Z");
    List<Item> page = List.of(new Item("s1", t.plusSeconds(5)), new Item("s2", t.plusSeconds(4)));
    KeysetPaging.Fetcher<Item> ignoresBound = (bound, limit) -> new KeysetPaging.Fetched<>(page, TestPaging.OK);

    List<Item> out = new ArrayList<>();
    new LazyAutoPager<>(() -> firstPage(ignoresBound, from(null), 2, 200)).forEach(out::add);
    assertEquals(page, out, "the widened page of seen and too-new items is the last");

    SessionKitException e = assertThrows(SessionKitException.class, () -> new LazyAutoPager<>(
        () -> firstPage(ignoresBound, from(null), 2, 2)).forEach(i -> { }));
    assertTrue(e.getMessage().startsWith("the server sent sessions newer than the upper bound 2026-05-01T12:00:04Z"
        + " it was asked for"), e.getMessage());
  }

  @Test
  void itemsWithoutATimestampThatComeBackOnEveryPageDoNotMakeTheWalkLoop() {
    Instant t = Instant.parse("2026-05-01T12:00:00Z");
    List<Item> page = List.of(new Item("pending", null), new Item("s2", t));
    SessionKitException e = assertThrows(SessionKitException.class, () -> new LazyAutoPager<>(
        () -> firstPage((bound, limit) -> new KeysetPaging.Fetched<>(page, TestPaging.OK), from(null), 2, 2)).forEach(i -> { }));
    assertEquals("the server sent the same sessions again for the upper bound 2026-05-01T12:00:00Z; stopping"
        + " instead of looping forever", e.getMessage());
  }

  /**
   * 40 items in runs of up to 3 equal timestamps, so that page ends fall inside runs (a run longer than a
   * page widens the page instead: {@link #moreTiesThanAPageWidensThePageOnce}).
   */
  private static List<Item> tiedItems() {
    int[] runs = {3, 1, 2, 3, 2, 1, 3, 2, 3, 1, 2, 3, 2, 2, 3, 1, 2, 3, 1};
    List<Item> items = new ArrayList<>();
    Instant t = Instant.parse("2026-05-01T00:00:00Z");
    int n = 0;
    for (int run : runs) {
      t = t.minusSeconds(60);
      for (int i = 0; i < run; i++) {
        items.add(new Item(String.format("s%02d", n++), t));
      }
    }
    return items;
  }

  @ParameterizedTest
  @ValueSource(ints = {4, 5, 10})
  void aWalkResumedFromEachPagesCursorYieldsExactlyTheRestEvenInsideARunOfEqualTimestamps(int limit) {
    Server server = new Server(tiedItems());
    List<String> cursors = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    int seen = 0;
    for (Page<Item> page : new LazyAutoPager<>(() -> firstPage(server, from(null), limit, 200)).pages()) {
      seen += page.items().size();
      if (page.nextCursor().isPresent()) {
        cursors.add(page.nextCursor().get());
        counts.add(seen);
      }
    }
    assertTrue(cursors.size() >= 3, "several pages: " + cursors.size());

    boolean insideARun = false;
    for (int i = 0; i < cursors.size(); i++) {
      KeysetPaging.Position position = KeysetPaging.Position.readFrom(CURSORS.decode(cursors.get(i)));
      insideARun |= !position.seenAtBound().isEmpty() && counts.get(i) < server.items.size()
          && server.items.get(counts.get(i)).at().equals(position.bound());
      List<Item> rest = new ArrayList<>();
      new LazyAutoPager<>(() -> firstPage(server, position, limit, 200)).forEach(rest::add);

      assertEquals(server.items.subList(counts.get(i), server.items.size()), rest, "resumed after page " + (i + 1));
    }
    assertTrue(insideARun, "at least one cursor falls inside a run of equal timestamps");
  }

  @Test
  void aPositionSurvivesItsCursorExactlyToTheNanosecond() {
    KeysetPaging.Position position =
        new KeysetPaging.Position(Instant.parse("2026-05-01T12:00:00.123456789Z"), hashes("b", "a", "c"));

    KeysetPaging.Position back = KeysetPaging.Position.readFrom(CURSORS.decode(cursorOf(position)));

    assertEquals(position, back);
    assertEquals(cursorOf(position), cursorOf(back), "one position, one cursor: the hashes are written sorted");
    assertEquals(new KeysetPaging.Position(null, Set.of()),
        KeysetPaging.Position.readFrom(CURSORS.decode(cursorOf(new KeysetPaging.Position(null, Set.of())))));
  }

  static Set<String> hashes(String... ids) {
    return Arrays.stream(ids).map(KeysetPaging::idHash).collect(Collectors.toSet());
  }

  @Test
  void anIdHashIsTheFirst64BitsOfItsSha256InBase64url() throws Exception {
    byte[] sha = java.security.MessageDigest.getInstance("SHA-256").digest("sess-é".getBytes(
        java.nio.charset.StandardCharsets.UTF_8));

    assertEquals(java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha, 8)),
        KeysetPaging.idHash("sess-é"));
    assertEquals(11, KeysetPaging.idHash("x".repeat(1000)).length());
    String joined = KeysetPaging.writeIdHashes(hashes("c", "a", "b"));
    assertEquals(33, joined.length());
    assertEquals(java.util.Optional.of(hashes("a", "b", "c")), KeysetPaging.readIdHashes(joined));
    assertEquals(java.util.Optional.of(Set.of()), KeysetPaging.readIdHashes(""));
  }

  @Test
  void aStateThatIsNotAPositionIsRefusedNamingTheCursor() {
    String a = KeysetPaging.idHash("a");
    String b = KeysetPaging.idHash("b");
    String sorted = a.compareTo(b) < 0 ? a + b : b + a;
    String unsorted = a.compareTo(b) < 0 ? b + a : a + b;
    for (String state : List.of("{}", "{\"b\": 5, \"s\": \"\"}", "{\"b\": \"yesterday\", \"s\": \"\"}",
        "{\"s\": [1]}", "{\"s\": [\"" + a + "\"]}", "{\"s\": \"" + sorted.substring(1) + "\"}",
        "{\"s\": \"" + unsorted + "\"}", "{\"s\": \"" + a + a + "\"}", "{\"s\": \"sess-000001\"}",
        "{\"s\": \"" + a.substring(0, 10) + "$\"}")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeysetPaging.Position.readFrom(
          new com.fasterxml.jackson.databind.ObjectMapper().readTree(state)));
      assertTrue(e.getMessage().startsWith("cursor is not a cursor SessionKit made"), e.getMessage());
    }
  }

  /** A source that counts the responses read so far, a state of its own, and writes the count in its cursors. */
  record Counting(Server server, int read) implements KeysetPaging.Source<Item> {
    @Override
    public KeysetPaging.Step<Item> fetch(Instant upperBound, int limit) {
      KeysetPaging.Fetched<Item> fetched = server.fetch(upperBound, limit);
      return new KeysetPaging.Step<>(fetched.items(), fetched.response(), new Counting(server, read + 1));
    }

    @Override
    public String cursorOf(KeysetPaging.Position position) {
      return CURSORS.encode(position.writeTo(JsonNodeFactory.instance.objectNode()).put("n", read));
    }
  }

  @Test
  void aSourcesStateTravelsWithEachPageSoEveryCallOfNextPageStartsFromTheSame() {
    Server server = new Server(secondApart(12));
    Page<Item> first = KeysetPaging.firstPage(new Counting(server, 0), KEYS, from(null), 4, 200, "sessions");
    Page<Item> second = first.nextPage();
    Page<Item> third = second.nextPage();

    Page<Item> secondAgain = first.nextPage();

    assertEquals(second.items(), secondAgain.items());
    assertEquals(second.nextCursor(), secondAgain.nextCursor(), "the state as of the second page, not the third");
    assertEquals(1, CURSORS.decode(first.nextCursor().orElseThrow()).get("n").intValue());
    assertEquals(2, CURSORS.decode(secondAgain.nextCursor().orElseThrow()).get("n").intValue());
    assertEquals(3, CURSORS.decode(third.nextCursor().orElseThrow()).get("n").intValue());
  }

  @Test
  void eachPageCarriesItsResponse() {
    Server server = new Server(tiedItems());
    for (Page<Item> page : new LazyAutoPager<>(() -> firstPage(server, from(null), 10, 200)).pages()) {
      assertEquals(TestPaging.OK, page.response());
    }
  }

  @Test
  void aPageWritesItsCursorOnlyWhenAskedAndOnce() {
    Server server = new Server(tiedItems());
    java.util.concurrent.atomic.AtomicInteger written = new java.util.concurrent.atomic.AtomicInteger();
    java.util.function.Function<KeysetPaging.Position, String> counting = p -> {
      written.incrementAndGet();
      return cursorOf(p);
    };

    List<Item> all = new ArrayList<>();
    new LazyAutoPager<>(() -> KeysetPaging.firstPage(server, KEYS, from(null), 10, 200, "sessions", counting))
        .forEach(all::add);
    assertEquals(40, all.size());
    assertEquals(0, written.get(), "a walk over the items writes no cursor");

    Page<Item> first = KeysetPaging.firstPage(server, KEYS, from(null), 10, 200, "sessions", counting);
    String cursor = first.nextCursor().orElseThrow();
    assertEquals(cursor, first.nextCursor().orElseThrow());
    assertEquals(1, written.get(), "written once, then kept");
  }
}
