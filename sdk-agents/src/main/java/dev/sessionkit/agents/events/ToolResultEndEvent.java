package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.messages.ToolResultState;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A tool ends. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableToolResultEndEvent.class)
@JsonDeserialize(builder = ToolResultEndEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ToolResultEndEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "TOOL_RESULT_END";

  ToolResultEndEvent() {}

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

  /** How the tool ended. */
  @JsonProperty("state")
  public abstract Optional<ToolResultState> state();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ToolResultEndEvent}; {@code replyId} and {@code toolCallId} are required. Not thread-safe. */
  public static final class Builder extends ImmutableToolResultEndEvent.Builder {
    Builder() {}
  }
}
