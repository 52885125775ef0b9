package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An {@link AsyncAutoPager} that fetches each page on the client's executor, only when the subscriber's
 * demand reaches past the items in hand. Signals are serialised by a work-in-progress counter (the
 * usual Reactive Streams drain loop), so {@code onNext} is never called concurrently.
 */
public final class ExecutorAsyncAutoPager<T> implements AsyncAutoPager<T> {
  private final Supplier<Page<T>> firstPage;
  private final Executor executor;

  public ExecutorAsyncAutoPager(Supplier<Page<T>> firstPage, Executor executor) {
    this.firstPage = Objects.requireNonNull(firstPage, "firstPage");
    this.executor = Objects.requireNonNull(executor, "executor");
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    PagingSubscription<T> subscription = new PagingSubscription<>(subscriber, firstPage, executor);
    subscriber.onSubscribe(subscription);
  }

  @Override
  public CompletableFuture<Void> forEach(Consumer<? super T> action) {
    Objects.requireNonNull(action, "action");
    CompletableFuture<Void> done = new CompletableFuture<>();
    subscribe(new Flow.Subscriber<T>() {
      private Flow.Subscription subscription;

      @Override
      public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        done.whenComplete((v, e) -> s.cancel());
        s.request(Long.MAX_VALUE);
      }

      @Override
      public void onNext(T item) {
        try {
          action.accept(item);
        } catch (Throwable e) {
          subscription.cancel();
          done.completeExceptionally(e);
        }
      }

      @Override
      public void onError(Throwable e) {
        done.completeExceptionally(e);
      }

      @Override
      public void onComplete() {
        done.complete(null);
      }
    });
    return done;
  }

  private static final class PagingSubscription<T> implements Flow.Subscription {
    private final Flow.Subscriber<? super T> subscriber;
    private final Supplier<Page<T>> firstPage;
    private final Executor executor;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile boolean fetching;
    private volatile boolean terminated;
    private volatile Page<T> page;
    private volatile Iterator<T> items = Collections.emptyIterator();
    private volatile Throwable error;

    PagingSubscription(Flow.Subscriber<? super T> subscriber, Supplier<Page<T>> firstPage, Executor executor) {
      this.subscriber = subscriber;
      this.firstPage = firstPage;
      this.executor = executor;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        // Reactive Streams §3.9.
        error = new IllegalArgumentException("request(n) needs n > 0, was " + n);
        cancelled = true;
        drainTerminal();
        return;
      }
      demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
    }

    private void drainTerminal() {
      if (wip.getAndIncrement() == 0 && !terminated) {
        terminated = true;
        subscriber.onError(error);
      }
    }

    private void drain() {
      if (wip.getAndIncrement() != 0) {
        return;
      }
      do {
        while (!cancelled && !terminated && demand.get() > 0 && items.hasNext()) {
          T item = items.next();
          demand.decrementAndGet();
          subscriber.onNext(item);
        }
        if (!cancelled && !terminated) {
          Throwable failure = error;
          if (failure != null) {
            terminated = true;
            subscriber.onError(failure);
          } else if (!fetching && !items.hasNext() && demand.get() > 0) {
            Page<T> current = page;
            if (current == null || current.hasNextPage()) {
              fetching = true;
              fetch(current);
            } else {
              terminated = true;
              subscriber.onComplete();
            }
          }
        }
      } while (wip.decrementAndGet() != 0);
    }

    private void fetch(Page<T> current) {
      try {
        executor.execute(() -> {
          try {
            Page<T> next = current == null ? firstPage.get() : current.nextPage();
            page = next;
            items = next.items().iterator();
          } catch (Throwable e) {
            error = e;
          } finally {
            fetching = false;
          }
          drain();
        });
      } catch (RuntimeException rejected) {
        error = rejected;
        fetching = false;
      }
    }
  }
}
