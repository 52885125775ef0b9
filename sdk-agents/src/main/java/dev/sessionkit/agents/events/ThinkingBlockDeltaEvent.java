package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ThinkingBlockDeltaEventRecord;

/**
 * More reasoning of a thinking block. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ThinkingBlockDeltaEvent extends AgentEvent permits ThinkingBlockDeltaEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "THINKING_BLOCK_DELTA";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the block being streamed; required. */
  String blockId();

  /** The new reasoning text; required. */
  String delta();
}
