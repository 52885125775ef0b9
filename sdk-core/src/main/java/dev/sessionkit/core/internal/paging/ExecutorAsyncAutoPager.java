package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.internal.http.InterruptingFuture;
import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * An {@link AsyncAutoPager} that fetches each page on the client's executor, only when the subscriber's
 * demand reaches past the items in hand.
 *
 * <p>Every signal comes from one drain loop that a single thread at a time runs, chosen by a work-in-progress
 * counter (the usual Reactive Streams pattern): {@code subscribe} holds it while {@code onSubscribe} runs, so
 * no item overtakes it (§1.3); a {@code request} or {@code cancel} made while another thread drains (or from
 * inside {@code onNext}) only marks the counter, and the draining thread takes the new state into account
 * before it lets go, so nothing recurses (§3.3) and nothing is lost. Checked by the Reactive Streams TCK.
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
    try {
      subscriber.onSubscribe(subscription);
    } catch (Throwable e) {
      // §2.13: a subscriber that throws is treated as cancelled; its error is its caller's to see.
      subscription.cancel();
      throw e;
    } finally {
      subscription.drainLoop();
    }
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
    private final Supplier<Page<T>> firstPage;
    private final Executor executor;
    private final AtomicLong demand = new AtomicLong();
    /** Held (1) from the start: {@code subscribe} lets go once {@code onSubscribe} has returned. */
    private final AtomicInteger wip = new AtomicInteger(1);
    /** Cleared when the subscription ends, so that a cancelled subscriber can be collected (§3.13). */
    private volatile Flow.Subscriber<? super T> subscriber;
    private volatile boolean cancelled;
    /** The page being fetched, if any: cancelled with the subscription. */
    private volatile CompletableFuture<Page<T>> inFlight;
    /** A fetch is queued or running; only the drain loop sets it, only the fetch clears it. */
    private volatile boolean fetching;
    /** The last page fetched; null before the first. */
    private volatile Page<T> page;
    private volatile Iterator<T> items = Collections.emptyIterator();
    /** Why the last fetch failed. */
    private volatile Throwable error;
    /** The first request(n <= 0), for §3.9. */
    private volatile IllegalArgumentException badRequest;

    PagingSubscription(Flow.Subscriber<? super T> subscriber, Supplier<Page<T>> firstPage, Executor executor) {
      this.subscriber = subscriber;
      this.firstPage = firstPage;
      this.executor = executor;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        if (badRequest == null) {
          // The TCK's optional check looks for the rule's number or these words in the message.
          badRequest = new IllegalArgumentException("non-positive subscription request: request(n) needs n > 0"
              + " (Reactive Streams rule 3.9), was " + n);
        }
      } else {
        // §3.17: demand past Long.MAX_VALUE is unbounded, not an overflow.
        demand.getAndUpdate(d -> d + n < 0 ? Long.MAX_VALUE : d + n);
      }
      drain();
    }

    @Override
    public void cancel() {
      cancelled = true;
      CompletableFuture<Page<T>> call = inFlight;
      if (call != null) {
        call.cancel(true);
      }
      // Drained, not just flagged, so that the references are dropped even if no signal follows.
      drain();
    }

    private void drain() {
      if (wip.getAndIncrement() == 0) {
        drainLoop();
      }
    }

    /** Runs by the thread that holds the counter; goes on while others marked it, then lets go. */
    void drainLoop() {
      int missed = 1;
      while (true) {
        Flow.Subscriber<? super T> s = subscriber;
        if (s == null) {
          release();
        } else {
          emit(s);
        }
        missed = wip.addAndGet(-missed);
        if (missed == 0) {
          return;
        }
      }
    }

    /** Delivers what demand and the items in hand allow, then ends the subscription or starts a fetch. */
    private void emit(Flow.Subscriber<? super T> s) {
      while (true) {
        if (cancelled) {
          release();
          return;
        }
        IllegalArgumentException bad = badRequest;
        if (bad != null) {
          release();
          s.onError(bad);
          return;
        }
        if (items.hasNext()) {
          if (demand.get() == 0) {
            return;
          }
          T item = items.next();
          demand.decrementAndGet();
          try {
            s.onNext(item);
          } catch (Throwable e) {
            // §2.13: treated as a cancel; the error goes up to whoever called request, or to the executor.
            cancelled = true;
            release();
            throw e;
          }
          continue;
        }
        if (fetching) {
          return;
        }
        Throwable failure = error;
        if (failure != null) {
          release();
          s.onError(failure);
          return;
        }
        Page<T> current = page;
        if (current != null && !current.hasNextPage()) {
          // No demand needed for onComplete (§1.5): a subscriber that asked for exactly every item learns the end.
          release();
          s.onComplete();
          return;
        }
        if (demand.get() == 0) {
          return;
        }
        fetching = true;
        fetch(current);
        // Round again: a direct executor has fetched already, a rejecting one has set the error.
      }
    }

    /** Lets go of the subscriber and the pages; the subscription is over and no signal follows. */
    private void release() {
      cancelled = true;
      subscriber = null;
      page = null;
      items = Collections.emptyIterator();
    }

    private void fetch(Page<T> current) {
      try {
        // Through InterruptingFuture, so that a cancel stops the page's HTTP call too, not only the walk.
        CompletableFuture<Page<T>> call = InterruptingFuture.start(
            () -> current == null ? firstPage.get() : current.nextPage(), executor);
        inFlight = call;
        call.whenComplete((next, e) -> {
          if (e == null) {
            page = next;
            items = next.items().iterator();
          } else {
            error = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
          }
          inFlight = null;
          fetching = false;
          drain();
        });
      } catch (RuntimeException rejected) {
        error = rejected;
        fetching = false;
      }
    }
  }
}
