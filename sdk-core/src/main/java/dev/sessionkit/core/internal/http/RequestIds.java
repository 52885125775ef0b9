package dev.sessionkit.core.internal.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the id a server gave an exchange among the headers vendors and their gateways use for it, for
 * errors and successful responses alike.
 */
public final class RequestIds {
  private static final List<String> HEADERS =
      List.of("x-request-id", "request-id", "x-correlation-id", "x-amzn-requestid", "x-trace-id");

  private RequestIds() {}

  /**
   * @param headers response headers whose map compares names case-insensitively
   * @return the first value of the first request-id header present
   */
  public static Optional<String> find(Map<String, List<String>> headers) {
    for (String name : HEADERS) {
      List<String> values = headers.get(name);
      if (values != null && !values.isEmpty()) {
        return Optional.of(values.get(0));
      }
    }
    return Optional.empty();
  }
}
