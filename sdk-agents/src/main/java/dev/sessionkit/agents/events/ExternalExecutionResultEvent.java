package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.messages.ToolResultBlock;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/** The results of tool calls run outside the server. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableExternalExecutionResultEvent.class)
@JsonDeserialize(builder = ExternalExecutionResultEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ExternalExecutionResultEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "EXTERNAL_EXECUTION_RESULT";

  ExternalExecutionResultEvent() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to. */
  @JsonProperty("reply_id")
  public abstract String replyId();

  /** The results. */
  @JsonProperty("execution_results")
  public abstract List<ToolResultBlock> executionResults();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ExternalExecutionResultEvent}; {@code replyId} is required. Not thread-safe. */
  public static final class Builder extends ImmutableExternalExecutionResultEvent.Builder {
    Builder() {}
  }
}
