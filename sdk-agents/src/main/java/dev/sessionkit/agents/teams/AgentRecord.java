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
 * A stored agent: {@code {id, user_id, source, data, created_at, updated_at}}, and in a team's views
 * {@code editable}. Immutable.
 *
 * <p>Its times are naive, written by the server's storage; they are read in the client's storage time zone
 * ({@code AgentsClient.Builder.storageTimeZone}, UTC by default).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAgentRecord.class)
@JsonDeserialize(builder = AgentRecord.Builder.class)
public abstract class AgentRecord {
  AgentRecord() {}

  /** The agent's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The owner's user id. */
  @JsonProperty("user_id")
  public abstract String userId();

  /** Who created it: a user, or a team leader. */
  @JsonProperty("source")
  public abstract Optional<AgentSource> source();

  /** Its definition. */
  @JsonProperty("data")
  public abstract AgentData data();

  /** When it was created: a storage time (see {@code AgentsClient.Builder.storageTimeZone}). */
  @JsonProperty("created_at")
  @JsonDeserialize(contentUsing = StorageTimeDeserializer.class)
  public abstract Optional<Instant> createdAt();

  /** When it was last changed: a storage time (see {@code AgentsClient.Builder.storageTimeZone}). */
  @JsonProperty("updated_at")
  @JsonDeserialize(contentUsing = StorageTimeDeserializer.class)
  public abstract Optional<Instant> updatedAt();

  /**
   * Whether the caller may edit the agent: true for their own, false for one shared to them or borrowed from
   * another user. Sent on the agent views of a session's team; false when not sent.
   */
  @JsonProperty("editable")
  @Value.Default
  public boolean editable() {
    return false;
  }

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

  /** Builds a {@link AgentRecord}; {@code id}, {@code userId}, {@code data} are required. Not thread-safe. */
  public static final class Builder extends ImmutableAgentRecord.Builder {
    Builder() {}
  }
}
