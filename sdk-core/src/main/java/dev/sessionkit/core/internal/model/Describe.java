package dev.sessionkit.core.internal.model;

import java.util.Optional;

/**
 * The {@code toString()} of a model that cannot leave it to Immutables, in the same shape
 * ({@code ListRunsRequest{status=running, cursor=eyJ2IjoxLCJrIjoi…}}): a request with a cursor, which a log
 * line shows by its start, not by its kilobytes.
 */
public final class Describe {
  private Describe() {}

  /**
   * Formats a type's fields as Immutables does: {@code Type{a=1, b=2}}, an empty {@link Optional} or a null
   * value left out, a present one unwrapped.
   *
   * @param type the type's simple name
   * @param namesAndValues each field's name followed by its value
   * @return the text
   */
  public static String of(String type, Object... namesAndValues) {
    StringBuilder s = new StringBuilder(type).append('{');
    String separator = "";
    for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
      Object value = namesAndValues[i + 1];
      if (value instanceof Optional) {
        value = ((Optional<?>) value).orElse(null);
      }
      if (value != null) {
        s.append(separator).append(namesAndValues[i]).append('=').append(value);
        separator = ", ";
      }
    }
    return s.append('}').toString();
  }
}
