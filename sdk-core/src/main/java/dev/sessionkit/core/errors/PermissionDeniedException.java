package dev.sessionkit.core.errors;

import java.util.List;
import java.util.Map;

/** The credentials are valid but may not do this (403). */
public class PermissionDeniedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the exception message
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the start of the body
   * @param detail what the body said
   */
  public PermissionDeniedException(String message, int statusCode, Map<String, List<String>> headers, String body,
      ErrorDetail detail) {
    super(message, statusCode, headers, body, detail);
  }
}
