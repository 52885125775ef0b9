package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * Why one model call ended ({@link ModelCallEndEvent#finishedReason()}): {@code completed} or
 * {@code interrupted}. The server's {@code model.FinishedReason}, a set of its own: how the whole reply ended is a
 * {@link dev.sessionkit.agents.messages.ReplyFinishedReason}, on {@link ReplyEndEvent}. An open set: any other
 * value the server sends is kept as given.
 */
public final class ModelFinishedReason extends OpenValue {
  /** The model's response is complete. */
  public static final ModelFinishedReason COMPLETED = new ModelFinishedReason("completed", true);
  /** The call was cancelled before the response was complete. */
  public static final ModelFinishedReason INTERRUPTED = new ModelFinishedReason("interrupted", true);

  private static final Map<String, ModelFinishedReason> KNOWN = index(COMPLETED, INTERRUPTED);

  private ModelFinishedReason(String value, boolean known) {
    super(value, known);
  }

  /**
   * The reason for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static ModelFinishedReason of(String value) {
    return lookup(KNOWN, value, v -> new ModelFinishedReason(v, false));
  }
}
