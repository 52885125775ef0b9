package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

/**
 * An {@link AutoPager} over a chain of pages. Each walk calls {@code firstPage} anew; the iterator holds
 * the page in hand and nothing before it.
 */
public final class LazyAutoPager<T> implements AutoPager<T> {
  private final Supplier<Page<T>> firstPage;

  public LazyAutoPager(Supplier<Page<T>> firstPage) {
    this.firstPage = firstPage;
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private final Iterator<Page<T>> pages = pages().iterator();
      private Iterator<T> items = java.util.Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!items.hasNext()) {
          if (!pages.hasNext()) {
            return false;
          }
          items = pages.next().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return items.next();
      }
    };
  }

  @Override
  public Iterable<Page<T>> pages() {
    return () -> new Iterator<>() {
      private Page<T> current;
      private boolean started;
      private boolean handedOut;

      @Override
      public boolean hasNext() {
        if (!started) {
          current = firstPage.get();
          started = true;
          handedOut = false;
          return true;
        }
        if (!handedOut) {
          return true;
        }
        if (current.hasNextPage()) {
          current = current.nextPage();
          handedOut = false;
          return true;
        }
        return false;
      }

      @Override
      public Page<T> next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        handedOut = true;
        return current;
      }
    };
  }
}
