package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.Page;
import java.util.List;
import java.util.function.Function;

/**
 * Cursor-token paging (Timbal): each response carries {@code next_page_token}; the next request is the
 * first one with that token as {@code page_token}. A null or empty token ends the listing. The token is
 * opaque; a token that comes back a second time would loop forever, so it ends the walk with an error
 * ({@link TokenLoopDetector}, in bounded memory): at once for a loop over up to 1,024 pages; for a longer
 * one, within twice its length, after some of its pages were handed out again.
 *
 * <p>A page may be asked for its next page more than once, from any thread ({@link Page#nextPage()}): each
 * call fetches anew, and the same page sending the same token again is not a loop.
 */
public final class CursorPaging {
  private CursorPaging() {}

  /** What one response gave: its items and the token of the next page (null or empty at the end). */
  public record Result<T>(List<T> items, String nextToken) {}

  /**
   * @param fetch requests the page for a token (null for the first page)
   * @return the first page; later pages are fetched as the caller reaches them
   */
  public static <T> Page<T> firstPage(Function<String, Result<T>> fetch) {
    return page(fetch, null, 1, new TokenLoopDetector());
  }

  /**
   * @param depth the number of this page in the walk, 1 for the first
   * @param loops the walk's tokens so far: a token sent again from another depth is a loop; from the same
   *     depth it is the same page fetched again
   */
  private static <T> Page<T> page(Function<String, Result<T>> fetch, String token, int depth,
      TokenLoopDetector loops) {
    Result<T> result = fetch.apply(token);
    String next = result.nextToken();
    if (next == null || next.isEmpty()) {
      return FetchedPage.last(result.items());
    }
    if (loops.record(next, depth) >= 0) {
      throw new SessionKitException("the server sent page token \"" + abbreviate(next) + "\" a second time after "
          + (depth - 1) + " pages; stopping instead of looping forever");
    }
    return new FetchedPage<>(result.items(), () -> page(fetch, next, depth + 1, loops));
  }

  private static String abbreviate(String token) {
    return token.length() > 40 ? token.substring(0, 40) + "…" : token;
  }
}
