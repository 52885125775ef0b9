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

  /** Timbal's {@code {"code": "not_found", "message": "text"}}; the code is the snake-cased reason phrase. */
  static ErrorStyle codeAndMessage() {
    return (status, message) -> {
      String code = reasonPhrase(status).toLowerCase(Locale.ROOT).replace(' ', '_');
      ObjectNode body = Json.object().put("code", code).put("message", message);
      return Response.json(status, body);
    };
  }

  /** The standard reason phrase of a status (the SDK's own table: a phrase is not what the fakes check). */
  static String reasonPhrase(int status) {
    return ApiException.reasonPhrase(status);
  }
}
