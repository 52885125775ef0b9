package dev.sessionkit.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The pages of a synthetic Timbal runs listing of any length, served at the cost of a copy.
 *
 * <p>Every full page holds the same runs (the fake's first {@code pageSize}); only the
 * {@code next_page_token} at the end differs, so each body is a fixed prefix plus a short tail, and the
 * gzip form compresses only the tail per request ({@link Gzip.Prefix}). The SDK does not care that run ids
 * repeat across pages (a cursor listing has no reason to check), so the bytes are as realistic as the
 * fake's and the server costs next to nothing. Thread-safe.
 */
final class TimbalPages {
  private static final String TOKEN_PREFIX = "pg_";

  private final int total;
  private final int pageSize;
  private final int pages;
  private final byte[] fullPrefix;
  private final byte[] lastPrefix;
  private final Gzip.Prefix fullGzip;
  private final Gzip.Prefix lastGzip;

  /**
   * @param templates the runs of a page, at least {@code pageSize}
   * @param total how many runs the listing has, at least 1
   * @param pageSize runs per page, at least 1
   */
  TimbalPages(List<ObjectNode> templates, int total, int pageSize) {
    if (total < 1 || pageSize < 1 || templates.size() < pageSize) {
      throw new IllegalArgumentException("need total >= 1, pageSize >= 1 and pageSize templates; got total " + total
          + ", pageSize " + pageSize + ", " + templates.size() + " templates");
    }
    this.total = total;
    this.pageSize = pageSize;
    this.pages = (int) ((total + (long) pageSize - 1) / pageSize);
    this.fullPrefix = prefix(templates.subList(0, pageSize));
    int lastSize = total - (pages - 1) * pageSize;
    this.lastPrefix = prefix(templates.subList(0, lastSize));
    this.fullGzip = Gzip.prefix(fullPrefix);
    this.lastGzip = lastSize == pageSize ? fullGzip : Gzip.prefix(lastPrefix);
  }

  // Everything before the token's value: {"runs":[...],"next_page_token":
  private static byte[] prefix(List<ObjectNode> runs) {
    byte[] body = PageBodies.timbalRunsPage(runs, null);
    String text = new String(body, StandardCharsets.UTF_8);
    String end = "null}";
    if (!text.endsWith(end)) {
      throw new IllegalStateException("unexpected page layout: " + text.substring(Math.max(0, text.length() - 40)));
    }
    return text.substring(0, text.length() - end.length()).getBytes(StandardCharsets.UTF_8);
  }

  /** How many pages the listing has. */
  int pages() {
    return pages;
  }

  /** How many runs a full page holds. */
  int pageSize() {
    return pageSize;
  }

  /** How many runs the listing has. */
  int total() {
    return total;
  }

  /**
   * The page a {@code page_token} names.
   *
   * @param token the token, null or empty for the first page
   * @return the page index, 0-based
   * @throws IllegalArgumentException if the token is not one of ours
   */
  int pageIndex(String token) {
    if (token == null || token.isEmpty()) {
      return 0;
    }
    int index;
    try {
      index = token.startsWith(TOKEN_PREFIX) ? Integer.parseInt(token.substring(TOKEN_PREFIX.length())) : -1;
    } catch (NumberFormatException e) {
      index = -1;
    }
    if (index < 1 || index >= pages) {
      throw new IllegalArgumentException("invalid page token");
    }
    return index;
  }

  /**
   * One page's body.
   *
   * @param index the page, 0-based
   * @param gzip whether to compress it
   * @return the body
   */
  byte[] page(int index, boolean gzip) {
    boolean last = index == pages - 1;
    byte[] tail = (last ? "null}" : "\"" + token(index + 1) + "\"}").getBytes(StandardCharsets.US_ASCII);
    if (gzip) {
      return (last ? lastGzip : fullGzip).withTail(tail);
    }
    byte[] prefix = last ? lastPrefix : fullPrefix;
    byte[] out = new byte[prefix.length + tail.length];
    System.arraycopy(prefix, 0, out, 0, prefix.length);
    System.arraycopy(tail, 0, out, prefix.length, tail.length);
    return out;
  }

  // Fixed width, so that every full page is exactly as long as the others.
  private static String token(int index) {
    String digits = Integer.toString(index);
    return TOKEN_PREFIX + "0000000000".substring(digits.length()) + digits;
  }
}
