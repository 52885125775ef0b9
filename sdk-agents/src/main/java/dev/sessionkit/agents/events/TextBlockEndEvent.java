package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.TextBlockEndEventRecord;

/**
 * A text block ends. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface TextBlockEndEvent extends AgentEvent permits TextBlockEndEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TEXT_BLOCK_END";

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
