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

/**
 * The model's reasoning: {@code {"type": "thinking", "thinking", "id", "created_at", "finished_at"}}. A model's own
 * fields (Anthropic's {@code signature}, {@code redacted_thinking_data}) are in {@link #additionalProperties()}.
 * Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableThinkingBlock.class)
@JsonDeserialize(builder = ThinkingBlock.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract non-sealed class ThinkingBlock implements ContentBlock {
  /** The block's {@code type} on the wire. */
  public static final String TYPE = "thinking";

  ThinkingBlock() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The reasoning text. */
  @JsonProperty("thinking")
  public abstract String thinking();

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

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this block */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ThinkingBlock}; {@code thinking} is required. Not thread-safe. */
  public static final class Builder extends ImmutableThinkingBlock.Builder {
    Builder() {}
  }
}
