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
 *
 * <p>The page's own cursor ({@link #nextCursor()}) is written the first time it is asked for, not before: a
 * walk that never asks (most {@code listAll} loops) pays nothing for it.
 */
public final class FetchedPage<T> implements Page<T> {
  private final List<T> items;
  private final ResponseInfo response;
  private final Supplier<String> cursorWriter;
  private volatile String nextCursor;
  private final Supplier<Page<T>> next;

  /**
   * @param items this page's items
   * @param response the response they came from
   * @param nextCursor writes the cursor of the place after this page; called at most once in the usual case
   *     (twice if two threads ask at once: it must be a pure function of what it captured)
   * @param next fetches the next page
   */
  public FetchedPage(List<T> items, ResponseInfo response, Supplier<String> nextCursor, Supplier<Page<T>> next) {
    this.items = List.copyOf(items);
    this.response = Objects.requireNonNull(response, "response");
    this.cursorWriter = Objects.requireNonNull(nextCursor, "nextCursor");
    this.next = Objects.requireNonNull(next, "next");
  }

  private FetchedPage(List<T> items, ResponseInfo response) {
    this.items = List.copyOf(items);
    this.response = Objects.requireNonNull(response, "response");
    this.cursorWriter = null;
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
    if (cursorWriter == null) {
      return Optional.empty();
    }
    String cursor = nextCursor;
    if (cursor == null) {
      cursor = Objects.requireNonNull(cursorWriter.get(), "the cursor writer gave null");
      nextCursor = cursor;
    }
    return Optional.of(cursor);
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
