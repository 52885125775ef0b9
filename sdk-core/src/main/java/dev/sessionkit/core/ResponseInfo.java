package dev.sessionkit.core;

import dev.sessionkit.core.internal.http.HeaderValues;
import dev.sessionkit.core.internal.http.RequestIds;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What a successful HTTP response said besides its body: the status, the headers and the vendor's request
 * id. Read it for one call with {@link WithResponse}, for each page of a listing with
 * {@link dev.sessionkit.core.paging.Page#response()}, or for every call of a request with
 * {@link RequestOptions.Builder#onResponse}. A failed call carries the same facts on its
 * {@link dev.sessionkit.core.errors.ApiException}.
 *
 * <p>Immutable and thread-safe.
 */
public final class ResponseInfo {
  private final int statusCode;
  private final Map<String, List<String>> headers;

  private ResponseInfo(int statusCode, Map<String, List<String>> headers) {
    this.statusCode = statusCode;
    this.headers = headers;
  }

  /**
   * A response's facts, for the transport and for tests of code that reads them.
   *
   * @param statusCode the HTTP status, 100 to 599
   * @param headers the response headers; names in any case, each with its values in the order received
   * @return the response info
   * @throws IllegalArgumentException if the status is out of range or a header has no value list
   */
  public static ResponseInfo of(int statusCode, Map<String, List<String>> headers) {
    if (statusCode < 100 || statusCode > 599) {
      throw new IllegalArgumentException("statusCode must be between 100 and 599, was " + statusCode);
    }
    Objects.requireNonNull(headers, "headers");
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, values) -> {
      if (name == null || values == null) {
        throw new IllegalArgumentException("headers must not hold a null name or value list");
      }
      // Two spellings of one name (HTTP/1.1 allows it) are one header.
      copy.merge(name, List.copyOf(values), (a, b) -> {
        List<String> both = new java.util.ArrayList<>(a);
        both.addAll(b);
        return List.copyOf(both);
      });
    });
    return new ResponseInfo(statusCode, Collections.unmodifiableMap(copy));
  }

  /** The HTTP status code (2xx for a successful call). */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Every response header with all its values, in the order received. Names compare case-insensitively:
   * {@code headers().get("x-request-id")} finds {@code X-Request-Id}.
   *
   * @return the headers, unmodifiable
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, any case
   * @return the first value, if the header was sent
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(Objects.requireNonNull(name, "name"));
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * Every value of a header, in the order received.
   *
   * @param name the header name, any case
   * @return the values; empty if the header was not sent
   */
  public List<String> headerValues(String name) {
    return headers.getOrDefault(Objects.requireNonNull(name, "name"), List.of());
  }

  /**
   * The id the server (or its gateway) gave this exchange: the first of {@code x-request-id},
   * {@code request-id}, {@code x-correlation-id}, {@code x-amzn-requestid} and {@code x-trace-id} that was
   * sent, as on {@link dev.sessionkit.core.errors.ApiException#requestId()}.
   *
   * @return the request id, if the server sent one
   */
  public Optional<String> requestId() {
    return RequestIds.find(headers);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResponseInfo && ((ResponseInfo) o).statusCode == statusCode
        && ((ResponseInfo) o).headers.equals(headers);
  }

  @Override
  public int hashCode() {
    // The map's own hash would tell "Vary" from "vary", which equals() does not.
    int hash = statusCode;
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      hash += e.getKey().toLowerCase(java.util.Locale.ROOT).hashCode() ^ e.getValue().hashCode();
    }
    return hash;
  }

  /** The status and headers, with the values of credential-bearing headers ({@code set-cookie}, …) hidden. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("ResponseInfo[").append(statusCode).append(", {");
    String sep = "";
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      s.append(sep).append(e.getKey()).append('=').append(HeaderValues.isSensitive(e.getKey()) ? "****" : e.getValue());
      sep = ", ";
    }
    return s.append("}]").toString();
  }
}
