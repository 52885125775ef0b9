package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ToolResultEndEventRecord;
import dev.sessionkit.agents.messages.ToolResultState;
import java.util.Optional;

/**
 * A tool ends. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ToolResultEndEvent extends AgentEvent permits ToolResultEndEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TOOL_RESULT_END";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the tool call; required. */
  String toolCallId();

  /** How the tool ended. */
  Optional<ToolResultState> state();
}
