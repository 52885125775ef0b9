package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * What started a session: a {@code user}, a {@code schedule} or a {@code channel} (a chat
 * platform bot). An open set: any other value the server sends is kept as given.
 */
public final class SessionSource extends OpenValue {
  /** Created by a user. */
  public static final SessionSource USER = new SessionSource("user", true);
  /** Created by a scheduled run. */
  public static final SessionSource SCHEDULE = new SessionSource("schedule", true);
  /** Created for a channel (a chat platform). */
  public static final SessionSource CHANNEL = new SessionSource("channel", true);

  private static final Map<String, SessionSource> KNOWN = index(USER, SCHEDULE, CHANNEL);

  private SessionSource(String value, boolean known) {
    super(value, known);
  }

  /**
   * The source for a value as the server sends it.
   *
   * @param value the text, not null
   * @return the constant, or a new unknown value
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static SessionSource of(String value) {
    return lookup(KNOWN, value, v -> new SessionSource(v, false));
  }
}
