package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ToolCallEndEventRecord;

/**
 * A tool call's arguments are complete. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ToolCallEndEvent extends AgentEvent permits ToolCallEndEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TOOL_CALL_END";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the tool call; required. */
  String toolCallId();
}
