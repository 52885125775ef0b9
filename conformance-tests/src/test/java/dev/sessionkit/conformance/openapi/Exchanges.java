package dev.sessionkit.conformance.openapi;

import dev.sessionkit.conformance.wire.Exchange;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Exchanges made by hand, for holding a body to a document without a server: the vendors' own bodies (the
 * calibration) and deliberately wrong ones (the validator's own tests).
 */
public final class Exchanges {
  private Exchanges() {}

  /**
   * A JSON response to a request with no body.
   *
   * @param method the method
   * @param path the concrete path
   * @param status the status
   * @param body the JSON body, or empty for none
   * @return the exchange
   */
  public static Exchange response(String method, String path, int status, String body) {
    return new Exchange(method, path, "", Map.of(), "", status,
        body.isEmpty() ? Map.of() : Map.of("content-type", List.of("application/json")), body);
  }

  /**
   * A request, with a JSON body when one is given, and an empty 200 response.
   *
   * @param method the method
   * @param path the concrete path
   * @param query the raw query, empty for none
   * @param headers the headers, names in lower case
   * @param body the JSON body, or empty for none
   * @return the exchange
   */
  public static Exchange request(String method, String path, String query, Map<String, String> headers, String body) {
    Map<String, List<String>> h = new LinkedHashMap<>();
    headers.forEach((k, v) -> h.put(k, List.of(v)));
    if (!body.isEmpty()) {
      h.put("content-type", List.of("application/json"));
    }
    return new Exchange(method, path, query, h, body, 200, Map.of(), "");
  }
}
