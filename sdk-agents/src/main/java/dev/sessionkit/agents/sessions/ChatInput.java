package dev.sessionkit.agents.sessions;

import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.core.internal.check.Arguments;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code input} of a run: one message, a list of messages, or nothing at all ({@link #resume()}, sent
 * as JSON {@code null}), which continues the session's run from where it stands. The three are distinct on
 * the wire. Immutable.
 */
public final class ChatInput {
  private static final ChatInput RESUME = new ChatInput(null, null);

  private final Message message;
  private final List<Message> messages;

  private ChatInput(Message message, List<Message> messages) {
    this.message = message;
    this.messages = messages;
  }

  /**
   * One message, sent as a JSON object.
   *
   * @param message the message, not null
   * @return the input
   */
  public static ChatInput of(Message message) {
    return new ChatInput(Arguments.requireNonNull(message, "message"), null);
  }

  /**
   * Several messages, sent as a JSON array.
   *
   * @param messages the messages, not null, without null elements (may be empty)
   * @return the input
   */
  public static ChatInput of(List<Message> messages) {
    return new ChatInput(null, List.copyOf(Arguments.requireNonNull(messages, "messages")));
  }

  /**
   * No new input, sent as {@code "input": null}: the run continues from the session's stored state.
   *
   * @return the input
   */
  public static ChatInput resume() {
    return RESUME;
  }

  /** The message, when the input is one message. */
  public Optional<Message> message() {
    return Optional.ofNullable(message);
  }

  /** The messages, when the input is a list. */
  public Optional<List<Message>> messages() {
    return Optional.ofNullable(messages);
  }

  /** Whether the input is {@code null}: the run continues. */
  public boolean isResume() {
    return message == null && messages == null;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ChatInput)) {
      return false;
    }
    ChatInput other = (ChatInput) o;
    return Objects.equals(message, other.message) && Objects.equals(messages, other.messages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(message, messages);
  }

  @Override
  public String toString() {
    return message != null ? "ChatInput{message=" + message + "}"
        : messages != null ? "ChatInput{messages=" + messages + "}" : "ChatInput{resume}";
  }
}
