package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * The status of a Timbal run: an open set. The known values are constants; any other value the server
 * sends is kept as given ({@link #isKnown()} is false), never an error.
 *
 * <pre>{@code
 * if (run.status().equals(RunStatus.ERROR)) { … }
 * }</pre>
 */
public final class RunStatus extends OpenValue {
  /** Still executing. */
  public static final RunStatus RUNNING = new RunStatus("running", true);
  /** Finished without error. */
  public static final RunStatus SUCCESS = new RunStatus("success", true);
  /** Finished with an error. */
  public static final RunStatus ERROR = new RunStatus("error", true);
  /** Cancelled before it finished. */
  public static final RunStatus CANCELLED = new RunStatus("cancelled", true);
  /** Stopped for taking too long. */
  public static final RunStatus TIMEOUT = new RunStatus("timeout", true);

  private static final Map<String, RunStatus> KNOWN = index(RUNNING, SUCCESS, ERROR, CANCELLED, TIMEOUT);

  private RunStatus(String value, boolean known) {
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
  public static RunStatus of(String value) {
    return lookup(KNOWN, value, v -> new RunStatus(v, false));
  }
}
