package dev.sessionkit.agents.internal;

import java.util.Objects;

/** Argument checks made before any request, with messages that name the field. */
public final class Checks {
  private Checks() {}

  /**
   * @throws NullPointerException if the value is null
   * @throws IllegalArgumentException if it is empty or only whitespace
   */
  public static String requireNonBlank(String field, String value) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }
}
