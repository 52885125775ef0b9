package dev.sessionkit.agents.events;

import dev.sessionkit.agents.internal.events.ModelCallEndEventRecord;
import dev.sessionkit.agents.messages.MessageUsage;
import dev.sessionkit.core.usage.TokenUsage;
import java.util.Optional;

/**
 * A model call ends, with the tokens it took. {@code type} {@value #TYPE}. Immutable.
 */
public sealed interface ModelCallEndEvent extends AgentEvent permits ModelCallEndEventRecord {
  /** The event's {@code type} on the wire. */
  String TYPE = "MODEL_CALL_END";

  /** Always {@value #TYPE}. */
  @Override
  default String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to; required. */
  String replyId();

  /** Input tokens; 0 when not sent. */
  long inputTokens();

  /** Output tokens; 0 when not sent. */
  long outputTokens();

  /** Input tokens read from the prompt cache; 0 when not sent. */
  long cacheInputTokens();

  /** Input tokens written to the prompt cache; 0 when not sent. */
  long cacheCreationInputTokens();

  /**
   * Why the model call ended, as sent (the server's default is {@code completed}); empty on servers before
   * agentscope 2.0.4, which do not send it.
   */
  Optional<ModelFinishedReason> finishedReason();

  /**
   * The call's tokens in the cross-vendor form, read as {@link MessageUsage#tokens()} reads a reply's usage (which
   * adds up its calls' counts): the input without the cache reads and writes, which are counted apart. A negative
   * count (a server's "unknown") counts as 0: {@link TokenUsage} holds no negative count, and reading an event
   * must not fail.
   *
   * @return input, output, cache reads and cache writes
   */
  default TokenUsage tokens() {
    return MessageUsage.builder().inputTokens(inputTokens()).outputTokens(outputTokens())
        .cacheInputTokens(cacheInputTokens()).cacheCreationInputTokens(cacheCreationInputTokens()).build().tokens();
  }
}
