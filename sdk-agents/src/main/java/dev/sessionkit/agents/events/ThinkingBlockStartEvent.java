package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ThinkingBlockStartEventRecord;

/**
 * A thinking block starts. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ThinkingBlockStartEvent extends AgentEvent permits ThinkingBlockStartEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "THINKING_BLOCK_START";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the block being streamed; required. */
  String blockId();
}
