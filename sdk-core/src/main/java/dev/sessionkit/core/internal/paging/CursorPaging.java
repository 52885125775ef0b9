package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.Page;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Cursor-token paging (Timbal): each response carries {@code next_page_token}; the next request is the
 * first one with that token as {@code page_token}. A null or empty token ends the listing. The token is
 * opaque; a token that comes back a second time would loop forever, so it ends the walk with an error.
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
    return page(fetch, null, new HashSet<>());
  }

  private static <T> Page<T> page(Function<String, Result<T>> fetch, String token, Set<String> seen) {
    Result<T> result = fetch.apply(token);
    String next = result.nextToken();
    if (next == null || next.isEmpty()) {
      return FetchedPage.last(result.items());
    }
    if (!seen.add(next)) {
      throw new SessionKitException("the server sent page token \"" + abbreviate(next) + "\" a second time after "
          + seen.size() + " pages; stopping instead of looping forever");
    }
    return new FetchedPage<>(result.items(), () -> page(fetch, next, seen));
  }

  private static String abbreviate(String token) {
    return token.length() > 40 ? token.substring(0, 40) + "…" : token;
  }
}
