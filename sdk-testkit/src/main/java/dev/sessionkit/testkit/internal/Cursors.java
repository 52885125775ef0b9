package dev.sessionkit.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import java.util.zip.CRC32;

/**
 * Opaque cursor paging over a sorted list: a token names the last item served and the query it belongs to,
 * so records added between pages are neither skipped nor repeated, and a token sent with other filters is
 * refused rather than silently misread.
 */
public final class Cursors {
  /**
   * One page.
   *
   * @param items the items of this page
   * @param nextToken the token of the next page, null on the last page
   * @param <T> the item type
   */
  public record Page<T>(List<T> items, String nextToken) {}

  private Cursors() {}

  /**
   * Cuts a page.
   *
   * @param sorted every matching item in serving order
   * @param idOf a unique key of an item
   * @param token the token the client sent, null or empty for the first page
   * @param query a canonical text of the filters and sort of this request
   * @param pageSize the fixed page size
   * @throws IllegalArgumentException when the token is not one this query handed out
   */
  public static <T> Page<T> page(List<T> sorted, Function<T, String> idOf, String token, String query, int pageSize) {
    int start = 0;
    if (token != null && !token.isEmpty()) {
      String lastId = decode(token, fingerprint(query));
      start = -1;
      for (int i = 0; i < sorted.size(); i++) {
        if (idOf.apply(sorted.get(i)).equals(lastId)) {
          start = i + 1;
          break;
        }
      }
      if (start < 0) {
        throw new IllegalArgumentException("page token refers to an unknown item");
      }
    }
    int end = Math.min(sorted.size(), start + pageSize);
    List<T> items = List.copyOf(sorted.subList(start, end));
    String next = end < sorted.size() ? encode(fingerprint(query), idOf.apply(sorted.get(end - 1))) : null;
    return new Page<>(items, next);
  }

  private static String fingerprint(String query) {
    CRC32 crc = new CRC32();
    crc.update(query.getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }

  private static String encode(String fingerprint, String lastId) {
    String plain = "v1|" + fingerprint + "|" + lastId;
    return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
  }

  private static String decode(String token, String fingerprint) {
    String plain;
    try {
      plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("page token is malformed", e);
    }
    String[] parts = plain.split("\\|", 3);
    if (parts.length != 3 || !parts[0].equals("v1")) {
      throw new IllegalArgumentException("page token is malformed");
    }
    if (!parts[1].equals(fingerprint)) {
      throw new IllegalArgumentException("page token belongs to a query with other filters");
    }
    return parts[2];
  }
}
