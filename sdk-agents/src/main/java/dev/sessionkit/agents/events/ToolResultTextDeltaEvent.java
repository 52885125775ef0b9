package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ToolResultTextDeltaEventRecord;

/**
 * More text of a tool's output. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ToolResultTextDeltaEvent extends AgentEvent permits ToolResultTextDeltaEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TOOL_RESULT_TEXT_DELTA";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the tool call; required. */
  String toolCallId();

  /** The new text; required. */
  String delta();
}
