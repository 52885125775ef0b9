package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * How an agent joined a team: {@code created} or {@code invited}. An open set: any other value the server sends
 * is kept as given.
 */
public final class TeamMemberRole extends OpenValue {
  /** Spawned for the team from a template; deleted with the team. */
  public static final TeamMemberRole CREATED = new TeamMemberRole("created", true);
  /** An existing agent the leader invited; only its borrowed session ends with the team. */
  public static final TeamMemberRole INVITED = new TeamMemberRole("invited", true);

  private static final Map<String, TeamMemberRole> KNOWN = index(CREATED, INVITED);

  private TeamMemberRole(String value, boolean known) {
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
  public static TeamMemberRole of(String value) {
    return lookup(KNOWN, value, v -> new TeamMemberRole(v, false));
  }
}
