package dev.sessionkit.core.errors;

import java.util.List;
import java.util.Map;

/** The credentials are missing, wrong or expired (401). */
public class AuthenticationException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the exception message
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the start of the body
   * @param detail what the body said
   */
  public AuthenticationException(String message, int statusCode, Map<String, List<String>> headers, String body,
      ErrorDetail detail) {
    super(message, statusCode, headers, body, detail);
  }
}
