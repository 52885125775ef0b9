package dev.sessionkit.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Small statistics for repeated measurements. */
final class Stats {
  private Stats() {}

  /**
   * The median; the mean of the middle two for an even count.
   *
   * @param values at least one value
   * @return the median
   * @throws IllegalArgumentException if there are no values
   */
  static double median(List<? extends Number> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("no values");
    }
    List<Double> sorted = new ArrayList<>();
    values.forEach(v -> sorted.add(v.doubleValue()));
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
