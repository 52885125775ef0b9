package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * The status of a Syntropic137 session. An open set: a status this SDK does not know is kept as sent
 * ({@link #isKnown()} is then false), never an error.
 *
 * <pre>{@code
 * if (session.status().equals(SessionStatus.FAILED)) { … }
 * }</pre>
 */
public final class SessionStatus extends OpenValue {
  /** Created, not started yet. */
  public static final SessionStatus PENDING = new SessionStatus("pending", true);
  /** Running now. */
  public static final SessionStatus RUNNING = new SessionStatus("running", true);
  /** Ended normally. */
  public static final SessionStatus COMPLETED = new SessionStatus("completed", true);
  /** Ended with an error. */
  public static final SessionStatus FAILED = new SessionStatus("failed", true);
  /** Stopped before it ended. */
  public static final SessionStatus CANCELLED = new SessionStatus("cancelled", true);

  private static final Map<String, SessionStatus> KNOWN = index(PENDING, RUNNING, COMPLETED, FAILED, CANCELLED);

  private SessionStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The status for a text: one of the constants, or a new unknown status.
   *
   * @param value the status as the server sends it
   * @return the status
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static SessionStatus of(String value) {
    return lookup(KNOWN, value, v -> new SessionStatus(v, false));
  }
}
