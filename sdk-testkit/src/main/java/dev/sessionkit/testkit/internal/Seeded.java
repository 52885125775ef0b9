package dev.sessionkit.testkit.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness for seeded data. Each record draws from its own {@link #split()} child, so
 * changing one size (messages per session) does not reshuffle every other record. Not thread-safe.
 */
public final class Seeded {
  private final SplittableRandom random;

  /** @param seed the seed: the same seed gives the same data */
  public Seeded(long seed) {
    this(new SplittableRandom(seed));
  }

  private Seeded(SplittableRandom random) {
    this.random = random;
  }

  /** An independent child generator, for one record. */
  public Seeded split() {
    return new Seeded(random.split());
  }

  /** A uniform int in {@code [lo, hi]}, both inclusive. */
  public int between(int lo, int hi) {
    return random.nextInt(lo, hi + 1);
  }

  /** A uniform long in {@code [lo, hi]}, both inclusive. */
  public long between(long lo, long hi) {
    return random.nextLong(lo, hi + 1);
  }

  /** True with probability {@code p}. */
  public boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /**
   * A uniform element.
   *
   * @throws IllegalArgumentException when the list is empty
   */
  public <T> T pick(List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return values.get(random.nextInt(values.size()));
  }

  /**
   * An element drawn with the given weights.
   *
   * @param weights one non-negative weight per value, not all zero
   */
  public <T> T weighted(List<T> values, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < values.size(); i++) {
      r -= weights[i];
      if (r < 0) {
        return values.get(i);
      }
    }
    return values.get(values.size() - 1);
  }

  /** {@code n} lower-case hex digits. */
  public String hex(int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(Character.forDigit(random.nextInt(16), 16));
    }
    return sb.toString();
  }

  /** A random (version 4) UUID in its usual text form. */
  public String uuid() {
    String h = hex(32);
    char variant = "89ab".charAt(random.nextInt(4));
    return h.substring(0, 8) + '-' + h.substring(8, 12) + "-4" + h.substring(13, 16) + '-' + variant
        + h.substring(17, 20) + '-' + h.substring(20, 32);
  }

  /** An instant in {@code [end - span, end]}, to the microsecond (what Python datetimes hold). */
  public Instant before(Instant end, Duration span) {
    long micros = random.nextLong(0, span.toNanos() / 1000 + 1);
    return end.minus(micros, ChronoUnit.MICROS).truncatedTo(ChronoUnit.MICROS);
  }
}
