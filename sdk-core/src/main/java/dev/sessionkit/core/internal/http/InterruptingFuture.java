package dev.sessionkit.core.internal.http;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The future of a blocking call run on an executor, whose {@link #cancel} stops the call: a call still
 * queued never starts, and a running one has its thread interrupted. The transport treats the interrupt
 * as the end of the call: java.net.http abandons the exchange, a body read or a back-off sleep wakes,
 * and no retry starts.
 *
 * <p>Why not {@link CompletableFuture#supplyAsync}: its {@code cancel} only completes the future and
 * leaves the task running, holding a pool thread and a connection until the server answers.
 *
 * <p>The interrupt is delivered only while this call runs, and cleared when it ends, so that it never
 * reaches the next task of the executor's thread (a user's executor may not clear it as
 * {@link java.util.concurrent.ThreadPoolExecutor} does). Both {@code cancel(true)} and {@code cancel(false)}
 * interrupt: the result of a cancelled call can never be read, so finishing it would only waste a thread
 * and a connection.
 */
public final class InterruptingFuture<T> extends CompletableFuture<T> {
  private final Supplier<T> call;
  private final Object lock = new Object();
  private Thread runner; // guarded by lock: the thread running the call, while it runs
  private boolean interrupted; // guarded by lock: whether cancel interrupted the runner

  private InterruptingFuture(Supplier<T> call) {
    this.call = call;
  }

  /**
   * Runs {@code call} on {@code executor}.
   *
   * @param call the blocking call
   * @param executor where it runs
   * @param <T> its result
   * @return the call's future; cancelling it interrupts the call
   * @throws java.util.concurrent.RejectedExecutionException if the executor refuses the task, as
   *     {@code supplyAsync} does
   */
  public static <T> CompletableFuture<T> start(Supplier<T> call, Executor executor) {
    InterruptingFuture<T> future = new InterruptingFuture<>(call);
    executor.execute(future::run);
    return future;
  }

  private void run() {
    synchronized (lock) {
      if (isDone()) {
        return; // cancelled while queued: nothing was sent
      }
      runner = Thread.currentThread();
    }
    try {
      complete(call.get());
    } catch (Throwable e) {
      // Wrapped as supplyAsync wraps, so that dependent stages see the same exception they always did.
      completeExceptionally(e instanceof CompletionException ? e : new CompletionException(e));
    } finally {
      boolean clear;
      synchronized (lock) {
        runner = null;
        clear = interrupted;
      }
      if (clear) {
        Thread.interrupted();
      }
    }
  }

  /**
   * Cancels the future and stops the call: see the class comment.
   *
   * @param mayInterruptIfRunning ignored: the call is interrupted either way
   */
  @Override
  public boolean cancel(boolean mayInterruptIfRunning) {
    boolean cancelled = super.cancel(mayInterruptIfRunning);
    if (cancelled) {
      synchronized (lock) {
        if (runner != null) {
          interrupted = true;
          runner.interrupt();
        }
      }
    }
    return cancelled;
  }
}
