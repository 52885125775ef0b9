package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.paging.Page;
import java.util.List;
import java.util.Optional;

/**
 * Offset/limit paging (AgentScope messages): the next request asks for {@code offset + items received}.
 * The listing ends on an explicit {@code has_more: false}, or on a page shorter than the limit.
 */
public final class OffsetPaging {
  private OffsetPaging() {}

  /** What one response gave: its items, and {@code has_more} when the server says. */
  public record Result<T>(List<T> items, Optional<Boolean> hasMore) {}

  /** Requests one page. */
  @FunctionalInterface
  public interface Fetcher<T> {
    Result<T> fetch(long offset, int limit);
  }

  /**
   * @param fetch requests a page
   * @param offset where to start
   * @param limit the page size, at least 1
   */
  public static <T> Page<T> firstPage(Fetcher<T> fetch, long offset, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, was " + limit);
    }
    Result<T> result = fetch.fetch(offset, limit);
    int n = result.items().size();
    boolean more = result.hasMore().orElse(n >= limit) && n > 0;
    if (!more) {
      return FetchedPage.last(result.items());
    }
    long next = offset + n;
    return new FetchedPage<>(result.items(), () -> firstPage(fetch, next, limit));
  }
}
