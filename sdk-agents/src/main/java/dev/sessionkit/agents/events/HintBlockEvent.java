package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.HintBlockEventRecord;
import dev.sessionkit.agents.messages.TextOrBlocks;
import java.util.Optional;

/**
 * A whole hint block (a team message, a background result), sent at once. {@code type} {@value #TYPE}.
 * Immutable.
 */
public sealed interface HintBlockEvent extends AgentEvent permits HintBlockEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "HINT_BLOCK";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the block being streamed; required. */
  String blockId();

  /** Who or what the hint comes from. */
  Optional<String> source();

  /** The hint: text or blocks; empty when not sent (or null on the wire). */
  TextOrBlocks hint();
}
