package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.DataBlockEndEventRecord;

/**
 * A data block ends. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface DataBlockEndEvent extends AgentEvent permits DataBlockEndEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "DATA_BLOCK_END";

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
