package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.messages.ToolCallBlock;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/** The run waits for tool calls to be run outside the server. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRequireExternalExecutionEvent.class)
@JsonDeserialize(builder = RequireExternalExecutionEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class RequireExternalExecutionEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "REQUIRE_EXTERNAL_EXECUTION";

  RequireExternalExecutionEvent() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to. */
  @JsonProperty("reply_id")
  public abstract String replyId();

  /** The calls to run. */
  @JsonProperty("tool_calls")
  public abstract List<ToolCallBlock> toolCalls();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link RequireExternalExecutionEvent}; {@code replyId} is required. Not thread-safe. */
  public static final class Builder extends ImmutableRequireExternalExecutionEvent.Builder {
    Builder() {}
  }
}
