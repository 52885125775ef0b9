package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.paging.Page;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.reactivestreams.tck.TestEnvironment;

/** What the Reactive Streams TCK runs over: an in-memory listing, and the TCK's time limits for this machine. */
final class TckListing {
  /** Small pages, so that even the TCK's short streams cross a page boundary and wait for a fetch. */
  static final int PAGE_SIZE = 3;

  private TckListing() {}

  /**
   * A listing of exactly {@code elements} items, {@code 0, 1, …}, in pages of {@value #PAGE_SIZE}. Pages are
   * made when fetched, so the TCK's streams of {@code Integer.MAX_VALUE} items cost only what is consumed.
   */
  static Supplier<Page<Long>> of(long elements) {
    return () -> page(0, elements);
  }

  private static Page<Long> page(long from, long total) {
    // total - from, not from + PAGE_SIZE: the TCK's counts reach Long.MAX_VALUE - 1.
    long to = total - from <= PAGE_SIZE ? total : from + PAGE_SIZE;
    List<Long> items = LongStream.range(from, to).boxed().collect(Collectors.toList());
    if (to == total) {
      return FetchedPage.last(items, TestPaging.OK);
    }
    return new FetchedPage<>(items, TestPaging.OK, () -> "after-" + to, () -> page(to, total));
  }

  /**
   * The TCK's limits. A signal that is due may take up to two seconds on this shared, noisy machine before a
   * test fails (only a failing test waits that long); a signal that must not come is watched for 100 ms, which
   * can only make a broken publisher pass by luck, never a sound one fail.
   */
  static TestEnvironment environment() {
    return new TestEnvironment(2_000, 100, 20);
  }
}
