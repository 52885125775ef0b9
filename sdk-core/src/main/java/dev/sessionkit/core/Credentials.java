package dev.sessionkit.core;

import dev.sessionkit.core.internal.http.HeaderValues;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * How a client proves who it is: a bearer token, HTTP basic auth, a named header, or nothing.
 *
 * <p>A credential is written as one request header. Its value is held as a {@link Secret}, so
 * {@link #toString()} names the scheme and never the value. Immutable and thread-safe.
 */
public final class Credentials {
  private static final Credentials NONE = new Credentials("none", null, null, false);

  private final String scheme;
  private final String headerName;
  private final Secret headerValue;
  private final boolean sensitive;

  private Credentials(String scheme, String headerName, Secret headerValue, boolean sensitive) {
    this.scheme = scheme;
    this.headerName = headerName;
    this.headerValue = headerValue;
    this.sensitive = sensitive;
  }

  /**
   * {@code Authorization: Bearer <token>}.
   *
   * @param token the token
   * @return the credentials
   * @throws IllegalArgumentException if the token contains a control character or a character past U+00FF
   *     (a key pasted with a zero-width space, say); the message never contains the token
   */
  public static Credentials bearer(Secret token) {
    Objects.requireNonNull(token, "token");
    HeaderValues.requireSendable("token", token.reveal());
    return new Credentials("bearer", "Authorization", Secret.of("Bearer " + token.reveal()), true);
  }

  /**
   * {@code Authorization: Basic base64(user:password)} (RFC 7617, UTF-8).
   *
   * @param user the user name, not blank, without a colon
   * @param password the password
   * @return the credentials
   * @throws IllegalArgumentException if the user name is blank or contains a colon, CR or LF
   */
  public static Credentials basic(String user, Secret password) {
    if (user == null || user.isBlank()) {
      throw new IllegalArgumentException("user must not be null or blank");
    }
    if (user.indexOf(':') >= 0) {
      throw new IllegalArgumentException("user must not contain ':' (RFC 7617)");
    }
    HeaderValues.requireNoLineBreaks("user", user);
    Objects.requireNonNull(password, "password");
    String token = Base64.getEncoder()
        .encodeToString((user + ":" + password.reveal()).getBytes(StandardCharsets.UTF_8));
    return new Credentials("basic", "Authorization", Secret.of("Basic " + token), true);
  }

  /**
   * A credential sent as a named header, such as AgentScope's {@code x-user-id}. Identity headers are
   * not secret: they appear in logs, but still never in an exception message.
   *
   * @param name the header name
   * @param value the value, not blank, without control characters (CR, LF, …) or characters past U+00FF
   * @return the credentials
   * @throws IllegalArgumentException if the name or value is blank, or the value contains a control character or
   *     a character past U+00FF (java.net.http cannot send those)
   */
  public static Credentials header(String name, String value) {
    HeaderValues.requireValidName(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be null or blank");
    }
    HeaderValues.requireSendable(name, value);
    return new Credentials("header " + name, name, Secret.of(value), false);
  }

  /**
   * No credentials: requests carry no auth header.
   *
   * @return the empty credentials
   */
  public static Credentials none() {
    return NONE;
  }

  /** Returns whether these credentials add a header at all. */
  public boolean isPresent() {
    return headerName != null;
  }

  /**
   * Returns whether the header value must be redacted in logs (true for bearer and basic).
   *
   * @return whether the value is secret
   */
  public boolean isSensitive() {
    return sensitive;
  }

  /**
   * The header this credential writes, or {@code null} for {@link #none()}.
   *
   * @return the header name
   */
  public String headerName() {
    return headerName;
  }

  /**
   * The header value this credential writes, or {@code null} for {@link #none()}.
   *
   * @return the value
   */
  public Secret headerValue() {
    return headerValue;
  }

  /** Names the scheme, never the value: {@code Credentials[bearer]}. */
  @Override
  public String toString() {
    return "Credentials[" + scheme + "]";
  }
}
