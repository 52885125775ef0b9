package dev.sessionkit.timbal.internal;

/** Argument checks shared by the request builders, with messages that name the field. */
public final class Checks {
  private Checks() {}

  /**
   * An id or filter value that must be given and not blank.
   *
   * @param field the builder method's name, for the message
   * @param value the value
   * @return the value
   * @throws IllegalArgumentException if it is null or blank
   */
  public static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be null or blank");
    }
    return value;
  }

  /**
   * An optional value: null leaves it unset, blank is refused (an empty filter is a mistake, not "all").
   *
   * @param field the builder method's name, for the message
   * @param value the value, or null
   * @return the value, or null
   * @throws IllegalArgumentException if it is blank
   */
  public static String optional(String field, String value) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank (pass null to leave it unset)");
    }
    return value;
  }

  /**
   * A value that must be given.
   *
   * @param field the builder method's name, for the message
   * @param value the value
   * @param <T> its type
   * @return the value
   * @throws IllegalArgumentException if it is null
   */
  public static <T> T notNull(String field, T value) {
    if (value == null) {
      throw new IllegalArgumentException(field + " must not be null");
    }
    return value;
  }

  /**
   * A required value at {@code build()} time.
   *
   * @param type the request type, for the message
   * @param field the builder method's name
   * @param value the value
   * @param <T> its type
   * @return the value
   * @throws IllegalStateException if it was never set
   */
  public static <T> T present(String type, String field, T value) {
    if (value == null) {
      throw new IllegalStateException(type + ": " + field + " is required but was not set");
    }
    return value;
  }
}
