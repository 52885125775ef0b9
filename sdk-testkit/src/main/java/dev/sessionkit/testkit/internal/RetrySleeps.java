package dev.sessionkit.testkit.internal;

import dev.sessionkit.core.retry.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The sleeper of the clients a fake makes: it records every wait between retries, in order, and sleeps it
 * only when the test asked for real waits. Thread-safe: an async client's retries record from its executor.
 */
public final class RetrySleeps implements Sleeper {
  private final boolean real;
  private final List<Duration> recorded = new ArrayList<>();

  /** @param real whether to sleep each wait as well as record it */
  public RetrySleeps(boolean real) {
    this.real = real;
  }

  /**
   * Records the wait before sleeping it (if at all), so that a wait cut short by an interrupt is still seen.
   *
   * @throws InterruptedException when sleeping for real and interrupted
   */
  @Override
  public void sleep(Duration duration) throws InterruptedException {
    synchronized (recorded) {
      recorded.add(duration);
    }
    if (real) {
      Sleeper.system().sleep(duration);
    }
  }

  /** The waits so far, oldest first: a snapshot. */
  public List<Duration> recorded() {
    synchronized (recorded) {
      return List.copyOf(recorded);
    }
  }

  /** Forgets the waits so far. */
  public void clear() {
    synchronized (recorded) {
      recorded.clear();
    }
  }
}
