package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An event this SDK version cannot type: its {@code type} is unknown, or it lacks a field its type needs.
 * The JSON is kept whole in {@link #raw()}; written back as the same JSON. Immutable.
 */
public final class UnknownEvent implements AgentEvent {
  private final JsonNode raw;
  private final Instant createdAt;

  /**
   * @param raw the event as sent, not null
   * @param createdAt its {@code created_at} read as an instant, or null when absent or unreadable
   */
  public UnknownEvent(JsonNode raw, Instant createdAt) {
    this.raw = Objects.requireNonNull(raw, "raw").deepCopy();
    this.createdAt = createdAt;
  }

  /** The {@code type} field as sent, or an empty string when there is none. */
  @Override
  public String type() {
    return text("type").orElse("");
  }

  @Override
  public Optional<String> id() {
    return text("id");
  }

  @Override
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /** The {@code metadata} object's fields, or empty when it is absent or not an object. */
  @Override
  public Map<String, JsonNode> metadata() {
    JsonNode metadata = raw.get("metadata");
    return metadata != null && metadata.isObject() ? fields(metadata) : Map.of();
  }

  /** Every field of the event but {@code type}, {@code id}, {@code created_at} and {@code metadata}. */
  @Override
  public Map<String, JsonNode> additionalProperties() {
    Map<String, JsonNode> all = raw.isObject() ? new LinkedHashMap<>(fields(raw)) : new LinkedHashMap<>();
    all.keySet().removeAll(java.util.List.of("type", "id", "created_at", "metadata"));
    return Collections.unmodifiableMap(all);
  }

  /**
   * The event as the server sent it.
   *
   * @return a copy of the JSON, safe to change
   */
  @JsonValue
  public JsonNode raw() {
    return raw.deepCopy();
  }

  private Optional<String> text(String field) {
    JsonNode n = raw.get(field);
    return n != null && n.isValueNode() && !n.isNull() ? Optional.of(n.asText()) : Optional.empty();
  }

  private static Map<String, JsonNode> fields(JsonNode object) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), e.getValue().deepCopy()));
    return Collections.unmodifiableMap(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownEvent && ((UnknownEvent) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "UnknownEvent" + raw;
  }
}
