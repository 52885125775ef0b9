package dev.sessionkit.core.internal.check;

import java.util.Collection;

/**
 * The one argument checker of every module, so that a bad argument fails the same way whichever client it is
 * given to, always before any request, and always with a message that names the field:
 *
 * <ul>
 *   <li>{@code null} where a value is required: {@link NullPointerException} (the JDK's convention, and what
 *       the Immutables-generated builders throw);
 *   <li>a value given but not acceptable (blank, negative, out of range, malformed): {@link
 *       IllegalArgumentException}, thrown by the method it is given to;
 *   <li>a builder whose required fields are missing, or whose fields contradict each other (from after to, a
 *       cursor together with a page): {@link IllegalStateException}, thrown by {@code build()}.
 * </ul>
 *
 * <p>{@code null} given to the setter of an optional field clears it.
 */
public final class Arguments {
  private Arguments() {}

  /**
   * A value that must be given.
   *
   * @param value the value
   * @param field the field's name, as the user wrote it (the builder method or parameter)
   * @param <T> its type
   * @return the value
   * @throws NullPointerException if it is null
   */
  public static <T> T requireNonNull(T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  /**
   * An id or name that must be given and must not be blank.
   *
   * @param value the value
   * @param field the field's name
   * @return the value
   * @throws NullPointerException if it is null
   * @throws IllegalArgumentException if it is empty or only whitespace
   */
  public static String requireNonBlank(String value, String field) {
    requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /**
   * An optional id or filter: null leaves it unset, blank is refused (an empty filter is a mistake, not "all").
   *
   * @param value the value, or null
   * @param field the field's name
   * @return the value, or null
   * @throws IllegalArgumentException if it is empty or only whitespace
   */
  public static String optionalNonBlank(String value, String field) {
    if (value != null && value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank (pass null to leave it unset)");
    }
    return value;
  }

  /**
   * Every element of a collection that must be given, none null or blank.
   *
   * @param values the values
   * @param field the field's name
   * @param <C> the collection's type
   * @return the values
   * @throws NullPointerException if the collection or one of its elements is null
   * @throws IllegalArgumentException if an element is empty or only whitespace
   */
  public static <C extends Collection<String>> C requireNonBlankElements(C values, String field) {
    requireNonNull(values, field);
    int i = 0;
    for (String value : values) {
      requireNonBlank(value, field + "[" + i++ + "]");
    }
    return values;
  }

  /**
   * A count or size that must be at least {@code min}.
   *
   * @param value the value
   * @param min the smallest value accepted
   * @param field the field's name
   * @return the value
   * @throws IllegalArgumentException if it is smaller
   */
  public static long requireAtLeast(long value, long min, String field) {
    if (value < min) {
      throw new IllegalArgumentException(field + " must be at least " + min + ", was " + value);
    }
    return value;
  }

  /**
   * A value in {@code [min, max]}.
   *
   * @param value the value
   * @param min the smallest value accepted
   * @param max the largest value accepted
   * @param field the field's name
   * @return the value
   * @throws IllegalArgumentException if it is outside
   */
  public static long requireBetween(long value, long min, long max, String field) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
    }
    return value;
  }

  /**
   * A required field, at {@code build()} time.
   *
   * @param value the field's value, null when never set
   * @param type the type being built, for the message
   * @param field the field's name
   * @param <T> its type
   * @return the value
   * @throws IllegalStateException if it was never set
   */
  public static <T> T requireSet(T value, String type, String field) {
    if (value == null) {
      throw new IllegalStateException(type + ": " + field + " is required but was not set");
    }
    return value;
  }

  /**
   * Fields that must agree with each other, at {@code build()} time.
   *
   * @param condition whether they agree
   * @param type the type being built, for the message
   * @param problem what is wrong, naming the fields
   * @throws IllegalStateException if they do not
   */
  public static void requireConsistent(boolean condition, String type, String problem) {
    if (!condition) {
      throw new IllegalStateException(type + ": " + problem);
    }
  }
}
