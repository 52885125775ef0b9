package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.paging.Page;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * A page and how to fetch the one after it. The supplier holds the cursor only, never this page, so
 * that a walk over many pages lets each page go once the next is in hand.
 */
public final class FetchedPage<T> implements Page<T> {
  private final List<T> items;
  private final Supplier<Page<T>> next;

  /**
   * @param items this page's items
   * @param next fetches the next page, or null on the last page
   */
  public FetchedPage(List<T> items, Supplier<Page<T>> next) {
    this.items = List.copyOf(items);
    this.next = next;
  }

  /** A page with no successor. */
  public static <T> Page<T> last(List<T> items) {
    return new FetchedPage<>(items, null);
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return next != null;
  }

  @Override
  public Page<T> nextPage() {
    if (next == null) {
      throw new NoSuchElementException("this is the last page");
    }
    return next.get();
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items" + (next != null ? ", more" : ", last") + "]";
  }
}
