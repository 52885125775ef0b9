package dev.sessionkit.testkit.internal.agentscope;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Times;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The AgentScope server's two clocks, both written as naive times: the host's ({@code datetime.now()}) for
 * messages, blocks, events and tasks, and the storage's for session, agent and team records (the SQL storage
 * writes UTC, the Redis storage the host's zone).
 *
 * @param server the host's zone
 * @param storage the storage's zone
 */
public record Zones(ZoneId server, ZoneId storage) {
  /** A time of the host's clock: messages, blocks, events, tasks. */
  public String naive(Instant t) {
    return Times.pythonNaiveIso(t, server);
  }

  /** A time the storage writes on a record (sessions, agents, teams). */
  public String stored(Instant t) {
    return Times.pythonNaiveIso(t, storage);
  }

  /** Reads back a host time written by {@link #naive}. */
  public Instant instant(ObjectNode node, String field) {
    return LocalDateTime.parse(node.path(field).asText()).atZone(server).toInstant();
  }
}
