package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ReplyStartEventRecord;
import dev.sessionkit.agents.messages.MessageRole;
import java.util.Optional;

/**
 * The agent starts a reply. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ReplyStartEvent extends AgentEvent permits ReplyStartEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "REPLY_START";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the session, on servers that send it. */
  Optional<String> sessionId();

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The name of the agent replying. */
  Optional<String> name();

  /** The role of the reply, {@code assistant} unless the server says otherwise. */
  Optional<MessageRole> role();
}
