package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A worker of a team: its agent, and its session. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTeamMember.class)
@JsonDeserialize(builder = TeamMember.Builder.class)
public abstract class TeamMember {
  TeamMember() {}

  /** The worker agent. */
  @JsonProperty("agent")
  public abstract AgentRecord agent();

  /** The worker's session; absent when the server finds none. */
  @JsonProperty("session_id")
  public abstract Optional<String> sessionId();

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

  /** Builds a {@link TeamMember}; {@code agent} is required. Not thread-safe. */
  public static final class Builder extends ImmutableTeamMember.Builder {
    Builder() {}
  }
}
