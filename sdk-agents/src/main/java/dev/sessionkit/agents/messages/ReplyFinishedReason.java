package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * Why an agent's reply ended: {@code completed}, {@code interrupted}, {@code exceed_max_iters} or
 * {@code error}. The same set on a reply message ({@link Message#finishedReason()}) and on the stream's
 * {@code REPLY_END} event, as on the server (agentscope's {@code types.ReplyFinishedReason}, since 2.0.5; 2.0.4
 * sent the first three on {@code REPLY_END} only). An open set: any other value the server sends is kept as
 * given.
 */
public final class ReplyFinishedReason extends OpenValue {
  /** The reply ran to its end. */
  public static final ReplyFinishedReason COMPLETED = new ReplyFinishedReason("completed", true);
  /** The reply was stopped before its end (an interrupt, a cancelled run). */
  public static final ReplyFinishedReason INTERRUPTED = new ReplyFinishedReason("interrupted", true);
  /** The reply stopped at the agent's limit of reasoning-acting iterations. */
  public static final ReplyFinishedReason EXCEED_MAX_ITERS = new ReplyFinishedReason("exceed_max_iters", true);
  /** The reply failed; the message's or the event's {@code error} says why. */
  public static final ReplyFinishedReason ERROR = new ReplyFinishedReason("error", true);

  private static final Map<String, ReplyFinishedReason> KNOWN = index(COMPLETED, INTERRUPTED, EXCEED_MAX_ITERS, ERROR);

  private ReplyFinishedReason(String value, boolean known) {
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
  public static ReplyFinishedReason of(String value) {
    return lookup(KNOWN, value, v -> new ReplyFinishedReason(v, false));
  }
}
