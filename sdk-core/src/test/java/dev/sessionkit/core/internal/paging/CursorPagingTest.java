package dev.sessionkit.core.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CursorPagingTest {
  private static List<Integer> range(int from, int to) {
    return IntStream.range(from, to).boxed().collect(Collectors.toList());
  }

  @Test
  void cursorPagingFollowsTokensAndEndsOnNullOrEmpty() {
    List<String> tokens = new ArrayList<>();
    AutoPager<Integer> pager = new LazyAutoPager<>(() -> CursorPaging.firstPage(token -> {
      tokens.add(token);
      int page = token == null ? 0 : Integer.parseInt(token.substring(1));
      return new CursorPaging.Result<>(range(page * 3, page * 3 + 3), page < 3 ? "p" + (page + 1) : "", TestPaging.OK);
    }, TestPaging.CURSORS, null));
    assertEquals(range(0, 12), pager.stream().collect(Collectors.toList()));
    assertEquals(java.util.Arrays.asList(null, "p1", "p2", "p3"), tokens);
    // The iterable can be walked again: it starts over.
    assertEquals(12, pager.stream().count());
  }

  @Test
  void aRepeatedTokenEndsTheWalkWithAClearError() {
    AutoPager<Integer> pager = new LazyAutoPager<>(() -> CursorPaging.firstPage(
        token -> new CursorPaging.Result<>(List.of(1), token == null ? "A" : token.equals("A") ? "B" : "A", TestPaging.OK),
        TestPaging.CURSORS, null));
    SessionKitException e = assertThrows(SessionKitException.class, () -> pager.forEach(i -> { }));
    assertEquals("the server sent page token \"A\" a second time after 2 pages; stopping instead of looping forever",
        e.getMessage());
  }

  @Test
  void aPageAskedForItsNextPageAgainFetchesItAgainInsteadOfSeeingALoop() throws Exception {
    // Page.nextPage() may be called more than once and from any thread; each call fetches anew.
    Page<Integer> first = CursorPaging.firstPage(token -> {
      int page = token == null ? 0 : Integer.parseInt(token.substring(1));
      return new CursorPaging.Result<>(range(page * 3, page * 3 + 3), page < 2 ? "p" + (page + 1) : null, TestPaging.OK);
    }, TestPaging.CURSORS, null);
    Page<Integer> second = first.nextPage();
    assertEquals(range(3, 6), first.nextPage().items());
    assertEquals(range(6, 9), second.nextPage().items());
    assertEquals(range(6, 9), first.nextPage().nextPage().items());

    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    try {
      List<java.util.concurrent.Future<List<Integer>>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> first.nextPage().nextPage().items()));
      }
      for (java.util.concurrent.Future<List<Integer>> r : results) {
        assertEquals(range(6, 9), r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void pagesAreFetchedOnlyWhenReached() {
    AtomicInteger fetches = new AtomicInteger();
    AutoPager<Integer> pager = new LazyAutoPager<>(() -> CursorPaging.firstPage(token -> {
      fetches.incrementAndGet();
      int page = token == null ? 0 : Integer.parseInt(token);
      return new CursorPaging.Result<>(range(page * 10, page * 10 + 10), String.valueOf(page + 1), TestPaging.OK);
    }, TestPaging.CURSORS, null));
    assertEquals(0, fetches.get(), "nothing is fetched before iteration");
    assertEquals(range(0, 15), pager.stream().limit(15).collect(Collectors.toList()));
    assertEquals(2, fetches.get());
  }

  @Test
  void aSinglePageHasNoNext() {
    Page<String> page = FetchedPage.last(List.of("a"), TestPaging.OK);
    assertFalse(page.hasNextPage());
    assertThrows(NoSuchElementException.class, page::nextPage);
  }

  @Test
  void earlierPagesBecomeUnreachableDuringALongWalk() {
    AutoPager<Integer> pager = new LazyAutoPager<>(() -> CursorPaging.firstPage(token -> {
      int page = token == null ? 0 : Integer.parseInt(token);
      return new CursorPaging.Result<>(range(page * 1000, page * 1000 + 1000), page < 200 ? String.valueOf(page + 1) : null,
          TestPaging.OK);
    }, TestPaging.CURSORS, null));
    WeakReference<Page<Integer>> firstPage = null;
    WeakReference<List<Integer>> firstItems = null;
    long count = 0;
    int pages = 0;
    boolean collected = false;
    for (Page<Integer> page : pager.pages()) {
      if (firstPage == null) {
        firstPage = new WeakReference<>(page);
        firstItems = new WeakReference<>(page.items());
      }
      count += page.items().size();
      if (++pages == 150) {
        // Far past the first page: neither the pager nor the later pages may still hold it.
        for (int i = 0; i < 20 && !collected; i++) {
          System.gc();
          collected = firstPage.get() == null && firstItems.get() == null;
        }
      }
    }
    assertEquals(201_000, count);
    assertTrue(collected, "the first page was still reachable after 150 pages");
    assertNull(firstItems.get());
  }
}
