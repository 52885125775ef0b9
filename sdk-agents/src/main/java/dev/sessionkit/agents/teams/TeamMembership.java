package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One entry of a team's roster ({@code team.data.members}): which agent takes part, whose it is, the session the
 * team uses it in, and how it joined. Immutable.
 *
 * <p>It names the member's session because an invited agent can have sessions of its own besides the one the
 * team borrowed. Servers before the roster only sent {@link TeamData#memberIds()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTeamMembership.class)
@JsonDeserialize(builder = TeamMembership.Builder.class)
public abstract class TeamMembership {
  TeamMembership() {}

  /** The user who owns the member agent (another user's for an agent borrowed from their pool). */
  @JsonProperty("owner_id")
  public abstract String ownerId();

  /** The member agent. */
  @JsonProperty("agent_id")
  public abstract String agentId();

  /** The member's session in this team. */
  @JsonProperty("session_id")
  public abstract String sessionId();

  /**
   * How it joined: {@code created} (spawned for the team, deleted with it) or {@code invited} (an existing agent,
   * which outlives the team).
   */
  @JsonProperty("role")
  public abstract TeamMemberRole role();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this value */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link TeamMembership}; {@code ownerId}, {@code agentId}, {@code sessionId} and {@code role} are required. Not thread-safe. */
  public static final class Builder extends ImmutableTeamMembership.Builder {
    Builder() {}
  }
}
