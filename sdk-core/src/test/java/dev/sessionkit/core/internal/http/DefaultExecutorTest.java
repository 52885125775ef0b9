package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DefaultExecutorTest {
  @Test
  void theSharedPoolIsBoundedAndItsThreadsAreDaemons() throws Exception {
    ThreadPoolExecutor pool = (ThreadPoolExecutor) DefaultExecutor.shared();
    assertEquals(64, pool.getMaximumPoolSize());
    assertEquals(64, pool.getCorePoolSize());
    assertTrue(pool.allowsCoreThreadTimeOut());
    assertTrue(pool.submit(() -> Thread.currentThread().isDaemon()).get(30, TimeUnit.SECONDS));
  }

  @Test
  void aSaturatedPoolQueuesCallsInsteadOfRejectingThem() throws Exception {
    ThreadPoolExecutor pool = DefaultExecutor.create(2);
    try {
      CountDownLatch release = new CountDownLatch(1);
      CountDownLatch busy = new CountDownLatch(2);
      for (int i = 0; i < 2; i++) {
        pool.execute(() -> {
          busy.countDown();
          try {
            release.await();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
      }
      assertTrue(busy.await(30, TimeUnit.SECONDS));
      Future<String> third = pool.submit(() -> "ran");
      assertEquals(1, pool.getQueue().size());
      assertEquals(2, pool.getPoolSize());
      release.countDown();
      assertEquals("ran", third.get(30, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }
}
