package dev.sessionkit.testkit.internal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parses a raw query string the way the Python servers do ({@code +} is a space, repeated names keep every value). */
public final class QueryString {
  private QueryString() {}

  /**
   * Decodes a raw query.
   *
   * @param raw the query as sent, without {@code ?}; null or empty gives an empty map
   * @return an unmodifiable map from name to values in the order sent
   */
  public static Map<String, List<String>> parse(String raw) {
    if (raw == null || raw.isEmpty()) {
      return Map.of();
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = decode(eq < 0 ? pair : pair.substring(0, eq));
      String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    out.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(out);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      // A broken escape is kept as sent, as Starlette does, rather than failing the whole request.
      return s;
    }
  }
}
