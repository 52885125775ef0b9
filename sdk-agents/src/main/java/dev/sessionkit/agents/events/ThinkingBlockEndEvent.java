package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import org.immutables.value.Value;

/** A thinking block ends. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableThinkingBlockEndEvent.class)
@JsonDeserialize(builder = ThinkingBlockEndEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ThinkingBlockEndEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "THINKING_BLOCK_END";

  ThinkingBlockEndEvent() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to. */
  @JsonProperty("reply_id")
  public abstract String replyId();

  /** The id of the block being streamed. */
  @JsonProperty("block_id")
  public abstract String blockId();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ThinkingBlockEndEvent}; {@code replyId} and {@code blockId} are required. Not thread-safe. */
  public static final class Builder extends ImmutableThinkingBlockEndEvent.Builder {
    Builder() {}
  }
}
