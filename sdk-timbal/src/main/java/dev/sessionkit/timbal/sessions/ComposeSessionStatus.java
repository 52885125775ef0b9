package dev.sessionkit.timbal.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * The status of a compose session: an open set. The known values are constants; any other value the
 * server sends is kept as given ({@link #isKnown()} is false), never an error.
 */
public final class ComposeSessionStatus extends OpenValue {
  /** The session is working on a prompt. */
  public static final ComposeSessionStatus ACTIVE = new ComposeSessionStatus("active", true);
  /** The session waits for the next prompt. */
  public static final ComposeSessionStatus IDLE = new ComposeSessionStatus("idle", true);

  private static final Map<String, ComposeSessionStatus> KNOWN = index(ACTIVE, IDLE);

  private ComposeSessionStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * The status for a value: the constant when it is known, else a new unknown status.
   *
   * @param value the status as the server sends it
   * @return the status
   * @throws NullPointerException if the value is null
   */
  @JsonCreator
  public static ComposeSessionStatus of(String value) {
    return lookup(KNOWN, value, v -> new ComposeSessionStatus(v, false));
  }
}
