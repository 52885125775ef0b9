package dev.sessionkit.core.errors;

/**
 * The connect or request timeout elapsed (after the configured retries). The request timeout covers the
 * whole exchange, body included, so a server that stalls mid-body also ends here.
 */
public class ApiTimeoutException extends ApiConnectionException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message which timeout elapsed, with the method and URL
   * @param cause the underlying timeout, may be null
   */
  public ApiTimeoutException(String message, Throwable cause) {
    super(message, cause);
  }
}
