package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The tokens one message took: {@code {"input_tokens", "output_tokens", "cache_input_tokens",
 * "cache_creation_input_tokens"}} (the cache counts since agentscope@63e64ae, August 2026; 0 before). Immutable.
 *
 * <p>The counts are the model provider's, unchanged: whether {@code input_tokens} includes the cached tokens
 * depends on the provider (OpenAI's prompt tokens do, Anthropic's input tokens do not).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableMessageUsage.class)
@JsonDeserialize(builder = MessageUsage.Builder.class)
public abstract class MessageUsage {
  MessageUsage() {}

  /** Input (prompt) tokens; 0 when not sent. */
  @JsonProperty("input_tokens")
  @Value.Default
  public long inputTokens() {
    return 0;
  }

  /** Output (completion) tokens; 0 when not sent. */
  @JsonProperty("output_tokens")
  @Value.Default
  public long outputTokens() {
    return 0;
  }

  /** Input tokens read from the prompt cache; 0 when not sent. */
  @JsonProperty("cache_input_tokens")
  @Value.Default
  public long cacheInputTokens() {
    return 0;
  }

  /** Input tokens written to the prompt cache; 0 when not sent. */
  @JsonProperty("cache_creation_input_tokens")
  @Value.Default
  public long cacheCreationInputTokens() {
    return 0;
  }

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this usage */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link MessageUsage}. Not thread-safe. */
  public static final class Builder extends ImmutableMessageUsage.Builder {
    Builder() {}
  }
}
