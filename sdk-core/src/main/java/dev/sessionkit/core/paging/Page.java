package dev.sessionkit.core.paging;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * One page of a listing, and the way to the next. A page holds only its own items; fetching the next
 * one makes a request (with the options of the call that made the first page).
 *
 * <p>Immutable; {@link #nextPage()} may be called from any thread, each call fetches anew.
 *
 * @param <T> the item type
 */
public interface Page<T> {

  /** The items of this page, in the server's order; possibly empty. */
  List<T> items();

  /** Whether there is a page after this one. */
  boolean hasNextPage();

  /**
   * Fetches the next page.
   *
   * @return the next page
   * @throws NoSuchElementException if {@link #hasNextPage()} is false
   * @throws dev.sessionkit.core.errors.SessionKitException if the request fails
   */
  Page<T> nextPage();
}
