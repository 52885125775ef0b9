package dev.sessionkit.agents.events;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.agents.internal.events.UnknownEventJson;
import java.util.Map;

/**
 * An event this SDK version cannot type: its {@code type} is unknown, or it lacks a field its type needs.
 * The JSON is kept whole in {@link #raw()}; written back as the same JSON. Immutable.
 *
 * <p>Read as {@code UnknownEvent} directly ({@code mapper.readValue(json, UnknownEvent.class)}), any JSON is
 * kept this way, even that of a type the SDK knows.
 */
public sealed interface UnknownEvent extends AgentEvent permits UnknownEventJson {
  /** The {@code type} field as sent, or an empty string when there is none. */
  @Override
  String type();

  /** The {@code metadata} object's fields, or empty when it is absent or not an object. */
  @Override
  Map<String, JsonNode> metadata();

  /** Every field of the event but {@code type}, {@code id}, {@code created_at} and {@code metadata}. */
  @Override
  Map<String, JsonNode> additionalProperties();

  /**
   * The event as the server sent it.
   *
   * @return a copy of the JSON, safe to change
   */
  JsonNode raw();
}
