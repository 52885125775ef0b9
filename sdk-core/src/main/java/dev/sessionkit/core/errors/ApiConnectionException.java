package dev.sessionkit.core.errors;

/**
 * The server could not be reached or the exchange broke off (connection refused or reset, a body cut
 * short, TLS failure), after the configured retries.
 */
public class ApiConnectionException extends SessionKitException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, with the method and URL
   * @param cause the I/O failure
   */
  public ApiConnectionException(String message, Throwable cause) {
    super(message, cause);
  }
}
