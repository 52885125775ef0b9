package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.UserConfirmResultEventRecord;
import java.util.List;

/**
 * The user answered a confirmation request. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface UserConfirmResultEvent extends AgentEvent permits UserConfirmResultEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "USER_CONFIRM_RESULT";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** One answer per tool call; empty when none (or null on the wire). */
  List<ConfirmResult> confirmResults();
}
