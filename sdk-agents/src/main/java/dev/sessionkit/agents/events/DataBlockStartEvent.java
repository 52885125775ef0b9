package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.DataBlockStartEventRecord;
import java.util.Optional;

/**
 * A data block (an image, audio) starts. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface DataBlockStartEvent extends AgentEvent permits DataBlockStartEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "DATA_BLOCK_START";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the block being streamed; required. */
  String blockId();

  /** The MIME type ({@code image/png}). */
  Optional<String> mediaType();
}
