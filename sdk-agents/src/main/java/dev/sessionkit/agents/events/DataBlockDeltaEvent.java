package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.DataBlockDeltaEventRecord;
import java.util.Optional;

/**
 * More of a data block: base64 data or a URL. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface DataBlockDeltaEvent extends AgentEvent permits DataBlockDeltaEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "DATA_BLOCK_DELTA";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the block being streamed; required. */
  String blockId();

  /** The MIME type. */
  Optional<String> mediaType();

  /** More base64 data (or else {@link #url()}). */
  Optional<String> data();

  /** A URL to the data (or else {@link #data()}). */
  Optional<String> url();
}
