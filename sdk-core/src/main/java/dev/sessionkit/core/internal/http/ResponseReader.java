package dev.sessionkit.core.internal.http;

import java.io.IOException;
import java.io.InputStream;

/** Reads a successful response's body, straight from the stream. */
@FunctionalInterface
public interface ResponseReader<T> {
  /**
   * @param body the decoded body, capped; the transport drains and closes it afterwards
   * @param statusCode the HTTP status (2xx)
   */
  T read(InputStream body, int statusCode) throws IOException;

  /**
   * A JSON reader that refuses a body of JSON {@code null} (Jackson binds a root {@code null} to null, and
   * callers expect the object the API documents) and, like {@link #noNullElements}, a null element of a
   * root-level list.
   */
  static <T> ResponseReader<T> nonNull(ResponseReader<T> reader, com.fasterxml.jackson.databind.JavaType type) {
    ResponseReader<T> elements = noNullElements(reader, type);
    return (body, status) -> {
      T value = elements.read(body, status);
      if (value == null) {
        throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(null, type,
            "the body is JSON null where a " + type.getRawClass().getSimpleName() + " was expected");
      }
      return value;
    };
  }

  /**
   * A JSON reader that refuses a null element in a root-level list ({@code [null, {…}]}). Lists inside
   * objects are checked by the mapper itself; at the root Jackson has no property to hang that rule on.
   */
  static <T> ResponseReader<T> noNullElements(ResponseReader<T> reader, com.fasterxml.jackson.databind.JavaType type) {
    return (body, status) -> {
      T value = reader.read(body, status);
      if (value instanceof java.util.Collection && ((java.util.Collection<?>) value).contains(null)) {
        throw com.fasterxml.jackson.databind.exc.MismatchedInputException.from(null, type,
            "the body's list has a null element");
      }
      return value;
    };
  }

  /** For 204 and other bodies the caller does not need. */
  static ResponseReader<Void> discarding() {
    return (body, status) -> null;
  }
}
