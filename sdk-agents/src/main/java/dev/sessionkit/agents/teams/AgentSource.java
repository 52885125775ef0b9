package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * Who created an agent: a {@code user}, or a {@code team} leader (a worker agent). An open set: any other value the server sends is kept as given.
 */
public final class AgentSource extends OpenValue {
  /** Created by a user. */
  public static final AgentSource USER = new AgentSource("user", true);
  /** Created by a team leader as a worker. */
  public static final AgentSource TEAM = new AgentSource("team", true);

  private static final Map<String, AgentSource> KNOWN = index(USER, TEAM);

  private AgentSource(String value, boolean known) {
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
  public static AgentSource of(String value) {
    return lookup(KNOWN, value, v -> new AgentSource(v, false));
  }
}
