package dev.sessionkit.agents.sessions;

import dev.sessionkit.agents.internal.Checks;
import dev.sessionkit.agents.messages.Message;
import java.util.List;
import java.util.Objects;

/**
 * Starts a run of a session ({@code POST /chat/}): {@code {agent_id, session_id, input}}. The input must be
 * chosen: one message, a list, or {@link Builder#resume()} to continue without new input. Immutable.
 *
 * <pre>{@code
 * ChatRequest r = ChatRequest.builder()
 *     .agentId("agent-1")
 *     .sessionId("s-1")
 *     .input(Message.user("alice", "What changed since yesterday?"))
 *     .build();
 * }</pre>
 */
public final class ChatRequest {
  private final String agentId;
  private final String sessionId;
  private final ChatInput input;

  private ChatRequest(String agentId, String sessionId, ChatInput input) {
    this.agentId = agentId;
    this.sessionId = sessionId;
    this.input = input;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.agentId = agentId;
    b.sessionId = sessionId;
    b.input = input;
    return b;
  }

  /** The session's agent ({@code agent_id}). */
  public String agentId() {
    return agentId;
  }

  /** The session to run ({@code session_id}). */
  public String sessionId() {
    return sessionId;
  }

  /** The run's input. */
  public ChatInput input() {
    return input;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ChatRequest)) {
      return false;
    }
    ChatRequest other = (ChatRequest) o;
    return agentId.equals(other.agentId) && sessionId.equals(other.sessionId) && input.equals(other.input);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agentId, sessionId, input);
  }

  @Override
  public String toString() {
    return "ChatRequest{agentId=" + agentId + ", sessionId=" + sessionId + ", input=" + input + "}";
  }

  /**
   * Builds a {@link ChatRequest}; {@code agentId}, {@code sessionId} and the input are required. The last
   * input given wins. Not thread-safe.
   */
  public static final class Builder {
    private String agentId;
    private String sessionId;
    private ChatInput input;

    private Builder() {}

    /**
     * @param agentId the session's agent, not blank
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder agentId(String agentId) {
      this.agentId = Checks.requireNonBlank("agentId", agentId);
      return this;
    }

    /**
     * @param sessionId the session to run, not blank
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder sessionId(String sessionId) {
      this.sessionId = Checks.requireNonBlank("sessionId", sessionId);
      return this;
    }

    /**
     * @param input the input, not null
     * @return this builder
     */
    public Builder input(ChatInput input) {
      this.input = Objects.requireNonNull(input, "input");
      return this;
    }

    /**
     * One message: {@code "input": {…}}.
     *
     * @param message the message, not null
     * @return this builder
     */
    public Builder input(Message message) {
      return input(ChatInput.of(message));
    }

    /**
     * Several messages: {@code "input": [{…}, …]}.
     *
     * @param messages the messages, not null
     * @return this builder
     */
    public Builder input(List<Message> messages) {
      return input(ChatInput.of(messages));
    }

    /**
     * No new input: {@code "input": null}, the run continues from the session's state.
     *
     * @return this builder
     */
    public Builder resume() {
      return input(ChatInput.resume());
    }

    /**
     * @return the request
     * @throws IllegalStateException if {@code agentId}, {@code sessionId} or the input is not set
     */
    public ChatRequest build() {
      if (agentId == null) {
        throw new IllegalStateException("agentId is not set");
      }
      if (sessionId == null) {
        throw new IllegalStateException("sessionId is not set");
      }
      if (input == null) {
        throw new IllegalStateException("input is not set: call input(Message), input(List<Message>) or resume()");
      }
      return new ChatRequest(agentId, sessionId, input);
    }
  }
}
