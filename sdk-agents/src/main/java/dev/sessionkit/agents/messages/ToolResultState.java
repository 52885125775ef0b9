package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * How a tool call ended: {@code success}, {@code error}, {@code interrupted}, {@code denied}, or still
 * {@code running}, as every agentscope 2.0 server sends it. An open set: any other value the server sends is kept
 * as given.
 */
public final class ToolResultState extends OpenValue {
  /** The tool ran to its end. */
  public static final ToolResultState SUCCESS = new ToolResultState("success", true);
  /** The tool failed. */
  public static final ToolResultState ERROR = new ToolResultState("error", true);
  /** The tool was stopped before its end. */
  public static final ToolResultState INTERRUPTED = new ToolResultState("interrupted", true);
  /** The call was not allowed to run (a permission rule or the user said no). */
  public static final ToolResultState DENIED = new ToolResultState("denied", true);
  /** The tool is still running (the server's default, and a background tool's state). */
  public static final ToolResultState RUNNING = new ToolResultState("running", true);

  private static final Map<String, ToolResultState> KNOWN = index(SUCCESS, ERROR, INTERRUPTED, DENIED, RUNNING);

  private ToolResultState(String value, boolean known) {
    super(value, known);
  }

  /**
   * The state for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static ToolResultState of(String value) {
    return lookup(KNOWN, value, v -> new ToolResultState(v, false));
  }
}
