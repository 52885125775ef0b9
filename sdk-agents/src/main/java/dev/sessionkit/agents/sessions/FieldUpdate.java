package dev.sessionkit.agents.sessions;

import dev.sessionkit.core.internal.check.Arguments;
import java.util.Objects;
import java.util.Optional;

/**
 * What a partial update ({@code PATCH}) does to one field: leave it alone (the field is not sent), clear it
 * (sent as JSON {@code null}), or set it to a value. Immutable. Written by hand: see
 * {@link UpdateSessionRequest} for why partial updates are.
 *
 * @param <T> the field's type
 */
public final class FieldUpdate<T> {
  private static final FieldUpdate<Object> UNCHANGED = new FieldUpdate<>(false, null);
  private static final FieldUpdate<Object> CLEAR = new FieldUpdate<>(true, null);

  private final boolean sent;
  private final T value;

  private FieldUpdate(boolean sent, T value) {
    this.sent = sent;
    this.value = value;
  }

  /**
   * Leaves the field as it is: it is not sent.
   *
   * @param <T> the field's type
   * @return the update
   */
  @SuppressWarnings("unchecked")
  public static <T> FieldUpdate<T> unchanged() {
    return (FieldUpdate<T>) UNCHANGED;
  }

  /**
   * Clears the field: it is sent as JSON {@code null}.
   *
   * @param <T> the field's type
   * @return the update
   */
  @SuppressWarnings("unchecked")
  public static <T> FieldUpdate<T> clear() {
    return (FieldUpdate<T>) CLEAR;
  }

  /**
   * Sets the field.
   *
   * @param value the new value, not null (use {@link #clear()} to send null)
   * @param <T> the field's type
   * @return the update
   */
  public static <T> FieldUpdate<T> set(T value) {
    return new FieldUpdate<>(true, Arguments.requireNonNull(value, "value"));
  }

  /** Whether the field is left alone (not sent). */
  public boolean isUnchanged() {
    return !sent;
  }

  /** Whether the field is cleared (sent as {@code null}). */
  public boolean isClear() {
    return sent && value == null;
  }

  /** The new value, when the field is set. */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FieldUpdate)) {
      return false;
    }
    FieldUpdate<?> other = (FieldUpdate<?>) o;
    return sent == other.sent && Objects.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sent, value);
  }

  /** {@code unchanged}, {@code clear} or {@code set(value)}. */
  @Override
  public String toString() {
    return !sent ? "unchanged" : value == null ? "clear" : "set(" + value + ")";
  }
}
