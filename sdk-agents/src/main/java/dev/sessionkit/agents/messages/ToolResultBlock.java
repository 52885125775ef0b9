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
 * What a tool returned: {@code {"type": "tool_result", "id", "name", "output", "state", "metadata",
 * "created_at", "finished_at"}}. The output is text, or a list of text and data blocks. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableToolResultBlock.class)
@JsonDeserialize(builder = ToolResultBlock.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract non-sealed class ToolResultBlock implements ContentBlock {
  /** The block's {@code type} on the wire. */
  public static final String TYPE = "tool_result";

  ToolResultBlock() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The id of the {@link ToolCallBlock} this answers. */
  @JsonProperty("id")
  public abstract String id();

  /** The tool's name. */
  @JsonProperty("name")
  public abstract String name();

  /** The output: text or blocks; empty text when the server sent none. */
  @JsonProperty("output")
  @Value.Default
  public TextOrBlocks output() {
    return TextOrBlocks.empty();
  }

  /** How the call ended, when the server says. */
  @JsonProperty("state")
  public abstract Optional<ToolResultState> state();

  /** Metadata the tool attached to its result (servers since agentscope 2.0.3), in the order sent; empty when none. */
  @JsonProperty("metadata")
  public abstract Map<String, JsonNode> metadata();

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

  /** Builds a {@link ToolResultBlock}; {@code id} and {@code name} are required. Not thread-safe. */
  public static final class Builder extends ImmutableToolResultBlock.Builder {
    Builder() {}
  }
}
