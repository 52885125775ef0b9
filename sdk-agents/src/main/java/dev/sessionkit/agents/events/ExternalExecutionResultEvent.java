package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ExternalExecutionResultEventRecord;
import dev.sessionkit.agents.messages.ToolResultBlock;
import java.util.List;

/**
 * The results of tool calls run outside the server. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ExternalExecutionResultEvent extends AgentEvent permits ExternalExecutionResultEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "EXTERNAL_EXECUTION_RESULT";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** The results; empty when none (or null on the wire). */
  List<ToolResultBlock> executionResults();
}
