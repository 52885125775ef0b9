package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.UserInterruptEventRecord;

/**
 * The user interrupted a reply that was waiting. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface UserInterruptEvent extends AgentEvent permits UserInterruptEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "USER_INTERRUPT";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();
}
