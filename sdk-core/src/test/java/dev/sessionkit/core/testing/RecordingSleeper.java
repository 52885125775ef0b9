package dev.sessionkit.core.testing;

import dev.sessionkit.core.retry.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link Sleeper} that records the waits it is asked for and returns at once. Thread-safe. */
public final class RecordingSleeper implements Sleeper {
  private final List<Duration> sleeps = Collections.synchronizedList(new ArrayList<>());

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
  }

  /** The waits asked for so far, in order. */
  public List<Duration> sleeps() {
    synchronized (sleeps) {
      return List.copyOf(sleeps);
    }
  }
}
