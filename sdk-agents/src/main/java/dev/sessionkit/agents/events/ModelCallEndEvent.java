package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.usage.TokenUsage;
import java.util.Optional;
import org.immutables.value.Value;

/** A model call ends, with the tokens it took. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableModelCallEndEvent.class)
@JsonDeserialize(builder = ModelCallEndEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ModelCallEndEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "MODEL_CALL_END";

  ModelCallEndEvent() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to. */
  @JsonProperty("reply_id")
  public abstract String replyId();

  /** Input tokens; 0 when not sent. */
  @JsonProperty("input_tokens")
  @Value.Default
  public long inputTokens() {
    return 0;
  }

  /** Output tokens; 0 when not sent. */
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

  /** Why the model stopped, as sent. */
  @JsonProperty("finished_reason")
  public abstract Optional<String> finishedReason();

  /**
   * The call's tokens in the cross-vendor form. A negative count (a server's "unknown") counts as 0:
   * {@link TokenUsage} holds no negative count, and reading an event must not fail.
   *
   * @return input, output, cache reads and cache writes
   */
  public TokenUsage tokens() {
    return TokenUsage.reported(inputTokens(), outputTokens(), cacheCreationInputTokens(), cacheInputTokens());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ModelCallEndEvent}; {@code replyId} is required. Not thread-safe. */
  public static final class Builder extends ImmutableModelCallEndEvent.Builder {
    Builder() {}
  }
}
