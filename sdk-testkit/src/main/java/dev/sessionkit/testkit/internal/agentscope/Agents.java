package dev.sessionkit.testkit.internal.agentscope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The agent records, per owner, in the order they were added. Not thread-safe: the seed fills it before the
 * fake starts, then the store keeps it under its lock.
 */
final class Agents {
  private final Map<String, List<ObjectNode>> byUser = new LinkedHashMap<>();

  /**
   * Adds an agent record to its {@code user_id}'s.
   *
   * @throws IllegalArgumentException when that user already owns an agent with its id
   */
  void add(ObjectNode agent) {
    String userId = agent.path("user_id").asText();
    String agentId = agent.path("id").asText();
    if (find(userId, agentId) != null) {
      throw new IllegalArgumentException("user " + userId + " already owns agent " + agentId);
    }
    byUser.computeIfAbsent(userId, k -> new ArrayList<>()).add(agent);
  }

  /** The user's agent with this id, or null. */
  ObjectNode find(String userId, String agentId) {
    for (ObjectNode a : of(userId)) {
      if (a.path("id").asText().equals(agentId)) {
        return a;
      }
    }
    return null;
  }

  /** The user's agents, oldest first; empty for an unknown user. The records are the store's. */
  List<ObjectNode> of(String userId) {
    return byUser.getOrDefault(userId, List.of());
  }

  /** The users who own an agent, in the order they got their first. */
  List<String> userIds() {
    return List.copyOf(byUser.keySet());
  }

  /** The ids of the user's agents, oldest first. */
  List<String> ids(String userId) {
    return of(userId).stream().map(a -> a.path("id").asText()).toList();
  }
}
