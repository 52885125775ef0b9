package dev.sessionkit.core.errors;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The server answered with a status of 400 or more. Subclasses name the common statuses; other statuses
 * (405, 410, …) are plain {@code ApiException}s.
 *
 * <p>{@link #body()} is the start of the response body (at most {@value #MAX_BODY_CHARS} characters),
 * {@link #detail()} what it said in one of the vendors' error shapes.
 */
public class ApiException extends SessionKitException {
  private static final long serialVersionUID = 1L;

  /** How much of an error body is kept. */
  public static final int MAX_BODY_CHARS = 8192;

  private final int statusCode;
  private final transient Map<String, List<String>> headers;
  private final String body;
  private final transient ErrorDetail detail;

  /**
   * @param message the exception message
   * @param statusCode the HTTP status (≥ 400)
   * @param headers the response headers
   * @param body the start of the body
   * @param detail what the body said
   */
  public ApiException(String message, int statusCode, Map<String, List<String>> headers, String body,
      ErrorDetail detail) {
    super(message);
    this.statusCode = statusCode;
    Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.headers = java.util.Collections.unmodifiableMap(copy);
    this.body = body.length() > MAX_BODY_CHARS ? body.substring(0, MAX_BODY_CHARS) : body;
    this.detail = detail;
  }

  /** The HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** The response headers, with case-insensitive names. */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * The first value of a response header.
   *
   * @param name the header name, any case
   * @return the value, if the header was present
   */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The start of the response body, at most {@value #MAX_BODY_CHARS} characters. */
  public String body() {
    return body;
  }

  /** The request id the server gave the exchange ({@code x-request-id} and the usual variants). */
  public Optional<String> requestId() {
    return dev.sessionkit.core.internal.http.RequestIds.find(headers);
  }

  /** What the error body said. */
  public ErrorDetail detail() {
    return detail;
  }

  /**
   * The reason phrase of a status, in English ({@code 404} → {@code Not Found}). java.net.http does not
   * expose the server's own phrase (HTTP/2 has none), so messages use these.
   *
   * @param status the status code
   * @return the phrase, or {@code HTTP <status>} for an uncommon one
   */
  public static String reasonPhrase(int status) {
    switch (status) {
      case 400: return "Bad Request";
      case 401: return "Unauthorized";
      case 403: return "Forbidden";
      case 404: return "Not Found";
      case 405: return "Method Not Allowed";
      case 408: return "Request Timeout";
      case 409: return "Conflict";
      case 410: return "Gone";
      case 413: return "Content Too Large";
      case 422: return "Unprocessable Entity";
      case 429: return "Too Many Requests";
      case 500: return "Internal Server Error";
      case 502: return "Bad Gateway";
      case 503: return "Service Unavailable";
      case 504: return "Gateway Timeout";
      default: return "HTTP " + status;
    }
  }

  @Override
  public String toString() {
    return getClass().getName() + ": " + getMessage();
  }

}
