package dev.sessionkit.testkit.internal;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Faults queued for the next requests, in the order they were added: {@code fail(2, 503)} then
 * {@code drop(1)} answers the next two requests with 503 and drops the third. Thread-safe.
 */
public final class Faults {
  /** What happens to one request. */
  public enum Kind {
    /** Answer with an error status (and maybe Retry-After). */
    FAIL,
    /** Wait, then answer normally. */
    DELAY,
    /** Close the connection without answering. */
    DROP
  }

  /**
   * One queued fault.
   *
   * @param kind what to do
   * @param status the status for {@link Kind#FAIL}
   * @param retryAfterSeconds the Retry-After value for {@link Kind#FAIL}, negative for none
   * @param delay the wait for {@link Kind#DELAY}
   */
  public record Fault(Kind kind, int status, int retryAfterSeconds, Duration delay) {}

  private static final class Entry {
    final Fault fault;
    int remaining;

    Entry(Fault fault, int remaining) {
      this.fault = fault;
      this.remaining = remaining;
    }
  }

  private final Deque<Entry> queue = new ArrayDeque<>();

  /**
   * Queues a fault for the next {@code n} requests.
   *
   * @throws IllegalArgumentException when n is not positive
   */
  public synchronized void add(int n, Fault fault) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    queue.addLast(new Entry(fault, n));
  }

  /** Takes the fault for the request now arriving, or null when none is queued. */
  public synchronized Fault next() {
    Entry head = queue.peekFirst();
    if (head == null) {
      return null;
    }
    if (--head.remaining == 0) {
      queue.removeFirst();
    }
    return head.fault;
  }

  /** Drops every queued fault. */
  public synchronized void clear() {
    queue.clear();
  }
}
