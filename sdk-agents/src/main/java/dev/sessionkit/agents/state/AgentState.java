package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.messages.Msg;
import dev.sessionkit.agents.messages.TextOrBlocks;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.usage.TokenUsage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session's agent state: its context (the messages the model sees), the summary of older context, the
 * current reply and iteration, and its permission, tool and task contexts. Immutable.
 *
 * <p>Newer servers clear {@code context}, {@code summary} and {@code tool_context} in session listings; the
 * messages are then read with {@code sessions().messages()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAgentState.class)
@JsonDeserialize(builder = AgentState.Builder.class)
public abstract class AgentState {
  AgentState() {}

  /** The session the state belongs to. */
  @JsonProperty("session_id")
  public abstract Optional<String> sessionId();

  /** The summary of compressed older context: text or blocks; empty when none. */
  @JsonProperty("summary")
  @Value.Default
  public TextOrBlocks summary() {
    return TextOrBlocks.empty();
  }

  /** The messages in the model's context, oldest first. */
  @JsonProperty("context")
  public abstract List<Msg> context();

  /** The id of the current (or last) reply; empty when none. */
  @JsonProperty("reply_id")
  @Value.Default
  public String replyId() {
    return "";
  }

  /** The reasoning-acting iterations of the current reply. */
  @JsonProperty("cur_iter")
  @Value.Default
  public int curIter() {
    return 0;
  }

  /** What tool calls may do; the server's defaults when not sent. */
  @JsonProperty("permission_context")
  @Value.Default
  public PermissionContext permissionContext() {
    return PermissionContext.builder().build();
  }

  /** The tool state; empty when not sent. */
  @JsonProperty("tool_context")
  @Value.Default
  public ToolContext toolContext() {
    return ToolContext.builder().build();
  }

  /** The task list; empty when not sent. */
  @JsonProperty("tasks_context")
  @Value.Default
  public TasksContext tasksContext() {
    return TasksContext.builder().build();
  }

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * The tokens of the context's messages added up. A negative count (a server's "unknown") counts as 0, and
   * a sum past {@link Long#MAX_VALUE} stays there: {@link TokenUsage} holds no negative count, and reading
   * usage must not fail on one odd message.
   *
   * @return input and output tokens; 0 when no message reports usage
   */
  public TokenUsage tokens() {
    TokenUsage sum = TokenUsage.zero();
    for (Msg m : context()) {
      if (m.usage().isPresent()) {
        sum = sum.plus(TokenUsage.reported(m.usage().get().inputTokens(), m.usage().get().outputTokens(), 0, 0));
      }
    }
    return sum;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this value */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link AgentState}. Not thread-safe. */
  public static final class Builder extends ImmutableAgentState.Builder {
    Builder() {}
  }
}
