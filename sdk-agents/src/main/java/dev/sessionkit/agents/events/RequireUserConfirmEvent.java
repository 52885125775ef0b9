package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.RequireUserConfirmEventRecord;
import dev.sessionkit.agents.messages.ToolCallBlock;
import java.util.List;

/**
 * The run waits for the user to confirm tool calls. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface RequireUserConfirmEvent extends AgentEvent permits RequireUserConfirmEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "REQUIRE_USER_CONFIRM";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The calls waiting for confirmation; empty when none (or null on the wire). */
  List<ToolCallBlock> toolCalls();
}
