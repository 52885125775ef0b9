package dev.sessionkit.testkit.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.errors.ApiException;
import java.util.Locale;

/** How a vendor shapes an error body; every error a fake sends (faults included) goes through its style. */
@FunctionalInterface
public interface ErrorStyle {
  /**
   * The error response.
   *
   * @param status the status code
   * @param message the human text
   */
  Response error(int status, String message);

  /**
   * The error as an exception, for a handler to throw.
   *
   * @param status the status code
   * @param message the human text
   */
  default HttpError fail(int status, String message) {
    return new HttpError(error(status, message));
  }

  /** FastAPI's {@code {"detail": "text"}} (Syntropic137, AgentScope). */
  static ErrorStyle fastApi() {
    return (status, message) -> {
      ObjectNode body = Json.object().put("detail", message);
      return Response.json(status, body);
    };
  }

  /**
   * Adds what the vendor sends with a 429 besides {@code Retry-After}. Nothing by default.
   *
   * @param response the 429 response, changed in place
   * @param retryAfterSeconds the {@code Retry-After} it carries, or -1 when none
   */
  default void rateLimited(Response response, int retryAfterSeconds) {}

  /**
   * Timbal's {@code {"code": "not_found", "message": "text"}}; the code is the snake-cased reason phrase. A 429
   * also carries {@code RateLimit-Limit}, {@code RateLimit-Remaining: 0} and, with a {@code Retry-After},
   * {@code RateLimit-Reset} (DESIGN.md: "429 carries Retry-After and RateLimit-* headers").
   */
  static ErrorStyle codeAndMessage() {
    return new ErrorStyle() {
      @Override
      public Response error(int status, String message) {
        String code = reasonPhrase(status).toLowerCase(Locale.ROOT).replace(' ', '_');
        ObjectNode body = Json.object().put("code", code).put("message", message);
        return Response.json(status, body);
      }

      @Override
      public void rateLimited(Response response, int retryAfterSeconds) {
        response.header("RateLimit-Limit", "60").header("RateLimit-Remaining", "0");
        if (retryAfterSeconds >= 0) {
          response.header("RateLimit-Reset", Integer.toString(retryAfterSeconds));
        }
      }
    };
  }

  /** The standard reason phrase of a status (the SDK's own table: a phrase is not what the fakes check). */
  static String reasonPhrase(int status) {
    return ApiException.reasonPhrase(status);
  }
}
