package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * Where a tool call stands ({@link ToolCallBlock#state()}): {@code pending}, {@code asking}, {@code allowed},
 * {@code submitted} or {@code finished}. A call starts {@code pending}; the permission check makes it
 * {@code asking} (waiting for the user), {@code allowed} or, when denied, {@code finished}; an allowed call runs
 * and is {@code finished}, or is {@code submitted} to be run outside the server until its result arrives. An
 * open set: any other value the server sends is kept as given.
 */
public final class ToolCallState extends OpenValue {
  /** Not yet through the permission check. */
  public static final ToolCallState PENDING = new ToolCallState("pending", true);
  /** Waiting for the user to confirm it. */
  public static final ToolCallState ASKING = new ToolCallState("asking", true);
  /** Allowed, waiting to run. */
  public static final ToolCallState ALLOWED = new ToolCallState("allowed", true);
  /** Handed to an external executor; waiting for its result. */
  public static final ToolCallState SUBMITTED = new ToolCallState("submitted", true);
  /** Done: run, denied, or refused for bad input. */
  public static final ToolCallState FINISHED = new ToolCallState("finished", true);

  private static final Map<String, ToolCallState> KNOWN = index(PENDING, ASKING, ALLOWED, SUBMITTED, FINISHED);

  private ToolCallState(String value, boolean known) {
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
  public static ToolCallState of(String value) {
    return lookup(KNOWN, value, v -> new ToolCallState(v, false));
  }
}
