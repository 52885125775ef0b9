package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A block of text: {@code {"type": "text", "text", "id", "created_at", "finished_at"}}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTextBlock.class)
@JsonDeserialize(builder = TextBlock.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract non-sealed class TextBlock implements ContentBlock {
  /** The block's {@code type} on the wire. */
  public static final String TYPE = "text";

  TextBlock() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The text. */
  @JsonProperty("text")
  public abstract String text();

  /** The block's id, when the server gave it one. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /**
   * When the block was created, on servers that send it (agentscope 2.0.6 and later); a naive time, read in the
   * client's server time zone.
   */
  @JsonProperty("created_at")
  public abstract Optional<Instant> createdAt();

  /**
   * When the block was complete, on servers that send it (agentscope 2.0.6 and later); a naive time, read in the
   * client's server time zone.
   */
  @JsonProperty("finished_at")
  public abstract Optional<Instant> finishedAt();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * A text block with no id, such as the content of a message to send.
   *
   * @param text the text, not null
   * @return the block
   */
  public static TextBlock of(String text) {
    return builder().text(text).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this block */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link TextBlock}; {@code text} is required. Not thread-safe. */
  public static final class Builder extends ImmutableTextBlock.Builder {
    Builder() {}
  }
}
