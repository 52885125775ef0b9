package dev.sessionkit.core.internal.http;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Joins a base URL, path segments and query parameters, percent-encoding each part (RFC 3986). */
public final class UrlBuilder {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private UrlBuilder() {}

  /**
   * @param base the base URL, without a trailing slash
   * @param segments path segments, each encoded whole: {@code a/b} becomes {@code a%2Fb}
   * @param trailingSlash whether the path ends with {@code /} (AgentScope's {@code /sessions/})
   * @param query name and value pairs, in order
   */
  public static URI build(URI base, List<String> segments, boolean trailingSlash, List<Map.Entry<String, String>> query) {
    StringBuilder sb = new StringBuilder(base.toString());
    for (String segment : segments) {
      sb.append('/');
      encodeSegment(segment, sb);
    }
    if (trailingSlash) {
      sb.append('/');
    }
    char sep = '?';
    for (Map.Entry<String, String> e : query) {
      sb.append(sep);
      encodeQueryPart(e.getKey(), sb);
      sb.append('=');
      encodeQueryPart(e.getValue(), sb);
      sep = '&';
    }
    return URI.create(sb.toString());
  }

  /**
   * Encodes one path segment. Besides the characters RFC 3986 reserves, a segment of {@code .} or
   * {@code ..} is encoded too, so that an id can never walk up the path.
   */
  public static void encodeSegment(String segment, StringBuilder out) {
    if (segment.equals(".") || segment.equals("..")) {
      for (int i = 0; i < segment.length(); i++) {
        out.append("%2E");
      }
      return;
    }
    encode(segment, out, true);
  }

  static void encodeQueryPart(String s, StringBuilder out) {
    encode(s, out, false);
  }

  private static void encode(String s, StringBuilder out, boolean segment) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (byte value : bytes) {
      int b = value & 0xFF;
      if (isUnreserved(b) || (segment && isSegmentSafe(b))) {
        out.append((char) b);
      } else {
        out.append('%').append(HEX[b >> 4]).append(HEX[b & 0xF]);
      }
    }
  }

  private static boolean isUnreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  // pchar of RFC 3986 without '/', '?', '#', '%' and '&', '=', '+', ';' (which some servers split on).
  private static boolean isSegmentSafe(int c) {
    return c == ':' || c == '@' || c == '!' || c == '$' || c == '\'' || c == '(' || c == ')' || c == '*'
        || c == ',';
  }
}
