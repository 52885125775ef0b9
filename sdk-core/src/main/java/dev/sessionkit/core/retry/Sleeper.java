package dev.sessionkit.core.retry;

import java.time.Duration;

/** Waits between retries. Replaced in tests by one that records the waits instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /**
   * Waits for the given time.
   *
   * @param duration how long
   * @throws InterruptedException if the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * The real sleeper: {@link Thread#sleep(long, int)}.
   *
   * @return the sleeper
   */
  static Sleeper system() {
    return duration -> {
      long nanos = duration.toNanos();
      if (nanos > 0) {
        Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
      }
    };
  }
}
