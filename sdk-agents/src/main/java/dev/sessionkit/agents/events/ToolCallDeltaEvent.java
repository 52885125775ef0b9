package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ToolCallDeltaEventRecord;

/**
 * More of a tool call's arguments. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ToolCallDeltaEvent extends AgentEvent permits ToolCallDeltaEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TOOL_CALL_DELTA";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the tool call; required. */
  String toolCallId();

  /** The next piece of the arguments' JSON text; required. */
  String delta();
}
