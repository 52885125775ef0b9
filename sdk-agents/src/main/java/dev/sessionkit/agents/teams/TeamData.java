package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A team's definition: {@code {name, description, member_ids, members}}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTeamData.class)
@JsonDeserialize(builder = TeamData.Builder.class)
public abstract class TeamData {
  TeamData() {}

  /** The team's name. */
  @JsonProperty("name")
  public abstract String name();

  /** What it is for; empty when not sent. */
  @JsonProperty("description")
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * The agent ids of its workers: the legacy roster, from before agents could be invited. Current servers keep
   * it for old records; read {@link #members()} where it is sent.
   */
  @JsonProperty("member_ids")
  public abstract List<String> memberIds();

  /** The roster: each member agent with its owner, its session in the team and its role; empty on older servers. */
  @JsonProperty("members")
  public abstract List<TeamMembership> members();

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

  /** Builds a {@link TeamData}; {@code name} is required. Not thread-safe. */
  public static final class Builder extends ImmutableTeamData.Builder {
    Builder() {}
  }
}
