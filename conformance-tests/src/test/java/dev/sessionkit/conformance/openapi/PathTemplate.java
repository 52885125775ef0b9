package dev.sessionkit.conformance.openapi;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An OpenAPI path template ({@code /sessions/{session_id}/messages}) matched segment by segment against a raw
 * request path: a template variable takes exactly one non-empty segment, and a trailing slash counts (FastAPI
 * tells {@code /sessions/} from {@code /sessions}).
 */
public record PathTemplate(String template) {

  /**
   * The path variables, decoded, when the raw path matches.
   *
   * @param rawPath the request path, still percent-encoded, without the vendor's base path
   * @return the variables by name, empty when the path does not match
   */
  public Optional<Map<String, String>> match(String rawPath) {
    String[] want = template.split("/", -1);
    String[] got = rawPath.split("/", -1);
    if (want.length != got.length) {
      return Optional.empty();
    }
    Map<String, String> variables = new LinkedHashMap<>();
    for (int i = 0; i < want.length; i++) {
      String w = want[i];
      if (w.startsWith("{") && w.endsWith("}")) {
        if (got[i].isEmpty()) {
          return Optional.empty();
        }
        variables.put(w.substring(1, w.length() - 1), URLDecoder.decode(got[i].replace("+", "%2B"), StandardCharsets.UTF_8));
      } else if (!w.equals(got[i])) {
        return Optional.empty();
      }
    }
    return Optional.of(variables);
  }

  /**
   * How many literal segments the template has: where two templates match, the more literal one wins, as
   * OpenAPI says concrete paths match before templated ones.
   *
   * @return the count of segments that are not variables
   */
  public int literalSegments() {
    int n = 0;
    for (String s : template.split("/", -1)) {
      if (!s.startsWith("{")) {
        n++;
      }
    }
    return n;
  }
}
