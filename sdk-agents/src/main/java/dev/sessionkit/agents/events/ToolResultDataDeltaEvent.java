package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A data block of a tool's output. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableToolResultDataDeltaEvent.class)
@JsonDeserialize(builder = ToolResultDataDeltaEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ToolResultDataDeltaEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "TOOL_RESULT_DATA_DELTA";

  ToolResultDataDeltaEvent() {}

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

  /** The id of the data block. */
  @JsonProperty("block_id")
  public abstract Optional<String> blockId();

  /** The MIME type. */
  @JsonProperty("media_type")
  public abstract Optional<String> mediaType();

  /** Base64 data (or else {@link #url()}). */
  @JsonProperty("data")
  public abstract Optional<String> data();

  /** A URL to the data (or else {@link #data()}). */
  @JsonProperty("url")
  public abstract Optional<String> url();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ToolResultDataDeltaEvent}; {@code replyId} and {@code toolCallId} are required. Not thread-safe. */
  public static final class Builder extends ImmutableToolResultDataDeltaEvent.Builder {
    Builder() {}
  }
}
