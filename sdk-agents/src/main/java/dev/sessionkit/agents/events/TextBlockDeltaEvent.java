package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.TextBlockDeltaEventRecord;

/**
 * More text of a text block. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface TextBlockDeltaEvent extends AgentEvent permits TextBlockDeltaEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TEXT_BLOCK_DELTA";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the block being streamed; required. */
  String blockId();

  /** The new text; required. */
  String delta();
}
