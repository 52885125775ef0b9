package dev.sessionkit.core.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.AuthenticationException;
import dev.sessionkit.core.errors.BadRequestException;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.errors.ErrorDetail;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.PermissionDeniedException;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.UnprocessableEntityException;
import dev.sessionkit.core.errors.ValidationError;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns an error response into the {@link ApiException} subclass of its status, with its detail read. */
public final class ErrorResponses {
  private ErrorResponses() {}

  /**
   * @param method the request method, for the message
   * @param path the request path (no query: a query may hold ids the user wants out of logs)
   * @param retryAfter the wait the server asked for, may be null
   */
  public static ApiException toException(String method, String path, int status, Map<String, List<String>> headers,
      byte[] body, Duration retryAfter) {
    String text = new String(body, StandardCharsets.UTF_8);
    ErrorDetail detail = parseDetail(text, status);
    StringBuilder message = new StringBuilder()
        .append(status).append(' ').append(ApiException.reasonPhrase(status))
        .append(" from ").append(method).append(' ').append(path).append(": ").append(detail.message());
    detail.code().ifPresent(c -> message.append(" (code ").append(c).append(')'));
    java.util.TreeMap<String, List<String>> named = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    named.putAll(headers);
    RequestIds.find(named).ifPresent(id -> message.append(" [request id ").append(id).append(']'));
    String m = message.toString();
    switch (status) {
      case 400: return new BadRequestException(m, status, headers, text, detail);
      case 401: return new AuthenticationException(m, status, headers, text, detail);
      case 403: return new PermissionDeniedException(m, status, headers, text, detail);
      case 404: return new NotFoundException(m, status, headers, text, detail);
      case 409: return new ConflictException(m, status, headers, text, detail);
      case 422: return new UnprocessableEntityException(m, status, headers, text, detail);
      case 429: return new RateLimitException(m, status, headers, text, detail, retryAfter);
      default:
        return status >= 500 ? new InternalServerException(m, status, headers, text, detail)
            : new ApiException(m, status, headers, text, detail);
    }
  }

  /**
   * Reads the vendors' error shapes: {@code {"detail": "text"}}, FastAPI's
   * {@code {"detail": [{loc, msg, type, input, ctx}]}}, {@code {"code", "message"}} (Timbal), and the
   * common {@code {"error": {"message"}}} / {@code {"error": "text"}}; anything else gives the reason phrase.
   */
  static ErrorDetail parseDetail(String body, int status) {
    JsonNode root;
    try {
      root = body.isBlank() ? null : SessionKitJson.mapper().readTree(body);
    } catch (IOException e) {
      root = null;
    }
    String fallback = ApiException.reasonPhrase(status);
    if (root == null || !root.isObject()) {
      return new ErrorDetail(fallback, null, List.of());
    }
    if (root.has("success") && root.size() == 1 && root.get("success").isObject()) {
      root = root.get("success");
    }
    JsonNode detail = root.get("detail");
    if (detail != null && detail.isTextual()) {
      return new ErrorDetail(detail.asText(), textOrNull(root.get("code")), List.of());
    }
    if (detail != null && detail.isArray()) {
      List<ValidationError> errors = new ArrayList<>();
      for (JsonNode e : detail) {
        errors.add(validationError(e));
      }
      String joined = errors.isEmpty() ? fallback
          : errors.stream().map(ValidationError::toString).collect(Collectors.joining("; "));
      return new ErrorDetail(joined, null, errors);
    }
    if (detail != null && detail.isObject() && detail.hasNonNull("message")) {
      return new ErrorDetail(detail.get("message").asText(), textOrNull(detail.get("code")), List.of());
    }
    JsonNode error = root.get("error");
    if (error != null && error.isObject() && error.hasNonNull("message")) {
      return new ErrorDetail(error.get("message").asText(), textOrNull(error.get("code")), List.of());
    }
    String message = textOrNull(root.get("message"));
    String code = textOrNull(root.get("code"));
    if (message == null && error != null && error.isTextual()) {
      message = error.asText();
    }
    return new ErrorDetail(message != null ? message : fallback, code, List.of());
  }

  private static ValidationError validationError(JsonNode e) {
    List<String> loc = new ArrayList<>();
    JsonNode l = e.get("loc");
    if (l != null && l.isArray()) {
      l.forEach(x -> loc.add(x.asText()));
    }
    String msg = textOrNull(e.get("msg"));
    return new ValidationError(loc, msg != null ? msg : e.toString(), textOrNull(e.get("type")),
        e.get("input"), e.get("ctx"));
  }

  private static String textOrNull(JsonNode n) {
    return n == null || n.isNull() || n.isContainerNode() ? null : n.asText();
  }
}
