package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import org.immutables.value.Value;

/** More of a tool call's arguments. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableToolCallDeltaEvent.class)
@JsonDeserialize(builder = ToolCallDeltaEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ToolCallDeltaEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "TOOL_CALL_DELTA";

  ToolCallDeltaEvent() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to. */
  @JsonProperty("reply_id")
  public abstract String replyId();

  /** The id of the tool call. */
  @JsonProperty("tool_call_id")
  public abstract String toolCallId();

  /** The next piece of the arguments' JSON text. */
  @JsonProperty("delta")
  public abstract String delta();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ToolCallDeltaEvent}; {@code replyId} and {@code toolCallId} and {@code delta} are required. Not thread-safe. */
  public static final class Builder extends ImmutableToolCallDeltaEvent.Builder {
    Builder() {}
  }
}
