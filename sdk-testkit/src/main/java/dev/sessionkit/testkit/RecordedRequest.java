package dev.sessionkit.testkit;

import dev.sessionkit.testkit.internal.QueryString;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One request a fake received, as it came off the wire, whatever the fake answered (faults included).
 *
 * @param method the HTTP method, upper case
 * @param path the raw path, still percent-encoded (e.g. {@code /orgs/o/projects/p/runs/a%2Fb})
 * @param query the raw query without {@code ?}, empty when there was none
 * @param headers the request headers, names in lower case, values in the order sent
 * @param body the request body as UTF-8 text, empty when there was none
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
    String body) {

  /**
   * Copies the header map so that the record stays immutable.
   *
   * @param method the HTTP method, upper case
   * @param path the raw path
   * @param query the raw query, empty when there was none
   * @param headers the headers, names in lower case
   * @param body the body as text, empty when there was none
   */
  public RecordedRequest {
    headers = Map.copyOf(headers);
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

  /** {@code METHOD path?query}, for assertion messages. */
  @Override
  public String toString() {
    return method + ' ' + path + (query.isEmpty() ? "" : "?" + query);
  }
}
