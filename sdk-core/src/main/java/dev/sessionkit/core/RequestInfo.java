package dev.sessionkit.core;

import dev.sessionkit.core.internal.http.HeaderValues;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One attempt of a call, as a {@link RequestListener} sees it. Header values that carry credentials are
 * replaced by {@code ****}. Immutable; equal when every field is.
 *
 * <p>A final class rather than a record, so that a field can be added without breaking code compiled
 * against this version.
 */
public final class RequestInfo {
  private final String method;
  private final URI uri;
  private final Map<String, List<String>> headers;
  private final int attempt;

  private RequestInfo(String method, URI uri, Map<String, List<String>> headers, int attempt) {
    this.method = Objects.requireNonNull(method, "method");
    this.uri = Objects.requireNonNull(uri, "uri");
    this.headers = HeaderValues.copyInOrder(headers);
    if (attempt < 1) {
      throw new IllegalArgumentException("attempt must be at least 1, was " + attempt);
    }
    this.attempt = attempt;
  }

  /**
   * An attempt as the transport describes it to listeners; a test of a listener may make one up.
   *
   * @param method the HTTP method
   * @param uri the full URI, query included
   * @param headers the request headers, already redacted; copied
   * @param attempt the attempt number, 1 for the first
   * @return the attempt
   * @throws NullPointerException if an argument, a header name or a value list is null
   * @throws IllegalArgumentException if {@code attempt} is below 1
   */
  public static RequestInfo of(String method, URI uri, Map<String, List<String>> headers, int attempt) {
    return new RequestInfo(method, uri, headers, attempt);
  }

  /** @return the HTTP method, such as {@code GET} */
  public String method() {
    return method;
  }

  /** @return the full URI, query included */
  public URI uri() {
    return uri;
  }

  /** @return the request headers, redacted, in the order sent; unmodifiable */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** @return the attempt number, 1 for the first, 2 for the first retry */
  public int attempt() {
    return attempt;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RequestInfo other && method.equals(other.method) && uri.equals(other.uri)
        && headers.equals(other.headers) && attempt == other.attempt;
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, uri, headers, attempt);
  }

  /** {@code GET http://host/path (attempt 2)}. */
  @Override
  public String toString() {
    return method + " " + uri + " (attempt " + attempt + ")";
  }
}
