package dev.sessionkit.agents.sessions;

import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Starts a run of a session ({@code POST /chat/}): {@code {agent_id, session_id, input}}. The input must be
 * chosen: one message, a list, or {@link Builder#resume()} to continue without new input. Immutable.
 *
 * <pre>{@code
 * ChatRequest r = ChatRequest.builder()
 *     .session(view.ref())            // or .agentId("agent-1").sessionId("s-1")
 *     .input(Message.user("alice", "What changed since yesterday?"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class ChatRequest {
  ChatRequest() {}

  /** The session's agent ({@code agent_id}). */
  public abstract String agentId();

  /** The session to run ({@code session_id}). */
  public abstract String sessionId();

  /** The run's input: one message, a list, or none ({@link ChatInput#resume()}). */
  public abstract ChatInput input();

  /**
   * The session the run is of, as the calls about one session take it: follow the run with
   * {@code agents.sessions().stream(request.ref())}.
   *
   * @return its agent and its id
   */
  public SessionRef ref() {
    return SessionRef.of(agentId(), sessionId());
  }

  @Value.Check
  void check() {
    Arguments.requireNonBlank(agentId(), "agentId");
    Arguments.requireNonBlank(sessionId(), "sessionId");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link ChatRequest}; {@code agentId}, {@code sessionId} (or both at once, {@link
   * #session(SessionRef)}) and the input ({@link #input(Message)}, {@link #input(List)} or {@link #resume()})
   * are required; the last input given wins. {@code build()} throws {@link IllegalStateException} naming what
   * is missing, and {@link IllegalArgumentException} when an id is blank. Not thread-safe.
   */
  public static final class Builder extends ImmutableChatRequest.Builder {
    Builder() {}

    /**
     * The session to run: its agent and its id.
     *
     * @param session the session, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder session(SessionRef session) {
      Arguments.requireNonNull(session, "session");
      agentId(session.agentId());
      sessionId(session.sessionId());
      return this;
    }

    /**
     * One message: {@code "input": {…}}.
     *
     * @param message the message, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder input(Message message) {
      input(ChatInput.of(message));
      return this;
    }

    /**
     * Several messages: {@code "input": [{…}, …]}.
     *
     * @param messages the messages, not null
     * @return this builder
     * @throws NullPointerException if it or one of its messages is null
     */
    public Builder input(List<Message> messages) {
      input(ChatInput.of(messages));
      return this;
    }

    /**
     * No new input: {@code "input": null}, the run continues from the session's state.
     *
     * @return this builder
     */
    public Builder resume() {
      input(ChatInput.resume());
      return this;
    }
  }
}
