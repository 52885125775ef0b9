package dev.sessionkit.core.internal.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of async calls when the user names none: at most {@value #THREADS} daemon threads, shared
 * by every client, with an unbounded queue in front.
 *
 * <p>Why these choices:
 * <ul>
 *   <li>Bounded: a cached pool (the previous one) starts a thread per waiting call, so a burst of
 *       thousands of async calls made thousands of threads and as many connections. Past a few dozen
 *       calls in flight the vendors' rate limits answer 429 anyway.
 *   <li>{@value #THREADS}, not a multiple of the cores: the threads block on the network, not on the
 *       CPU, so the core count says nothing about how many can usefully wait. 64 parked threads cost
 *       little (their stacks are reserved, barely committed), and 64 is below the 100 concurrent
 *       streams HTTP/2 servers commonly allow on one connection.
 *   <li>Queued, not rejected, when all threads are busy: an async call then waits its turn (its timeout
 *       starts when it is sent, not when it is queued) instead of failing with a
 *       {@code RejectedExecutionException} that a caller could not have foreseen.
 *   <li>Idle threads end after 60 s, so that a client used once does not keep 64 threads; daemon threads,
 *       so that the pool never keeps a JVM alive; never the common fork-join pool, whose few threads
 *       blocking I/O would starve.
 * </ul>
 */
public final class DefaultExecutor {
  /** The most threads the shared pool runs at once. */
  static final int THREADS = 64;

  private static final ExecutorService SHARED = create(THREADS);

  private DefaultExecutor() {}

  /** @return the one shared pool */
  public static ExecutorService shared() {
    return SHARED;
  }

  /** A pool like the shared one with {@code threads} threads; separate for tests. */
  static ThreadPoolExecutor create(int threads) {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "sessionkit-async-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    // core == max with an unbounded queue: a ThreadPoolExecutor adds threads past the core size only
    // when the queue is full, which an unbounded queue never is.
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), factory);
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
