package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * How a tool call ended: {@code finished}, {@code error}, {@code interrupted}, or still {@code running}. An open
 * set: any other value the server sends is kept as given.
 */
public final class ToolResultState extends OpenValue {
  /** The tool ran to its end. */
  public static final ToolResultState FINISHED = new ToolResultState("finished", true);
  /** The tool failed. */
  public static final ToolResultState ERROR = new ToolResultState("error", true);
  /** The tool was stopped before its end. */
  public static final ToolResultState INTERRUPTED = new ToolResultState("interrupted", true);
  /** The tool is still running (a background tool). */
  public static final ToolResultState RUNNING = new ToolResultState("running", true);

  private static final Map<String, ToolResultState> KNOWN = index(FINISHED, ERROR, INTERRUPTED, RUNNING);

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
