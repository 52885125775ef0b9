package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * When and how an agent compresses its context: the trigger and reserve ratios of the model's window, the
 * compression prompt and summary template, and the cap on a tool result's length. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableContextConfig.class)
@JsonDeserialize(builder = ContextConfig.Builder.class)
public abstract class ContextConfig {
  ContextConfig() {}

  /** The share of the context window that triggers compression ({@code 0.8}). */
  @JsonProperty("trigger_ratio")
  public abstract Optional<BigDecimal> triggerRatio();

  /** The share of the window kept uncompressed ({@code 0.1}). */
  @JsonProperty("reserve_ratio")
  public abstract Optional<BigDecimal> reserveRatio();

  /** The prompt that asks the model for a summary. */
  @JsonProperty("compression_prompt")
  public abstract Optional<String> compressionPrompt();

  /** The template the summary is put into. */
  @JsonProperty("summary_template")
  public abstract Optional<String> summaryTemplate();

  /** The JSON schema of the summary, as sent. */
  @JsonProperty("summary_schema")
  public abstract Optional<JsonNode> summarySchema();

  /** The longest tool result kept in context, in characters. */
  @JsonProperty("tool_result_limit")
  public abstract Optional<Integer> toolResultLimit();

  /** How many images the context keeps, on servers that send it. */
  @JsonProperty("max_image_num")
  public abstract Optional<Integer> maxImageNum();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this value */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ContextConfig}. Not thread-safe. */
  public static final class Builder extends ImmutableContextConfig.Builder {
    Builder() {}
  }
}
