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
 * An instruction put in front of the model during a run (a team message, a background tool's result, a
 * user interruption): {@code {"type": "hint", "hint", "source", "id", "created_at", "finished_at"}}. The hint is
 * text, or on
 * newer servers a list of text and data blocks. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableHintBlock.class)
@JsonDeserialize(builder = HintBlock.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract non-sealed class HintBlock implements ContentBlock {
  /** The block's {@code type} on the wire. */
  public static final String TYPE = "hint";

  HintBlock() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The hint: text, or a list of blocks. */
  @JsonProperty("hint")
  public abstract TextOrBlocks hint();

  /** Who or what the hint comes from ({@code alice}, {@code system}, a JSON description), when sent. */
  @JsonProperty("source")
  public abstract Optional<String> source();

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

  /** Builds a {@link HintBlock}; {@code hint} is required. Not thread-safe. */
  public static final class Builder extends ImmutableHintBlock.Builder {
    Builder() {}
  }
}
