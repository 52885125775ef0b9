package dev.sessionkit.core.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.AsyncAutoPager;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
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

  /** Ten pages of ten items on the test's thread pool, counting fetches. */
  private AsyncAutoPager<Integer> pager() {
    return pager(executor);
  }

  /** Ten pages of ten items, fetched on the given executor, counting fetches. */
  private AsyncAutoPager<Integer> pager(Executor executor) {
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

  @Test
  void cancellingInterruptsThePageBeingFetchedAndSignalsNothing() throws InterruptedException {
    CountDownLatch fetching = new CountDownLatch(1);
    CountDownLatch interrupted = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    AsyncAutoPager<Integer> blocked = new ExecutorAsyncAutoPager<>(() -> {
      fetching.countDown();
      try {
        never.await(); // a page whose HTTP call hangs
      } catch (InterruptedException e) {
        interrupted.countDown();
        throw new SessionKitException("interrupted while waiting for the response", e);
      }
      throw new AssertionError("the fetch was not interrupted");
    }, executor);
    ManualSubscriber subscriber = new ManualSubscriber();
    blocked.subscribe(subscriber);
    subscriber.subscription.get().request(1);
    assertTrue(fetching.await(30, java.util.concurrent.TimeUnit.SECONDS), "the fetch started");

    subscriber.subscription.get().cancel();

    assertTrue(interrupted.await(30, java.util.concurrent.TimeUnit.SECONDS), "the fetch was interrupted");
    // The pool's thread is free again, not left interrupted: it runs the next task.
    CompletableFuture<Boolean> next = CompletableFuture.supplyAsync(() -> Thread.currentThread().isInterrupted(),
        executor);
    CompletableFuture<Boolean> other = CompletableFuture.supplyAsync(() -> Thread.currentThread().isInterrupted(),
        executor);
    assertFalse(next.join());
    assertFalse(other.join());
    synchronized (subscriber) {
      assertEquals(List.of(), subscriber.items);
      assertEquals(List.of(), subscriber.errors);
      assertFalse(subscriber.completed);
    }
  }

  /** Records what it receives and requests only what the test asks for. */
  private static class ManualSubscriber implements Flow.Subscriber<Integer> {
    final AtomicReference<Flow.Subscription> subscription = new AtomicReference<>();
    final List<Integer> items = new ArrayList<>();
    final CountDownLatch done = new CountDownLatch(1);
    final List<Throwable> errors = new ArrayList<>();
    boolean completed;

    @Override
    public void onSubscribe(Flow.Subscription s) {
      subscription.set(s);
    }

    @Override
    public synchronized void onNext(Integer item) {
      items.add(item);
    }

    @Override
    public synchronized void onError(Throwable t) {
      errors.add(t);
      done.countDown();
    }

    @Override
    public synchronized void onComplete() {
      completed = true;
      done.countDown();
    }
  }

  /** An executor that only queues its tasks; the test runs them, one by one, on its own thread. */
  private static final class QueuedExecutor implements Executor {
    private final Deque<Runnable> tasks = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      tasks.add(task);
    }

    int queued() {
      return tasks.size();
    }

    void runNext() {
      assertFalse(tasks.isEmpty(), "no task queued");
      tasks.poll().run();
    }
  }

  @Test
  void noPageIsFetchedBeforeTheSubscriberAsksForItsItems() {
    QueuedExecutor queue = new QueuedExecutor();
    ManualSubscriber s = new ManualSubscriber();
    pager(queue).subscribe(s);
    assertEquals(0, queue.queued(), "a fetch queued before any demand");
    s.subscription.get().request(1);
    assertEquals(1, queue.queued(), "one fetch for the first item");
    assertEquals(0, fetches.get(), "fetched on the caller's thread instead of the executor");
    queue.runNext();
    assertEquals(1, fetches.get());
    assertEquals(List.of(0), s.items);
    s.subscription.get().request(9);
    assertEquals(0, queue.queued(), "the first page's items needed no second fetch");
    assertEquals(IntStream.range(0, 10).boxed().collect(Collectors.toList()), s.items);
    s.subscription.get().request(1);
    assertEquals(1, queue.queued(), "one fetch for the second page");
    queue.runNext();
    assertEquals(0, queue.queued());
    assertEquals(2, fetches.get());
    assertEquals(IntStream.range(0, 11).boxed().collect(Collectors.toList()), s.items);
  }

  @Test
  void cancellingStopsFetching() {
    QueuedExecutor queue = new QueuedExecutor();
    ManualSubscriber s = new ManualSubscriber();
    pager(queue).subscribe(s);
    s.subscription.get().request(5);
    queue.runNext();
    assertEquals(5, s.items.size());
    s.subscription.get().cancel();
    s.subscription.get().request(50);
    assertEquals(0, queue.queued(), "a fetch queued after the cancel");
    assertEquals(1, fetches.get());
    assertEquals(5, s.items.size(), "items delivered after the cancel");
    assertEquals(1, s.done.getCount(), "a cancelled subscription is not completed");
  }

  @Test
  void requestZeroFromInsideOnNextSignalsIllegalArgumentException() {
    // §3.9, when request(0) comes while the pager is delivering: the error must not wait for a drain that
    // never comes.
    QueuedExecutor queue = new QueuedExecutor();
    ManualSubscriber s = new ManualSubscriber() {
      @Override
      public synchronized void onNext(Integer item) {
        super.onNext(item);
        subscription.get().request(0);
      }
    };
    pager(queue).subscribe(s);
    s.subscription.get().request(5);
    queue.runNext();
    assertEquals(List.of(0), s.items, "items delivered after the bad request");
    assertEquals(1, s.errors.size(), "errors: " + s.errors);
    assertTrue(s.errors.get(0) instanceof IllegalArgumentException, s.errors.toString());
    assertTrue(s.errors.get(0).getMessage().contains("3.9"), s.errors.get(0).getMessage());
    s.subscription.get().request(1);
    assertEquals(0, queue.queued(), "a fetch queued after the error");
  }

  @Test
  void aBadRequestAfterCancelIsIgnored() {
    // §3.6: once cancelled, request is a no-op, even request(0).
    QueuedExecutor queue = new QueuedExecutor();
    ManualSubscriber s = new ManualSubscriber();
    pager(queue).subscribe(s);
    s.subscription.get().cancel();
    s.subscription.get().request(0);
    s.subscription.get().request(-1);
    assertEquals(List.of(), s.errors);
    assertEquals(0, queue.queued());
  }

  @Test
  void noItemIsDeliveredWhileOnSubscribeIsStillRunning() {
    // §1.3: a fetch that completes on another thread while onSubscribe (which requested) has not returned
    // yet must not deliver its items before it has. Any task queued by then is run from inside onSubscribe,
    // standing for the executor's thread winning that race.
    QueuedExecutor queue = new QueuedExecutor();
    List<String> signals = new ArrayList<>();
    ManualSubscriber s = new ManualSubscriber() {
      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        signals.add("onSubscribe");
        super.onSubscribe(subscription);
        subscription.request(2);
        while (queue.queued() > 0) {
          queue.runNext();
        }
        signals.add("onSubscribe returns");
      }

      @Override
      public synchronized void onNext(Integer item) {
        signals.add("onNext " + item);
        super.onNext(item);
      }
    };
    pager(queue).subscribe(s);
    while (queue.queued() > 0) {
      queue.runNext();
    }
    assertEquals(List.of("onSubscribe", "onSubscribe returns", "onNext 0", "onNext 1"), signals);
  }

  @Test
  void anExecutorThatRejectsTheFetchFailsTheSubscription() {
    RejectedExecutionException rejected = new RejectedExecutionException("shut down");
    ManualSubscriber s = new ManualSubscriber();
    pager(task -> {
      throw rejected;
    }).subscribe(s);
    s.subscription.get().request(1);
    assertEquals(List.of(rejected), s.errors, "the rejection, at once: no later request is coming");
  }

  @Test
  void aFailedFetchSignalsOnErrorOnceAfterOnSubscribe() {
    QueuedExecutor queue = new QueuedExecutor();
    ManualSubscriber s = new ManualSubscriber();
    new ExecutorAsyncAutoPager<Integer>(() -> {
      throw new SessionKitException("server down");
    }, queue).subscribe(s);
    assertEquals(0, queue.queued(), "fetched before any demand");
    s.subscription.get().request(3);
    queue.runNext();
    assertEquals(1, s.errors.size(), s.errors.toString());
    assertEquals("server down", s.errors.get(0).getMessage());
    s.subscription.get().request(3);
    assertEquals(0, queue.queued(), "fetched again after the error");
    assertEquals(1, s.errors.size(), s.errors.toString());
    assertFalse(s.completed);
  }

  @Test
  void theLastItemCompletesTheSubscriptionWithoutFurtherDemand() {
    // A subscriber that asks for exactly what the listing holds learns that it is over without asking for
    // one more item.
    QueuedExecutor queue = new QueuedExecutor();
    ManualSubscriber s = new ManualSubscriber();
    pager(queue).subscribe(s);
    s.subscription.get().request(100);
    for (int page = 0; page < 10; page++) {
      queue.runNext();
    }
    assertEquals(0, queue.queued());
    assertEquals(100, s.items.size());
    assertTrue(s.completed, "not completed after the last item");
  }
}
