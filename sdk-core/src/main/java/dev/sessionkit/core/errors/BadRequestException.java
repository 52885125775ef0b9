package dev.sessionkit.core.errors;

import java.util.List;
import java.util.Map;

/** The server refused the request as malformed (400). */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the exception message
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the start of the body
   * @param detail what the body said
   */
  public BadRequestException(String message, int statusCode, Map<String, List<String>> headers, String body,
      ErrorDetail detail) {
    super(message, statusCode, headers, body, detail);
  }
}
