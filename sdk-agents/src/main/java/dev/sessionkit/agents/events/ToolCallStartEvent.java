package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ToolCallStartEventRecord;
import java.util.Optional;

/**
 * The model starts a tool call. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ToolCallStartEvent extends AgentEvent permits ToolCallStartEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TOOL_CALL_START";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the tool call; required. */
  String toolCallId();

  /** The tool's name. */
  Optional<String> toolCallName();
}
