package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.TextBlockStartEventRecord;

/**
 * A text block starts. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface TextBlockStartEvent extends AgentEvent permits TextBlockStartEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TEXT_BLOCK_START";

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
