package dev.sessionkit.core.internal.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Checks on header names and values, made before any request is built, and the copy of a header map. */
public final class HeaderValues {
  private HeaderValues() {}

  /**
   * Refuses a value with CR or LF: in a header it would start a new header or a new request
   * (response splitting). The message names the header, never the value.
   */
  public static String requireNoLineBreaks(String name, String value) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\r' || c == '\n' || c == 0) {
        throw new IllegalArgumentException(name + " must not contain CR, LF or NUL");
      }
    }
    return value;
  }

  /**
   * Refuses a value that cannot go into a header as it is: CR, LF and NUL (see
   * {@link #requireNoLineBreaks}), any other control character, and characters past U+00FF.
   * java.net.http refuses those too, but only when the request is built, with the value in its message:
   * a key pasted with a zero-width space would fail every call and print the key. The message names the
   * header, never the value.
   */
  public static String requireSendable(String name, String value) {
    requireNoLineBreaks(name, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f || c > 0xff) {
        throw new IllegalArgumentException(name + " must not contain control characters or characters past"
            + " U+00FF (java.net.http cannot send them in a header); found U+"
            + String.format(java.util.Locale.ROOT, "%04X", (int) c) + " at index " + i);
      }
    }
    return value;
  }

  /** Refuses a header name that is not an RFC 9110 token. */
  public static String requireValidName(String name) {
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException("header name must not be null or empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!token) {
        throw new IllegalArgumentException("header name '" + printable(name) + "' is not a valid token");
      }
    }
    return name;
  }

  /** The name as a message may quote it: line breaks shown, not obeyed. */
  static String printable(String s) {
    return s == null ? "null" : s.replace("\r", "\\r").replace("\n", "\\n");
  }

  /** Whether a header's value must be hidden in logs and events. */
  public static boolean isSensitive(String name) {
    String n = name.toLowerCase(java.util.Locale.ROOT);
    return n.equals("authorization") || n.equals("proxy-authorization") || n.equals("cookie")
        || n.equals("set-cookie") || n.contains("api-key") || n.contains("apikey") || n.contains("token")
        || n.contains("secret") || n.contains("password");
  }

  /**
   * An unmodifiable copy of a header map, names and values in their order, each value list copied: what a
   * value type that shows headers keeps, so that later changes to the given map never reach it.
   *
   * @param headers the headers
   * @return the copy
   * @throws NullPointerException if the map, a name or a value list is null
   */
  public static Map<String, List<String>> copyInOrder(Map<String, List<String>> headers) {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    Objects.requireNonNull(headers, "headers").forEach((name, values) ->
        copy.put(Objects.requireNonNull(name, "header name"), List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
  }
}
