package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.messages.TextOrBlocks;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A whole hint block (a team message, a background result), sent at once. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHintBlockEvent.class)
@JsonDeserialize(builder = HintBlockEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class HintBlockEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "HINT_BLOCK";

  HintBlockEvent() {}

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

  /** Who or what the hint comes from. */
  @JsonProperty("source")
  public abstract Optional<String> source();

  /** The hint: text or blocks. */
  @JsonProperty("hint")
  @Value.Default
  public TextOrBlocks hint() {
    return TextOrBlocks.empty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link HintBlockEvent}; {@code replyId} and {@code blockId} are required. Not thread-safe. */
  public static final class Builder extends ImmutableHintBlockEvent.Builder {
    Builder() {}
  }
}
