package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** How an agent's reasoning-acting loop runs: {@code {max_iters, stop_on_reject}}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReactConfig.class)
@JsonDeserialize(builder = ReactConfig.Builder.class)
public abstract class ReactConfig {
  ReactConfig() {}

  /** The most iterations of one reply. */
  @JsonProperty("max_iters")
  public abstract Optional<Integer> maxIters();

  /** Whether the reply stops when the user rejects a tool call. */
  @JsonProperty("stop_on_reject")
  @Value.Default
  public boolean stopOnReject() {
    return false;
  }

  /** How many more iterations the agent gets to produce its structured output, on servers that send it. */
  @JsonProperty("structured_output_grace_iters")
  public abstract Optional<Integer> structuredOutputGraceIters();

  /** What the agent says when a reply is interrupted, on servers that send it. */
  @JsonProperty("interruption_message")
  public abstract Optional<String> interruptionMessage();

  /** Whether an interruption is raised to the caller as a cancellation; false when not sent. */
  @JsonProperty("interruption_raise_cancelled_error")
  @Value.Default
  public boolean interruptionRaiseCancelledError() {
    return false;
  }

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

  /** Builds a {@link ReactConfig}. Not thread-safe. */
  public static final class Builder extends ImmutableReactConfig.Builder {
    Builder() {}
  }
}
