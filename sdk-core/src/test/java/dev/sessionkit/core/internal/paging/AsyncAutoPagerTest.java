package dev.sessionkit.core.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.AsyncAutoPager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AsyncAutoPagerTest {
  private final ExecutorService executor = Executors.newFixedThreadPool(2, r -> {
    Thread t = new Thread(r, "test-executor");
    t.setDaemon(true);
    return t;
  });
  private final AtomicInteger fetches = new AtomicInteger();
  private final List<String> fetchThreads = new ArrayList<>();

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  /** Ten pages of ten items, counting fetches. */
  private AsyncAutoPager<Integer> pager() {
    return new ExecutorAsyncAutoPager<>(() -> CursorPaging.firstPage(token -> {
      fetches.incrementAndGet();
      synchronized (fetchThreads) {
        fetchThreads.add(Thread.currentThread().getName());
      }
      int page = token == null ? 0 : Integer.parseInt(token);
      List<Integer> items = IntStream.range(page * 10, page * 10 + 10).boxed().collect(Collectors.toList());
      return new CursorPaging.Result<>(items, page < 9 ? String.valueOf(page + 1) : null, TestPaging.OK);
    }, TestPaging.CURSORS, null), executor);
  }

  @Test
  void forEachDeliversEveryItemInOrderOnTheGivenExecutor() {
    List<Integer> seen = new ArrayList<>();
    pager().forEach(seen::add).join();
    assertEquals(IntStream.range(0, 100).boxed().collect(Collectors.toList()), seen);
    assertEquals(10, fetches.get());
    assertTrue(fetchThreads.stream().allMatch("test-executor"::equals), fetchThreads.toString());
  }

  @Test
  void anErrorFromTheActionStopsTheListingAndFailsTheFuture() {
    IllegalStateException boom = new IllegalStateException("boom");
    CompletableFuture<Void> f = pager().forEach(i -> {
      if (i == 15) {
        throw boom;
      }
    });
    CompletionException e = assertThrows(CompletionException.class, f::join);
    assertSame(boom, e.getCause());
    assertTrue(fetches.get() <= 3, "stopped fetching: " + fetches.get());
  }

  @Test
  void aFailedFetchFailsTheFuture() {
    AsyncAutoPager<Integer> failing = new ExecutorAsyncAutoPager<>(() -> {
      throw new SessionKitException("server down");
    }, executor);
    CompletionException e = assertThrows(CompletionException.class, () -> failing.forEach(i -> { }).join());
    assertEquals("server down", e.getCause().getMessage());
  }

  /** Records what it receives and requests only what the test asks for. */
  private static final class ManualSubscriber implements Flow.Subscriber<Integer> {
    final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    final List<Integer> items = new ArrayList<>();
    final CountDownLatch done = new CountDownLatch(1);
    volatile CountDownLatch waitFor = new CountDownLatch(0);

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription.set(s);
    }

    @Override
    public synchronized void onNext(Integer item) {
      items.add(item);
      waitFor.countDown();
    }

    @Override
    public void onError(Throwable t) {
      done.countDown();
    }

    @Override
    public void onComplete() {
      done.countDown();
    }

    void requestAndAwait(int n) throws InterruptedException {
      waitFor = new CountDownLatch(n);
      subscription.get().request(n);
      assertTrue(waitFor.await(5, TimeUnit.SECONDS), "items did not arrive");
    }
  }

  @Test
  void noPageIsFetchedBeforeTheSubscriberAsksForItsItems() throws InterruptedException {
    ManualSubscriber s = new ManualSubscriber();
    pager().subscribe(s);
    Thread.sleep(50);
    assertEquals(0, fetches.get(), "fetched before any demand");
    s.requestAndAwait(1);
    assertEquals(1, fetches.get());
    s.requestAndAwait(9);
    assertEquals(1, fetches.get(), "the first page's items needed no second fetch");
    s.requestAndAwait(1);
    assertEquals(2, fetches.get());
    assertEquals(IntStream.range(0, 11).boxed().collect(Collectors.toList()), s.items);
  }

  @Test
  void cancellingStopsFetching() throws InterruptedException {
    ManualSubscriber s = new ManualSubscriber();
    pager().subscribe(s);
    s.requestAndAwait(5);
    s.subscription.get().cancel();
    s.subscription.get().request(50);
    Thread.sleep(100);
    assertEquals(1, fetches.get());
    assertEquals(5, s.items.size());
  }
}
