package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** More of a data block: base64 data or a URL. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableDataBlockDeltaEvent.class)
@JsonDeserialize(builder = DataBlockDeltaEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class DataBlockDeltaEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "DATA_BLOCK_DELTA";

  DataBlockDeltaEvent() {}

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

  /** The MIME type. */
  @JsonProperty("media_type")
  public abstract Optional<String> mediaType();

  /** More base64 data (or else {@link #url()}). */
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

  /** Builds a {@link DataBlockDeltaEvent}; {@code replyId} and {@code blockId} are required. Not thread-safe. */
  public static final class Builder extends ImmutableDataBlockDeltaEvent.Builder {
    Builder() {}
  }
}
