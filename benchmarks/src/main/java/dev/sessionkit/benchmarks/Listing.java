package dev.sessionkit.benchmarks;

/** One contender of the end-to-end benchmark: walks a whole listing and says what it saw. */
@FunctionalInterface
interface Listing {
  /**
   * Walks every page of the listing once, from the first.
   *
   * @return how many items it saw and a checksum of their ids
   * @throws RuntimeException if a request or a page fails
   */
  Tally walk();

  /**
   * What a walk saw: the item count and the sum of the ids' hash codes, so that two contenders can be
   * checked to have seen the same items, and so that each had to read every id.
   *
   * @param items how many items
   * @param checksum the sum of {@code id.hashCode()} over the items
   */
  record Tally(long items, long checksum) {}
}
