package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ExceedMaxItersEventRecord;
import java.util.Optional;

/**
 * The reply reached its iteration limit (deprecated on the server in favour of
 * {@link ReplyEndEvent#finishedReason()}). {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ExceedMaxItersEvent extends AgentEvent permits ExceedMaxItersEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "EXCEED_MAX_ITERS";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The name of the agent. */
  Optional<String> name();
}
