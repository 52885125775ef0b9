package dev.sessionkit.core.errors;

import java.util.List;
import java.util.Map;

/** The request conflicts with the resource's state (409): an ambiguous Syntropic id prefix, an AgentScope run that is already active. Never retried. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message the exception message
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the start of the body
   * @param detail what the body said
   */
  public ConflictException(String message, int statusCode, Map<String, List<String>> headers, String body,
      ErrorDetail detail) {
    super(message, statusCode, headers, body, detail);
  }
}
