package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.state.AgentState;
import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.json.StorageTimeDeserializer;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A stored session: {@code {id, user_id, agent_id, config, source, source_schedule_id, source_chat_id,
 * source_channel_id, team_id, state, created_at, updated_at}}. Immutable.
 *
 * <p>Its times are naive, written by the server's storage: the SQL storage writes UTC, the Redis storage its
 * host's local time. They are read in the client's storage time zone
 * ({@code AgentsClient.Builder.storageTimeZone}, UTC by default).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionRecord.class)
@JsonDeserialize(builder = SessionRecord.Builder.class)
public abstract class SessionRecord {
  SessionRecord() {}

  /** The session's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The owner's user id. */
  @JsonProperty("user_id")
  public abstract String userId();

  /** The agent the session runs. */
  @JsonProperty("agent_id")
  public abstract String agentId();

  /** Its configuration; empty when not sent. */
  @JsonProperty("config")
  @Value.Default
  public SessionConfig config() {
    return SessionConfig.builder().build();
  }

  /** What started it; {@code user} when not sent. */
  @JsonProperty("source")
  @Value.Default
  public SessionSource source() {
    return SessionSource.USER;
  }

  /** The schedule that started it, for a {@code schedule} session. */
  @JsonProperty("source_schedule_id")
  public abstract Optional<String> sourceScheduleId();

  /**
   * The platform chat it answers, for a {@code channel} session: where its replies go back to, also on a
   * scheduled wake.
   */
  @JsonProperty("source_chat_id")
  public abstract Optional<String> sourceChatId();

  /** The channel it serves, for a {@code channel} session. */
  @JsonProperty("source_channel_id")
  public abstract Optional<String> sourceChannelId();

  /** The team it takes part in, as leader or worker. */
  @JsonProperty("team_id")
  public abstract Optional<String> teamId();

  /** The agent's state; empty when not sent. */
  @JsonProperty("state")
  @Value.Default
  public AgentState state() {
    return AgentState.builder().build();
  }

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

  /**
   * The session as the calls about one session take it: {@code agents.sessions().delete(record.ref())}.
   *
   * @return its agent and its id
   */
  public SessionRef ref() {
    return SessionRef.of(agentId(), id());
  }

  /**
   * A record without its ids names no session that a call could reach, and {@link #ref()} could not be made
   * of it: such a body fails where it is read (a {@link dev.sessionkit.core.errors.ResponseParseException}
   * from the call), not later when the record is used.
   */
  @Value.Check
  void check() {
    Arguments.requireNonBlank(id(), "id");
    Arguments.requireNonBlank(agentId(), "agentId");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this value */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link SessionRecord}; {@code id}, {@code userId}, {@code agentId} are required, and {@code build()}
   * refuses a blank {@code id} or {@code agentId} with an {@link IllegalArgumentException}. Not thread-safe.
   */
  public static final class Builder extends ImmutableSessionRecord.Builder {
    Builder() {}
  }
}
