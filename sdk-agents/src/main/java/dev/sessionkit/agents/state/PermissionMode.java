package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * How a session's tool calls are allowed: {@code default}, {@code accept_edits}, {@code explore},
 * {@code bypass} or {@code dont_ask}. An open set: any other value the server sends is kept as given.
 */
public final class PermissionMode extends OpenValue {
  /** Ask for every call unless a rule allows it or it only reads. */
  public static final PermissionMode DEFAULT = new PermissionMode("default", true);
  /** Allow file edits inside the working directories. */
  public static final PermissionMode ACCEPT_EDITS = new PermissionMode("accept_edits", true);
  /** Read only: modifications are denied. */
  public static final PermissionMode EXPLORE = new PermissionMode("explore", true);
  /** Skip the checks, except explicit deny and ask rules. */
  public static final PermissionMode BYPASS = new PermissionMode("bypass", true);
  /** Deny whatever would ask (unattended runs). */
  public static final PermissionMode DONT_ASK = new PermissionMode("dont_ask", true);

  private static final Map<String, PermissionMode> KNOWN = index(DEFAULT, ACCEPT_EDITS, EXPLORE, BYPASS, DONT_ASK);

  private PermissionMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * The mode for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static PermissionMode of(String value) {
    return lookup(KNOWN, value, v -> new PermissionMode(v, false));
  }
}
