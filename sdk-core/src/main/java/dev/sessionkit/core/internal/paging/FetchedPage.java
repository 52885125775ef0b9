package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.paging.Page;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A page and how to fetch the one after it. The supplier holds the cursor only, never this page, so
 * that a walk over many pages lets each page go once the next is in hand.
 */
public final class FetchedPage<T> implements Page<T> {
  private final List<T> items;
  private final ResponseInfo response;
  private final String nextCursor;
  private final Supplier<Page<T>> next;

  /**
   * @param items this page's items
   * @param response the response they came from
   * @param nextCursor the cursor of the place after this page
   * @param next fetches the next page
   */
  public FetchedPage(List<T> items, ResponseInfo response, String nextCursor, Supplier<Page<T>> next) {
    this.items = List.copyOf(items);
    this.response = Objects.requireNonNull(response, "response");
    this.nextCursor = Objects.requireNonNull(nextCursor, "nextCursor");
    this.next = Objects.requireNonNull(next, "next");
  }

  private FetchedPage(List<T> items, ResponseInfo response) {
    this.items = List.copyOf(items);
    this.response = Objects.requireNonNull(response, "response");
    this.nextCursor = null;
    this.next = null;
  }

  /** A page with no successor. */
  public static <T> Page<T> last(List<T> items, ResponseInfo response) {
    return new FetchedPage<>(items, response);
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
  public Optional<String> nextCursor() {
    return Optional.ofNullable(nextCursor);
  }

  @Override
  public ResponseInfo response() {
    return response;
  }

  @Override
  public String toString() {
    return "Page[" + items.size() + " items" + (next != null ? ", more" : ", last") + "]";
  }
}
