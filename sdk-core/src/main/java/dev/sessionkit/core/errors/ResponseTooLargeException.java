package dev.sessionkit.core.errors;

/**
 * A response body went past the client's size cap ({@code maxResponseBytes}, 64 MiB by default). The
 * SDK stops reading at the cap instead of running out of memory.
 */
public class ResponseTooLargeException extends SessionKitException {
  private static final long serialVersionUID = 1L;
  private final long limit;

  /**
   * @param message what was too large, with the method and URL
   * @param limit the cap in bytes (decoded bytes, after gzip)
   */
  public ResponseTooLargeException(String message, long limit) {
    super(message);
    this.limit = limit;
  }

  /** The cap that was exceeded, in bytes of decoded body. */
  public long limit() {
    return limit;
  }
}
