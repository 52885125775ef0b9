package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ToolResultStartEventRecord;
import java.util.Optional;

/**
 * A tool starts running. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ToolResultStartEvent extends AgentEvent permits ToolResultStartEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TOOL_RESULT_START";

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
