package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ReplyEndEventRecord;
import dev.sessionkit.agents.messages.ReplyError;
import dev.sessionkit.agents.messages.ReplyFinishedReason;
import java.util.Optional;

/**
 * The agent ends a reply. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ReplyEndEvent extends AgentEvent permits ReplyEndEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "REPLY_END";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the session, on servers that send it. */
  Optional<String> sessionId();

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /**
   * Why the reply ended, as sent (the server's default is {@code completed}); empty on servers before agentscope
   * 2.0.4, which do not send it.
   */
  Optional<ReplyFinishedReason> finishedReason();

  /**
   * Why the reply failed, when its finished reason is {@link ReplyFinishedReason#ERROR} (servers since agentscope
   * 2.0.5).
   */
  Optional<ReplyError> error();
}
