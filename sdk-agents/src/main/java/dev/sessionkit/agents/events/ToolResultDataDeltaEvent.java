package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ToolResultDataDeltaEventRecord;
import java.util.Optional;

/**
 * A data block of a tool's output. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ToolResultDataDeltaEvent extends AgentEvent permits ToolResultDataDeltaEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "TOOL_RESULT_DATA_DELTA";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The id of the tool call; required. */
  String toolCallId();

  /** The id of the data block. */
  Optional<String> blockId();

  /** The MIME type. */
  Optional<String> mediaType();

  /** Base64 data (or else {@link #url()}). */
  Optional<String> data();

  /** A URL to the data (or else {@link #data()}). */
  Optional<String> url();
}
