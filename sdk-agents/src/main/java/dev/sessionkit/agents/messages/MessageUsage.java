package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.usage.TokenUsage;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The tokens one message took: {@code {"input_tokens", "output_tokens", "cache_input_tokens",
 * "cache_creation_input_tokens"}} (the cache counts since agentscope@63e64ae, August 2026; 0 before). Immutable.
 *
 * <p>The counts are the model provider's, unchanged, summed over the reply's model calls: whether
 * {@code input_tokens} includes the cached tokens depends on the provider (OpenAI's prompt tokens do, Anthropic's
 * input tokens do not). {@link #tokens()} reads them without counting a token twice.
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

  /**
   * The usage in the cross-vendor form, whose {@link TokenUsage#input() input} leaves out cache reads and writes,
   * so that input, cache reads and cache writes add up to the whole prompt with no token counted twice.
   *
   * <p>No message says which provider produced it (the session's {@code chat_model_config.type} is a free label:
   * the server picks the model from the credential), so the counts themselves decide. Of AgentScope's model
   * wrappers, only Anthropic's reports an {@code input_tokens} without the cache reads, and it is the only one
   * that reports cache writes; the others (OpenAI chat and responses, DashScope, DeepSeek, Gemini, Moonshot,
   * xAI) report the prompt tokens including the cache reads, and Ollama reports no cache. So a usage with cache
   * writes, or with more cache reads than input (impossible when input includes them), is read as Anthropic's and
   * its input kept; any other has its cache reads taken out of its input. The Agent Service asks Anthropic to
   * cache nothing (it sends no {@code cache_control}), so an Anthropic reply reports no cache tokens there, and
   * the two readings agree. A reply whose model calls went to Anthropic and to another provider (the session's
   * fallback model) may be read the wrong way round. A negative count (a server's "unknown") counts as 0.
   *
   * @return input without cache tokens, output, cache writes and cache reads
   */
  public TokenUsage tokens() {
    long input = Math.max(0, inputTokens());
    long cacheRead = Math.max(0, cacheInputTokens());
    long cacheCreation = Math.max(0, cacheCreationInputTokens());
    boolean inputExcludesCache = cacheCreation > 0 || cacheRead > input;
    return TokenUsage.reported(inputExcludesCache ? input : input - cacheRead, outputTokens(), cacheCreation,
        cacheRead);
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
