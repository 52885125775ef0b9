package dev.sessionkit.core.internal.http;

import dev.sessionkit.core.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Hides a client's secret wherever the transport shows text to the user: in the headers handed to
 * listeners and in exception messages that quote a body. Immutable; thread-safe.
 */
final class Redactor {
  static final String MASK = "****";

  private final Credentials credentials;
  private final List<String> secrets;

  Redactor(Credentials credentials) {
    this.credentials = credentials;
    this.secrets = secretsOf(credentials);
  }

  /** The headers of a request as a listener may see them: sensitive values replaced by {@value #MASK}. */
  Map<String, List<String>> headers(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> {
      boolean secret = HeaderValues.isSensitive(k)
          || (credentials.isSensitive() && k.equalsIgnoreCase(credentials.headerName()));
      out.put(k, secret ? List.of(MASK) : v);
    });
    return out;
  }

  /** The text with every form of the secret replaced: servers echo bad credentials back ("invalid key sk-…"). */
  String text(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, MASK);
    }
    return out;
  }

  /**
   * The forms in which the client's secret could come back in a body: the header value, and the token or
   * the password alone. Longest first, so that a header value is replaced whole before its token. Values
   * shorter than 4 characters are left alone: replacing them would garble every message.
   */
  private static List<String> secretsOf(Credentials credentials) {
    if (!credentials.isSensitive()) {
      return List.of();
    }
    String value = credentials.headerValue().reveal();
    List<String> out = new ArrayList<>(List.of(value));
    int space = value.indexOf(' ');
    if (space > 0) {
      String token = value.substring(space + 1);
      out.add(token);
      if (value.regionMatches(true, 0, "Basic ", 0, 6)) {
        try {
          String pair = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
          out.add(pair.substring(pair.indexOf(':') + 1));
        } catch (IllegalArgumentException notBase64) {
          // a basic token the SDK did not build: its parts are unknown
        }
      }
    }
    out.removeIf(secret -> secret.length() < 4);
    out.sort(Comparator.comparingInt(String::length).reversed());
    return List.copyOf(out);
  }
}
