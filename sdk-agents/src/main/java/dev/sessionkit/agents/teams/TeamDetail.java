package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The team a session takes part in, resolved: the team, its leader agent and its members. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTeamDetail.class)
@JsonDeserialize(builder = TeamDetail.Builder.class)
public abstract class TeamDetail {
  TeamDetail() {}

  /** The team. */
  @JsonProperty("team")
  public abstract TeamRecord team();

  /** The leader's agent, when the server can resolve it. */
  @JsonProperty("leader_agent")
  public abstract Optional<AgentRecord> leaderAgent();

  /** The workers. */
  @JsonProperty("members")
  public abstract List<TeamMember> members();

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

  /** Builds a {@link TeamDetail}; {@code team} is required. Not thread-safe. */
  public static final class Builder extends ImmutableTeamDetail.Builder {
    Builder() {}
  }
}
