package dev.sessionkit.core.errors;

import java.util.Optional;

/**
 * A response body that is not the JSON it should be: malformed, truncated, of the wrong shape, or not
 * JSON at all (an HTML error page from a proxy, say). The message names the status, the content type and
 * a short excerpt of the body.
 */
public class ResponseParseException extends SessionKitException {
  private static final long serialVersionUID = 1L;
  private final int statusCode;
  private final String contentType;

  /**
   * @param message what was wrong, with the status, content type and excerpt
   * @param statusCode the HTTP status of the response
   * @param contentType the response's {@code Content-Type}, or null
   * @param cause the parser's failure, may be null
   */
  public ResponseParseException(String message, int statusCode, String contentType, Throwable cause) {
    super(message, cause);
    this.statusCode = statusCode;
    this.contentType = contentType;
  }

  /** The HTTP status of the response whose body could not be read. */
  public int statusCode() {
    return statusCode;
  }

  /** The response's {@code Content-Type}, if it had one. */
  public Optional<String> contentType() {
    return Optional.ofNullable(contentType);
  }
}
