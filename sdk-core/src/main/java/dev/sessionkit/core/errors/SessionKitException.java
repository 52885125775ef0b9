package dev.sessionkit.core.errors;

/**
 * The root of every exception that SessionKit throws about a call: HTTP errors, connection failures,
 * timeouts and bodies that could not be read. All are unchecked.
 *
 * <p>Messages never contain credentials. Bad arguments are not reported with this type: builders throw
 * {@link IllegalArgumentException} or {@link IllegalStateException} before any request is made.
 */
public class SessionKitException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong
   */
  public SessionKitException(String message) {
    super(message);
  }

  /**
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public SessionKitException(String message, Throwable cause) {
    super(message, cause);
  }
}
