package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * A session's status on newer servers: {@code running}, {@code idle}, {@code awaiting_permission}
 * or {@code awaiting_external_result}. An open set: any other value the server sends is kept as given.
 */
public final class SessionStatus extends OpenValue {
  /** A worker is running the session. */
  public static final SessionStatus RUNNING = new SessionStatus("running", true);
  /** Nothing is running. */
  public static final SessionStatus IDLE = new SessionStatus("idle", true);
  /** Parked on a tool call that waits for the user's confirmation. */
  public static final SessionStatus AWAITING_PERMISSION = new SessionStatus("awaiting_permission", true);
  /** Parked on a tool call run outside the server. */
  public static final SessionStatus AWAITING_EXTERNAL_RESULT = new SessionStatus("awaiting_external_result", true);

  private static final Map<String, SessionStatus> KNOWN = index(RUNNING, IDLE, AWAITING_PERMISSION, AWAITING_EXTERNAL_RESULT);

  private SessionStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The status for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static SessionStatus of(String value) {
    return lookup(KNOWN, value, v -> new SessionStatus(v, false));
  }
}
