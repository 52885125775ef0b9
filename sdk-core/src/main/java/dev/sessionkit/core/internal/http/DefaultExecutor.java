package dev.sessionkit.core.internal.http;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The executor of async calls when the user names none: a cached pool of daemon threads, so that it
 * never keeps a JVM alive and never borrows the common fork-join pool (whose threads blocking I/O would
 * starve).
 */
public final class DefaultExecutor {
  private static final ExecutorService SHARED = create();

  private DefaultExecutor() {}

  /** The one shared pool. */
  public static ExecutorService shared() {
    return SHARED;
  }

  private static ExecutorService create() {
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "sessionkit-async-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    return new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), factory);
  }
}
