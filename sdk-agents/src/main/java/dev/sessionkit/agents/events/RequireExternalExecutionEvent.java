package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.RequireExternalExecutionEventRecord;
import dev.sessionkit.agents.messages.ToolCallBlock;
import java.util.List;

/**
 * The run waits for tool calls to be run outside the server. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface RequireExternalExecutionEvent extends AgentEvent permits RequireExternalExecutionEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "REQUIRE_EXTERNAL_EXECUTION";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The calls to run; empty when none (or null on the wire). */
  List<ToolCallBlock> toolCalls();
}
