package dev.sessionkit.conformance.wire;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request as the client sent it and the response as the server sent it (a gzip body decoded), as the
 * {@link Tap} saw them on the wire.
 *
 * @param method the request method, upper case
 * @param rawPath the request path, still percent-encoded
 * @param rawQuery the raw query without {@code ?}, empty when there was none
 * @param requestHeaders request headers, names in lower case
 * @param requestBody the request body as UTF-8 text, empty when there was none
 * @param status the response status
 * @param responseHeaders response headers, names in lower case
 * @param responseBody the response body as UTF-8 text, empty when there was none
 */
public record Exchange(String method, String rawPath, String rawQuery, Map<String, List<String>> requestHeaders,
    String requestBody, int status, Map<String, List<String>> responseHeaders, String responseBody) {

  /** Copies the header maps. */
  public Exchange {
    requestHeaders = Map.copyOf(requestHeaders);
    responseHeaders = Map.copyOf(responseHeaders);
  }

  /**
   * The first value of a request header.
   *
   * @param name any case
   * @return the value, empty when it was not sent
   */
  public Optional<String> requestHeader(String name) {
    return first(requestHeaders, name);
  }

  /**
   * The first value of a response header.
   *
   * @param name any case
   * @return the value, empty when it was not sent
   */
  public Optional<String> responseHeader(String name) {
    return first(responseHeaders, name);
  }

  private static Optional<String> first(Map<String, List<String>> headers, String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** {@code METHOD path?query -> status}, for messages. */
  @Override
  public String toString() {
    return method + " " + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery) + " -> " + status;
  }
}
