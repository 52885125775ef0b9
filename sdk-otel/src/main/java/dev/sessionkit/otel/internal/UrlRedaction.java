package dev.sessionkit.otel.internal;

import java.net.URI;
import java.util.Locale;

/**
 * {@code url.full} as the HTTP conventions ask: credentials in the URL and secret query values replaced by
 * {@code REDACTED}; no fragment (it is never sent).
 */
final class UrlRedaction {
  static final String REDACTED = "REDACTED";

  // Parts of a parameter name that mark its value as secret: the conventions name AWSAccessKeyId, Signature,
  // sig and X-Goog-Signature; SessionKit hides the same words in headers.
  private static final String[] SECRET_WORDS =
      {"token", "key", "secret", "password", "passwd", "signature", "auth", "credential"};

  private UrlRedaction() {}

  static String redact(URI uri) {
    StringBuilder out = new StringBuilder();
    if (uri.getScheme() != null) {
      out.append(uri.getScheme()).append("://");
    }
    if (uri.getRawUserInfo() != null) {
      out.append(REDACTED).append(':').append(REDACTED).append('@');
    }
    if (uri.getHost() != null) {
      out.append(uri.getHost());
    }
    if (uri.getPort() != -1) {
      out.append(':').append(uri.getPort());
    }
    if (uri.getRawPath() != null) {
      out.append(uri.getRawPath());
    }
    String query = uri.getRawQuery();
    if (query != null) {
      out.append('?');
      String[] pairs = query.split("&", -1);
      for (int i = 0; i < pairs.length; i++) {
        if (i > 0) {
          out.append('&');
        }
        int eq = pairs[i].indexOf('=');
        String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
        out.append(eq >= 0 && isSecret(name) ? name + "=" + REDACTED : pairs[i]);
      }
    }
    return out.toString();
  }

  static boolean isSecret(String rawName) {
    String name = rawName.toLowerCase(Locale.ROOT);
    if (name.equals("sig")) {
      return true;
    }
    for (String word : SECRET_WORDS) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
