package dev.sessionkit.core.internal.paging;

import dev.sessionkit.core.paging.Page;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
    OptionalLong next = nextOffset(offset, limit, result.items().size(), result.hasMore());
    if (next.isEmpty()) {
      return FetchedPage.last(result.items());
    }
    return new FetchedPage<>(result.items(), () -> firstPage(fetch, next.getAsLong(), limit));
  }

  /**
   * Where the page after this one starts, or empty if this is the last page: for vendors whose pages
   * carry more than items (AgentScope's {@code is_running}) and so build their own page type.
   *
   * @param offset this page's offset
   * @param limit the page size asked for
   * @param received how many items came back
   * @param hasMore the server's {@code has_more}, when it sends one
   */
  public static OptionalLong nextOffset(long offset, int limit, int received, Optional<Boolean> hasMore) {
    boolean more = hasMore.orElse(received >= limit) && received > 0;
    return more ? OptionalLong.of(offset + received) : OptionalLong.empty();
  }
}
