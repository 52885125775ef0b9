package dev.sessionkit.agents.internal.events;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.agents.events.UnknownEvent;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The value behind {@link UnknownEvent}, which documents it: the event's JSON, kept whole. */
public final class UnknownEventJson implements UnknownEvent {
  private final JsonNode raw;
  private final Instant createdAt;

  /**
   * @param raw the event as sent, not null; copied
   * @param createdAt its {@code created_at} read as an instant, or null when absent or unreadable
   */
  public UnknownEventJson(JsonNode raw, Instant createdAt) {
    this.raw = Objects.requireNonNull(raw, "raw").deepCopy();
    this.createdAt = createdAt;
  }

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

  @Override
  public Map<String, JsonNode> metadata() {
    JsonNode metadata = raw.get("metadata");
    return metadata != null && metadata.isObject() ? fields(metadata) : Map.of();
  }

  @Override
  public Map<String, JsonNode> additionalProperties() {
    Map<String, JsonNode> all = raw.isObject() ? new LinkedHashMap<>(fields(raw)) : new LinkedHashMap<>();
    all.keySet().removeAll(java.util.List.of("type", "id", "created_at", "metadata"));
    return Collections.unmodifiableMap(all);
  }

  // Written back as the JSON it was read from.
  @Override
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
    return o instanceof UnknownEventJson && ((UnknownEventJson) o).raw.equals(raw);
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
