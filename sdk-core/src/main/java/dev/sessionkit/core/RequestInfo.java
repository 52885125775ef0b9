package dev.sessionkit.core;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * One attempt of a call, as a {@link RequestListener} sees it. Header values that carry credentials are
 * replaced by {@code ****}.
 *
 * @param method the HTTP method
 * @param uri the full URI, query included
 * @param headers the request headers, redacted
 * @param attempt the attempt number, 1 for the first
 */
public record RequestInfo(String method, URI uri, Map<String, List<String>> headers, int attempt) {
  /** Copies the headers. */
  public RequestInfo {
    headers = Map.copyOf(headers);
  }

  /** {@code GET http://host/path (attempt 2)}. */
  @Override
  public String toString() {
    return method + " " + uri + " (attempt " + attempt + ")";
  }
}
