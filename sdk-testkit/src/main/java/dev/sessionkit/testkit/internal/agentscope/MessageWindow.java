package dev.sessionkit.testkit.internal.agentscope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import java.util.List;

/**
 * Which of a session's messages (oldest first) one page of {@code GET /sessions/{id}/messages} holds.
 *
 * @param start the index of the page's first message
 * @param end the index after its last; {@code start == end} for an empty page
 */
record MessageWindow(int start, int end) {
  /**
   * A page as AgentScope 2.0.4.post1 and newer cut one: the {@code limit} messages just before the one with id
   * {@code before}, or the latest {@code limit} when there is no cursor. An unknown cursor is an empty last page
   * (nothing is before it).
   *
   * @param messages the session's messages, oldest first
   * @param before a message id, or null for the latest page
   * @param limit the page size, at least 1
   */
  static MessageWindow before(List<ObjectNode> messages, String before, int limit) {
    int end = before == null ? messages.size() : indexOf(messages, before);
    return new MessageWindow(Math.max(0, end - limit), end);
  }

  /**
   * A page as servers before 2.0.4.post1 cut one: {@code limit} messages from the {@code offset}-th, oldest
   * first; past the end, empty.
   *
   * @param size how many messages the session has
   * @param offset where the page starts, zero or more
   * @param limit the page size, at least 1
   */
  static MessageWindow fromOffset(int size, int offset, int limit) {
    // In long: the offset can be as large as an int, and the sum must not wrap.
    int end = (int) Math.min(size, (long) offset + limit);
    return new MessageWindow(Math.min(offset, end), end);
  }

  /** Whether the session has older messages than this page's (the newer servers' {@code has_more}). */
  boolean hasMore() {
    return start > 0;
  }

  /** Where a message is in the session, or 0 (nothing before it) when the cursor is unknown. */
  private static int indexOf(List<ObjectNode> messages, String id) {
    for (int i = 0; i < messages.size(); i++) {
      if (id.equals(Json.text(messages.get(i), "id"))) {
        return i;
      }
    }
    return 0;
  }
}
