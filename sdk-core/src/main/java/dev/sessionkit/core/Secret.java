package dev.sessionkit.core;

import java.util.Objects;

/**
 * A credential value (API key, bearer token, password) that never shows itself by accident.
 *
 * <p>{@link #toString()} is always redacted, so a {@code Secret} can sit in a configuration object that
 * is logged or printed without leaking. The value is read only through {@link #reveal()}, which the
 * SDK calls at the moment it writes a request header.
 *
 * <p>Instances are immutable and thread-safe. Two secrets are equal when their values are equal.
 */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a credential value.
   *
   * @param value the value, not blank, without CR or LF (it ends up in an HTTP header)
   * @return the secret
   * @throws IllegalArgumentException if the value is null, blank or contains CR or LF; the message
   *     never contains the value
   */
  public static Secret of(String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("secret must not be null or blank");
    }
    if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
      throw new IllegalArgumentException("secret must not contain CR or LF");
    }
    return new Secret(value);
  }

  /**
   * Returns the clear-text value. Call it only to hand the value to the place that needs it.
   *
   * @return the value
   */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret && ((Secret) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Secret.class, value);
  }

  /** Returns {@code "****"}, whatever the value. */
  @Override
  public String toString() {
    return "****";
  }
}
