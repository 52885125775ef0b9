package dev.sessionkit.testkit.internal.agentscope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * A session and what only the fake knows about it: owner, messages, the run in progress. Mutable, and only
 * ever touched under the store's lock; nothing of it leaves the store uncopied but the immutable run a stream
 * plays.
 */
final class StoredSession {
  final String userId;
  final String agentId;
  /** The record as the storage holds it; its {@code state.context} is filled from {@link #messages} when served. */
  final ObjectNode record;
  /** The list view's {@code team}, or null for a session of no team. */
  final ObjectNode team;
  /** Oldest first; mutable. */
  final List<ObjectNode> messages;
  /** The run in progress, or null when idle. */
  ScriptedRun run;

  StoredSession(String userId, String agentId, ObjectNode record, ObjectNode team, List<ObjectNode> messages) {
    this.userId = userId;
    this.agentId = agentId;
    this.record = record;
    this.team = team;
    this.messages = messages;
  }

  String id() {
    return record.path("id").asText();
  }
}
