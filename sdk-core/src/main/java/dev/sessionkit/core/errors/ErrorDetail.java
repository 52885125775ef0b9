package dev.sessionkit.core.errors;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an error response's body said, read from the shapes the vendors use: FastAPI's
 * {@code {"detail": "text"}} and {@code {"detail": [{loc, msg, …}]}}, and {@code {"code", "message"}}.
 * When the body has none of them, {@link #message()} is the HTTP reason phrase. Immutable.
 */
public final class ErrorDetail {
  private final String message;
  private final String code;
  private final List<ValidationError> validationErrors;

  /**
   * @param message the message, never null
   * @param code the machine-readable code, may be null
   * @param validationErrors the validation errors, possibly empty
   */
  public ErrorDetail(String message, String code, List<ValidationError> validationErrors) {
    this.message = Objects.requireNonNull(message, "message");
    this.code = code;
    this.validationErrors = List.copyOf(validationErrors);
  }

  /** The error's message: the server's text, or the joined validation messages, or the reason phrase. */
  public String message() {
    return message;
  }

  /** The machine-readable code of a {@code {"code", "message"}} body. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** The entries of a FastAPI validation error; empty for other bodies. */
  public List<ValidationError> validationErrors() {
    return validationErrors;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ErrorDetail)) {
      return false;
    }
    ErrorDetail d = (ErrorDetail) o;
    return message.equals(d.message) && Objects.equals(code, d.code) && validationErrors.equals(d.validationErrors);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, code, validationErrors);
  }

  @Override
  public String toString() {
    return code == null ? message : code + ": " + message;
  }
}
