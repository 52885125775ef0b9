package dev.sessionkit.core.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a FastAPI validation error ({@code {"detail": [{loc, msg, type, input, ctx}]}}), as sent
 * by Syntropic137 and AgentScope with status 422. Immutable.
 */
public final class ValidationError {
  private final List<String> location;
  private final String message;
  private final String type;
  private final JsonNode input;
  private final JsonNode context;

  /**
   * @param location the path to the offending value ({@code ["query", "limit"]}); numbers as strings
   * @param message the human-readable message ({@code msg})
   * @param type the machine-readable kind ({@code type}), may be null
   * @param input the value that was refused, may be null
   * @param context extra data ({@code ctx}), may be null
   */
  public ValidationError(List<String> location, String message, String type, JsonNode input, JsonNode context) {
    this.location = List.copyOf(location);
    this.message = Objects.requireNonNull(message, "message");
    this.type = type;
    this.input = input;
    this.context = context;
  }

  /** The path to the refused value, such as {@code ["query", "limit"]} ({@code loc}). */
  public List<String> location() {
    return location;
  }

  /** The message ({@code msg}). */
  public String message() {
    return message;
  }

  /** The error kind ({@code type}), such as {@code less_than_equal}. */
  public Optional<String> type() {
    return Optional.ofNullable(type);
  }

  /** The value the server refused ({@code input}). */
  public Optional<JsonNode> input() {
    return Optional.ofNullable(input);
  }

  /** Extra data about the rule ({@code ctx}), such as {@code {"le": 200}}. */
  public Optional<JsonNode> context() {
    return Optional.ofNullable(context);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ValidationError)) {
      return false;
    }
    ValidationError v = (ValidationError) o;
    return location.equals(v.location) && message.equals(v.message) && Objects.equals(type, v.type)
        && Objects.equals(input, v.input) && Objects.equals(context, v.context);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, message, type, input, context);
  }

  /** {@code query.limit: Input should be less than or equal to 200}. */
  @Override
  public String toString() {
    return location.isEmpty() ? message : String.join(".", location) + ": " + message;
  }
}
