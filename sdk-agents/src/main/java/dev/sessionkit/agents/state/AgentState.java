package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.messages.TextOrBlocks;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.usage.TokenUsage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session's agent state: its context (the messages the model sees), the summary of older context, the
 * current reply ({@link #replyContext()}), and its permission, tool, task and middleware contexts. Immutable.
 *
 * <p>Newer servers clear {@code context}, {@code summary} and {@code tool_context} in session listings; the
 * messages are then read with {@code sessions().messages()}.
 *
 * <p>Servers before agentscope 2.0.5 kept {@code reply_id} and {@code cur_iter} at the top of the state; newer
 * ones keep them in {@code reply_context}. Both are read into {@link #replyContext()}, as the server itself
 * migrates a state saved by an older version: a top-level value fills the reply context where it lacks that
 * field. The state is written back in the newer form.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAgentState.class)
@JsonDeserialize(builder = AgentState.Builder.class)
public abstract class AgentState {
  /** The top-level fields of states saved before agentscope 2.0.5, now in {@code reply_context}. */
  private static final String LEGACY_REPLY_ID = "reply_id";
  private static final String LEGACY_CUR_ITER = "cur_iter";

  AgentState() {}

  /**
   * The id the state carries, which is not necessarily the session's: name a session by
   * {@code SessionRecord.id()}, never by this. The server gives a new state a random id of its own when it
   * creates the session (a state's default), and sets it to the session's id only when a run starts, saving it
   * with the state when the run ends (agentscope's {@code app/_service/_chat.py}). So a session that has never
   * run, or whose runs all failed before the agent was assembled (no model configured, say), has a state id
   * that names nothing; after a run the two are equal.
   */
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
  public abstract List<Message> context();

  /**
   * The current (or last) reply: its id, its iteration and its structured output; empty values when not sent.
   * On servers before agentscope 2.0.5 it is read from the state's top-level {@code reply_id} and
   * {@code cur_iter}.
   */
  @JsonProperty("reply_context")
  @Value.Default
  public ReplyContext replyContext() {
    return ReplyContext.builder().build();
  }

  /**
   * The id of the current (or last) reply: {@code replyContext().replyId()}, or an empty string when none, like
   * the server's own {@code AgentState.reply_id} property.
   *
   * @return the id, never null
   */
  public String replyId() {
    return replyContext().replyId().orElse("");
  }

  /**
   * The reasoning-acting iterations of the current reply: {@code replyContext().curIter()}, like the server's
   * own {@code AgentState.cur_iter} property.
   *
   * @return the iteration, 0 when not sent
   */
  public int curIter() {
    return replyContext().curIter();
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

  /** What the server's middlewares keep across replies, keyed by their own names, as sent; empty when none. */
  @JsonProperty("middle_context")
  public abstract Map<String, JsonNode> middleContext();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * Moves a state's top-level {@code reply_id} and {@code cur_iter} (servers before agentscope 2.0.5) into its
   * reply context where that has no value of its own, as the server's {@code _migrate_legacy_reply_fields} does.
   * Jackson puts the two in {@link #additionalProperties()}, as fields this version no longer names. A null one
   * is dropped, as the SDK reads any null field as absent; one that is not moved (the reply context has its own
   * value, or it is not a string or an int) stays there.
   */
  @Value.Check
  AgentState migrateLegacyReplyFields() {
    JsonNode replyId = additionalProperties().get(LEGACY_REPLY_ID);
    JsonNode curIter = additionalProperties().get(LEGACY_CUR_ITER);
    boolean moveReplyId = replyId != null && replyId.isTextual() && replyContext().replyId().isEmpty();
    boolean moveCurIter = curIter != null && curIter.isIntegralNumber() && curIter.canConvertToInt()
        && replyContext().curIter() == 0;
    boolean dropReplyId = moveReplyId || replyId != null && replyId.isNull();
    boolean dropCurIter = moveCurIter || curIter != null && curIter.isNull();
    if (!dropReplyId && !dropCurIter) {
      return this;
    }
    ReplyContext.Builder reply = replyContext().toBuilder();
    Map<String, JsonNode> rest = new LinkedHashMap<>(additionalProperties());
    if (moveReplyId) {
      reply.replyId(replyId.asText());
    }
    if (moveCurIter) {
      reply.curIter(curIter.intValue());
    }
    if (dropReplyId) {
      rest.remove(LEGACY_REPLY_ID);
    }
    if (dropCurIter) {
      rest.remove(LEGACY_CUR_ITER);
    }
    return toBuilder().replyContext(reply.build()).additionalProperties(rest).build();
  }

  /**
   * The tokens of the context's messages added up. A negative count (a server's "unknown") counts as 0, and
   * a sum past {@link Long#MAX_VALUE} stays there: {@link TokenUsage} holds no negative count, and reading
   * usage must not fail on one odd message. Each message is read as {@link Message#tokens()} reads it.
   *
   * @return input, output, cache writes and cache reads; 0 when no message reports usage
   */
  public TokenUsage tokens() {
    TokenUsage sum = TokenUsage.zero();
    for (Message m : context()) {
      sum = sum.plus(m.tokens());
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
