package dev.sessionkit.core.json;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A value from an open set, such as a run status: the SDK names the values it knows as constants, and
 * keeps any other value the server sends instead of failing, so that a new status on the server never
 * breaks a client. Compare with {@code equals} or against the constants; {@link #isKnown()} tells
 * whether the SDK knew the value.
 *
 * <p>Subclasses are final, immutable and thread-safe; two values are equal when they are of the same
 * class and have the same text.
 */
public abstract class OpenValue {
  private final String value;
  private final boolean known;

  /**
   * @param value the text, as the server sends it
   * @param known whether it is one of the SDK's constants
   */
  protected OpenValue(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** The value as the server sends it. */
  @JsonValue
  public final String value() {
    return value;
  }

  /** Whether this SDK version knows the value (it is one of the class's constants). */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && ((OpenValue) o).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** The value as the server sends it. */
  @Override
  public final String toString() {
    return value;
  }

  /**
   * Indexes a class's constants by value, for its {@code of} factory.
   *
   * @param constants the known values
   * @param <T> the value class
   * @return an unmodifiable map from text to constant
   */
  @SafeVarargs
  protected static <T extends OpenValue> Map<String, T> index(T... constants) {
    Map<String, T> map = new LinkedHashMap<>();
    for (T c : constants) {
      map.put(c.value(), c);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The constant for a value, or a new unknown value.
   *
   * @param known the class's index
   * @param value the text
   * @param unknown makes an unknown value
   * @param <T> the value class
   * @return the value
   */
  protected static <T extends OpenValue> T lookup(Map<String, T> known, String value, Function<String, T> unknown) {
    Objects.requireNonNull(value, "value");
    T constant = known.get(value);
    return constant != null ? constant : unknown.apply(value);
  }
}
