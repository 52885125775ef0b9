package dev.sessionkit.agents.teams;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.json.StorageTimeDeserializer;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stored team: {@code {id, user_id, session_id (the leader's session), leader_agent_id, data, created_at,
 * updated_at}}.
 * Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTeamRecord.class)
@JsonDeserialize(builder = TeamRecord.Builder.class)
public abstract class TeamRecord {
  TeamRecord() {}

  /** The team's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The owner's user id. */
  @JsonProperty("user_id")
  public abstract String userId();

  /** The leader's session: the session that created the team. */
  @JsonProperty("session_id")
  public abstract String sessionId();

  /** The leader's agent, on servers that record it. */
  @JsonProperty("leader_agent_id")
  public abstract Optional<String> leaderAgentId();

  /** Its definition. */
  @JsonProperty("data")
  public abstract TeamData data();

  /** When it was created: a storage time (see {@code AgentsClient.Builder.storageTimeZone}). */
  @JsonProperty("created_at")
  @JsonDeserialize(contentUsing = StorageTimeDeserializer.class)
  public abstract Optional<Instant> createdAt();

  /** When it was last changed: a storage time (see {@code AgentsClient.Builder.storageTimeZone}). */
  @JsonProperty("updated_at")
  @JsonDeserialize(contentUsing = StorageTimeDeserializer.class)
  public abstract Optional<Instant> updatedAt();

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

  /** Builds a {@link TeamRecord}; {@code id}, {@code userId}, {@code sessionId}, {@code data} are required. Not thread-safe. */
  public static final class Builder extends ImmutableTeamRecord.Builder {
    Builder() {}
  }
}
