package dev.sessionkit.testkit.internal.timbal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/**
 * One stored compose session: its JSON as the list serves it, and its messages, which only the detail adds.
 *
 * @param json the session; the store's, never handed out
 * @param messages its messages; the store's, never handed out
 */
public record StoredSession(ObjectNode json, ArrayNode messages) {
  /** The session id. */
  public String id() {
    return json.path("id").asText();
  }

  /** The creation time; a raw session without a readable one sorts oldest. */
  public Instant createdAt() {
    return StoredRun.instantOrEpoch(json);
  }
}
