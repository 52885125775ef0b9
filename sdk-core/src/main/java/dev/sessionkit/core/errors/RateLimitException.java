package dev.sessionkit.core.errors;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Too many requests (429), after the configured retries; {@link #retryAfter()} says when to come back. */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  /**
   * @param message the exception message
   * @param statusCode the HTTP status (429)
   * @param headers the response headers
   * @param body the start of the body
   * @param detail what the body said
   * @param retryAfter the wait the server asked for, may be null
   */
  public RateLimitException(String message, int statusCode, Map<String, List<String>> headers, String body,
      ErrorDetail detail, Duration retryAfter) {
    super(message, statusCode, headers, body, detail);
    this.retryAfter = retryAfter;
  }

  /** The wait the server asked for ({@code Retry-After} or {@code retry-after-ms}), uncapped. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
