package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * Who wrote a message: {@code user}, {@code assistant} or {@code system}. An open set: any other value the
 * server sends is kept as given.
 */
public final class MessageRole extends OpenValue {
  /** A message from the user. */
  public static final MessageRole USER = new MessageRole("user", true);
  /** A message from the agent. */
  public static final MessageRole ASSISTANT = new MessageRole("assistant", true);
  /** A system message. */
  public static final MessageRole SYSTEM = new MessageRole("system", true);

  private static final Map<String, MessageRole> KNOWN = index(USER, ASSISTANT, SYSTEM);

  private MessageRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * The role for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static MessageRole of(String value) {
    return lookup(KNOWN, value, v -> new MessageRole(v, false));
  }
}
