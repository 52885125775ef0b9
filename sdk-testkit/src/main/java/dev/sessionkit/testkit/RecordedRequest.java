package dev.sessionkit.testkit;

import dev.sessionkit.core.internal.http.HeaderValues;
import dev.sessionkit.testkit.internal.QueryString;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request a fake received, as it came off the wire, whatever the fake answered (faults included).
 * Immutable; equal when every part is.
 *
 * <p>A final class rather than a record, so that a part can be added without breaking code compiled against
 * this version.
 */
public final class RecordedRequest {
  private final String method;
  private final String path;
  private final String query;
  private final Map<String, List<String>> headers;
  private final String body;

  private RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
      String body) {
    this.method = Objects.requireNonNull(method, "method");
    this.path = Objects.requireNonNull(path, "path");
    this.query = Objects.requireNonNull(query, "query");
    this.headers = HeaderValues.copyInOrder(headers);
    this.body = Objects.requireNonNull(body, "body");
  }

  /**
   * A request as a fake records it; a test of code that reads recorded requests may make one up.
   *
   * @param method the HTTP method, upper case
   * @param path the raw path, still percent-encoded
   * @param query the raw query without {@code ?}, empty when there was none
   * @param headers the headers, names in lower case; copied
   * @param body the body as UTF-8 text, empty when there was none
   * @return the request
   * @throws NullPointerException if an argument is null
   */
  public static RecordedRequest of(String method, String path, String query, Map<String, List<String>> headers,
      String body) {
    return new RecordedRequest(method, path, query, headers, body);
  }

  /** @return the HTTP method, upper case */
  public String method() {
    return method;
  }

  /** @return the raw path, still percent-encoded (e.g. {@code /orgs/o/projects/p/runs/a%2Fb}) */
  public String path() {
    return path;
  }

  /** @return the raw query without {@code ?}, empty when there was none */
  public String query() {
    return query;
  }

  /** @return the request headers, names in lower case, values in the order sent; unmodifiable */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /** @return the request body as UTF-8 text, empty when there was none */
  public String body() {
    return body;
  }

  /**
   * The first value of a query parameter, decoded.
   *
   * @param name the parameter name, exact
   * @return the value, empty when the parameter was not sent
   */
  public Optional<String> queryParam(String name) {
    List<String> values = QueryString.parse(query).get(name);
    return values == null ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Every query parameter, decoded.
   *
   * @return an unmodifiable map from name to values in the order sent
   */
  public Map<String, List<String>> queryParams() {
    return QueryString.parse(query);
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the value, empty when the header was not sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordedRequest other && method.equals(other.method) && path.equals(other.path)
        && query.equals(other.query) && headers.equals(other.headers) && body.equals(other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, path, query, headers, body);
  }

  /** {@code METHOD path?query}, for assertion messages. */
  @Override
  public String toString() {
    return method + ' ' + path + (query.isEmpty() ? "" : "?" + query);
  }
}
