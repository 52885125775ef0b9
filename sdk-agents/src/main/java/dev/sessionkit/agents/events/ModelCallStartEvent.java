package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ModelCallStartEventRecord;
import java.util.Optional;

/**
 * The agent calls its model. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ModelCallStartEvent extends AgentEvent permits ModelCallStartEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "MODEL_CALL_START";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The model called. */
  Optional<String> modelName();
}
