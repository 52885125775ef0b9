package dev.sessionkit.testkit.internal;

/** Thrown by a handler to answer with an error response (already in its vendor's shape) instead of its result. */
public final class HttpError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Not serializable and never needs to be: the exception does not leave the fake. */
  private final transient Response response;

  /** @param response the response to send instead */
  public HttpError(Response response) {
    super("HTTP " + response.status(), null, false, false);
    this.response = response;
  }

  /** The response to send. */
  public Response response() {
    return response;
  }
}
