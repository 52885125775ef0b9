package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/** A service notification ({@code state_updated}, {@code team_updated}, …). {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCustomEvent.class)
@JsonDeserialize(builder = CustomEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class CustomEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "CUSTOM";

  CustomEvent() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The kind of notification. */
  @JsonProperty("name")
  public abstract String name();

  /** Its payload, as sent. */
  @JsonProperty("value")
  public abstract Map<String, JsonNode> value();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link CustomEvent}; {@code name} is required. Not thread-safe. */
  public static final class Builder extends ImmutableCustomEvent.Builder {
    Builder() {}
  }
}
