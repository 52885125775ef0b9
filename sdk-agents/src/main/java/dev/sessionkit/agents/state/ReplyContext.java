package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The agent's current (or last) reply, as its state keeps it: {@code state.reply_context}, {@code {reply_id,
 * cur_iter, structured_schema, structured_output}}. Servers since agentscope 2.0.5 send it; older ones sent
 * {@code reply_id} and {@code cur_iter} at the top of the state, which {@link AgentState} reads into this.
 * Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReplyContext.class)
@JsonDeserialize(builder = ReplyContext.Builder.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ReplyContext {
  ReplyContext() {}

  /**
   * The id of the current (or last) reply, which is also the id of the reply's assistant message; empty when not
   * sent. It need not name any message: the server makes one up for a state that has never replied, and a run
   * that failed before the agent was assembled leaves it as it was.
   */
  @JsonProperty("reply_id")
  public abstract Optional<String> replyId();

  /** The current iteration of the agent's reasoning-acting loop in this reply; 0 when not sent. */
  @JsonProperty("cur_iter")
  @Value.Default
  public int curIter() {
    return 0;
  }

  /** The JSON schema the reply's structured output must match, when one was requested. */
  @JsonProperty("structured_schema")
  public abstract Optional<JsonNode> structuredSchema();

  /** The structured output the reply has produced so far (a JSON object), when any. */
  @JsonProperty("structured_output")
  public abstract Optional<JsonNode> structuredOutput();

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

  /** Builds a {@link ReplyContext}. Not thread-safe. */
  public static final class Builder extends ImmutableReplyContext.Builder {
    Builder() {}
  }
}
