package dev.sessionkit.core.retry;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How long to wait before a retry when the server did not say ({@code Retry-After}). A pure function of
 * the attempt number, so that tests can assert the waits it chooses.
 */
@FunctionalInterface
public interface BackoffStrategy {

  /**
   * The wait before retry number {@code attempt}.
   *
   * @param attempt the retry about to be made: 1 for the first retry
   * @return the wait, never negative
   */
  Duration computeDelay(int attempt);

  /**
   * Exponential backoff with jitter: {@code min(base × 2^(attempt-1), max)}, less up to a quarter at random,
   * so that clients that failed together do not retry together.
   *
   * @param base the first wait (before jitter)
   * @param max the largest wait (before jitter)
   * @return the strategy
   */
  static BackoffStrategy exponentialWithJitter(Duration base, Duration max) {
    return exponentialWithJitter(base, max, () -> ThreadLocalRandom.current().nextDouble());
  }

  /**
   * As {@link #exponentialWithJitter(Duration, Duration)}, with the randomness supplied (values in [0, 1)),
   * for deterministic tests.
   *
   * @param base the first wait (before jitter)
   * @param max the largest wait (before jitter)
   * @param random a source of values in [0, 1)
   * @return the strategy
   */
  static BackoffStrategy exponentialWithJitter(Duration base, Duration max, DoubleSupplier random) {
    Objects.requireNonNull(random, "random");
    if (base == null || base.isNegative()) {
      throw new IllegalArgumentException("base must be zero or positive");
    }
    if (max == null || max.compareTo(base) < 0) {
      throw new IllegalArgumentException("max must be at least base");
    }
    return attempt -> {
      if (attempt < 1) {
        throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
      }
      // Shift at most 30 places: base × 2^30 is past any sensible max already, and more would overflow.
      long nanos = base.toNanos();
      int shift = Math.min(attempt - 1, 30);
      long grown = nanos > (Long.MAX_VALUE >> shift) ? Long.MAX_VALUE : nanos << shift;
      long capped = Math.min(grown, max.toNanos());
      double jitter = 1.0 - 0.25 * random.getAsDouble();
      return Duration.ofNanos((long) (capped * jitter));
    };
  }

  /**
   * The same wait before every retry.
   *
   * @param delay the wait
   * @return the strategy
   */
  static BackoffStrategy fixed(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
    return attempt -> delay;
  }
}
