package dev.sessionkit.core.paging;

import dev.sessionkit.core.ResponseInfo;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * One page of a listing, and the way to the next. A page holds only its own items; fetching the next
 * one makes a request (with the options of the call that made the first page).
 *
 * <p><b>Cursors.</b> {@link #nextCursor()} names the place after this page. Give it to the listing's request
 * builder ({@code .cursor(…)}) to start a new listing there, in this process or another, later: it yields
 * exactly the items after this page, none lost and none repeated. So a job can save the cursor after each
 * page it has handled and resume from the last one after a crash, and a web back end can hand it to a
 * browser as "the next page". A cursor is an opaque, URL-safe string: its content is not an API, but every
 * later SDK version of the same major version reads it. A cursor resumes only the listing that made it (same
 * kind, same filters); any other is refused with an {@link IllegalArgumentException} before any request.
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

  /**
   * Where the listing goes on after this page, as a cursor for the request builder's {@code cursor(…)}.
   *
   * @return the cursor; present exactly when {@link #hasNextPage()} is true
   */
  Optional<String> nextCursor();

  /**
   * The HTTP response this page was read from: status, headers, request id. Where the SDK made more than
   * one request for a page (a retry, or a larger page asked for again), the last one.
   *
   * @return the response
   */
  ResponseInfo response();
}
