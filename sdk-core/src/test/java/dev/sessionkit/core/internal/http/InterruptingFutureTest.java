package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InterruptingFutureTest {
  /** Runs queued tasks when the test says so, on the test's thread. */
  private static final class Steps implements Executor {
    final Queue<Runnable> queued = new ArrayDeque<>();

    @Override
    public void execute(Runnable task) {
      queued.add(task);
    }

    void runNext() {
      queued.remove().run();
    }
  }

  @Test
  void completesWithTheCallsResult() {
    Steps steps = new Steps();
    CompletableFuture<String> f = InterruptingFuture.start(() -> "done", steps);
    assertFalse(f.isDone());
    steps.runNext();
    assertEquals("done", f.join());
  }

  @Test
  void failsAsSupplyAsyncFailsSoThatDependentStagesSeeTheSameException() {
    IllegalStateException boom = new IllegalStateException("boom");
    Steps steps = new Steps();
    CompletableFuture<String> f = InterruptingFuture.start(() -> {
      throw boom;
    }, steps);
    AtomicReference<Throwable> seen = new AtomicReference<>();
    f.whenComplete((v, e) -> seen.set(e));
    steps.runNext();
    assertSame(boom, assertInstanceOf(CompletionException.class, seen.get()).getCause());
    assertSame(boom, assertThrows(ExecutionException.class, f::get).getCause());
  }

  @Test
  void aRejectionIsThrownByTheCallThatWasRefused() {
    RejectedExecutionException full = new RejectedExecutionException("full");
    assertSame(full, assertThrows(RejectedExecutionException.class,
        () -> InterruptingFuture.start(() -> 1, task -> {
          throw full;
        })));
  }

  @Test
  void aCallCancelledBeforeItStartsNeverRuns() {
    Steps steps = new Steps();
    AtomicBoolean ran = new AtomicBoolean();
    CompletableFuture<Boolean> f = InterruptingFuture.start(() -> ran.getAndSet(true), steps);
    assertTrue(f.cancel(false));
    steps.runNext();
    assertFalse(ran.get());
    assertFalse(Thread.currentThread().isInterrupted());
  }

  @Test
  void cancelInterruptsTheRunningCallAndTheInterruptEndsWithIt() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    AtomicBoolean sawInterrupt = new AtomicBoolean();
    AtomicBoolean interruptedAfter = new AtomicBoolean(true);
    CountDownLatch after = new CountDownLatch(1);
    Executor thenCheck = task -> {
      Thread t = new Thread(() -> {
        task.run();
        interruptedAfter.set(Thread.currentThread().isInterrupted());
        after.countDown();
      });
      t.start();
    };
    CompletableFuture<Void> f = InterruptingFuture.start(() -> {
      running.countDown();
      try {
        new CountDownLatch(1).await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        sawInterrupt.set(true);
      }
      return null;
    }, thenCheck);
    assertTrue(running.await(30, TimeUnit.SECONDS));
    assertTrue(f.cancel(false));
    assertTrue(after.await(30, TimeUnit.SECONDS));
    assertTrue(sawInterrupt.get());
    assertFalse(interruptedAfter.get(), "the executor's thread must not stay interrupted");
    assertTrue(f.isCancelled());
  }

  @Test
  void cancellingAFinishedCallChangesNothing() {
    Steps steps = new Steps();
    CompletableFuture<String> f = InterruptingFuture.start(() -> "done", steps);
    steps.runNext();
    assertFalse(f.cancel(true));
    assertFalse(Thread.currentThread().isInterrupted());
    assertEquals("done", f.join());
  }
}
