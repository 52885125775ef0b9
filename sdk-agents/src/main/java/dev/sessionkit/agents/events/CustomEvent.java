package dev.sessionkit.agents.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.agents.internal.events.CustomEventRecord;
import java.util.Map;

/**
 * A service notification ({@code state_updated}, {@code team_updated}, …). {@code type} {@value #TYPE}.
 * Immutable.
 */
public sealed interface CustomEvent extends AgentEvent permits CustomEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "CUSTOM";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The kind of notification; required. */
  String name();

  /** Its payload, as sent; empty when none (or null on the wire). */
  Map<String, JsonNode> value();
}
