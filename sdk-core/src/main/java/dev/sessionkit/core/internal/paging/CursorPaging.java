package dev.sessionkit.core.internal.paging;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sessionkit.core.ResponseInfo;
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
 * <p>A page's SDK cursor ({@link Page#nextCursor()}) holds the server's token ({@code {"t": token}}): a
 * listing resumed from it starts with that token, as the walk itself would have.
 *
 * <p>A page may be asked for its next page more than once, from any thread ({@link Page#nextPage()}): each
 * call fetches anew, and the same page sending the same token again is not a loop.
 */
public final class CursorPaging {
  private CursorPaging() {}

  /** What one response gave: its items, the token of the next page (null or empty at the end), the response. */
  public record Result<T>(List<T> items, String nextToken, ResponseInfo response) {}

  /**
   * The server token a cursor resumes at; call it when the listing is asked for, so that a bad cursor is
   * refused before anything is sent.
   *
   * @param cursors the listing's cursors
   * @param cursor the caller's cursor, or null to start at the first page
   * @return the token to send first, or null
   * @throws IllegalArgumentException naming {@code cursor} if it is not one of this listing's
   */
  public static String startToken(CursorCodec cursors, String cursor) {
    if (cursor == null) {
      return null;
    }
    JsonNode token = cursors.decode(cursor).get("t");
    if (token == null || !token.isTextual() || token.asText().isEmpty()) {
      throw CursorCodec.malformed("it holds no page token");
    }
    return token.asText();
  }

  /**
   * @param fetch requests the page for a token (null for the first page)
   * @param cursors writes each page's cursor
   * @param startToken the token of the first request ({@link #startToken}), or null
   * @return the first page; later pages are fetched as the caller reaches them
   */
  public static <T> Page<T> firstPage(Function<String, Result<T>> fetch, CursorCodec cursors, String startToken) {
    return page(fetch, cursors, startToken, 1, new TokenLoopDetector());
  }

  /**
   * @param depth the number of this page in the walk, 1 for the first
   * @param loops the walk's tokens so far: a token sent again from another depth is a loop; from the same
   *     depth it is the same page fetched again
   */
  private static <T> Page<T> page(Function<String, Result<T>> fetch, CursorCodec cursors, String token, int depth,
      TokenLoopDetector loops) {
    if (token != null && depth == 1) {
      // A resumed walk: the token it starts from is its first, so a server sending it back is a loop too.
      loops.record(token, 0);
    }
    Result<T> result = fetch.apply(token);
    String next = result.nextToken();
    if (next == null || next.isEmpty()) {
      return FetchedPage.last(result.items(), result.response());
    }
    if (loops.record(next, depth) >= 0) {
      throw new SessionKitException("the server sent page token \"" + abbreviate(next) + "\" a second time after "
          + (depth - 1) + " pages; stopping instead of looping forever");
    }
    return new FetchedPage<>(result.items(), result.response(),
        () -> cursors.encode(JsonNodeFactory.instance.objectNode().put("t", next)),
        () -> page(fetch, cursors, next, depth + 1, loops));
  }

  private static String abbreviate(String token) {
    return token.length() > 40 ? token.substring(0, 40) + "…" : token;
  }
}
