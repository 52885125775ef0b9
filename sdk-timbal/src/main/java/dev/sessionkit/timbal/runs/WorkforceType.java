package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * What kind of component a workforce is (Timbal's {@code AppType}): an open set. Timbal itself reads the
 * field tolerantly and sends {@code unknown} for a kind it has dropped; any other value the server sends is
 * kept as given ({@link #isKnown()} is false), never an error.
 */
public final class WorkforceType extends OpenValue {
  /** An agent. */
  public static final WorkforceType AGENT = new WorkforceType("agent", true);
  /** A workflow. */
  public static final WorkforceType WORKFLOW = new WorkforceType("workflow", true);
  /** Timbal's own catch-all for a kind its API does not name. */
  public static final WorkforceType UNKNOWN = new WorkforceType("unknown", true);

  private static final Map<String, WorkforceType> KNOWN = index(AGENT, WORKFLOW, UNKNOWN);

  private WorkforceType(String value, boolean known) {
    super(value, known);
  }

  /**
   * The type for a value: the constant when it is known, else a new unknown type.
   *
   * @param value the type as the server sends it
   * @return the type
   * @throws NullPointerException if the value is null
   */
  @JsonCreator
  public static WorkforceType of(String value) {
    return lookup(KNOWN, value, v -> new WorkforceType(v, false));
  }
}
