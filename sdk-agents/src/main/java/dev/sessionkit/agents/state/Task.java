package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A task of the agent's task list (its Task tools): {@code {id, subject, description, state, owner, blocks,
 * blocked_by, metadata, created_at}}. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTask.class)
@JsonDeserialize(builder = Task.Builder.class)
public abstract class Task {
  Task() {}

  /** The task's id; the server always gives one, but its model does not require it. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** A one-line title. */
  @JsonProperty("subject")
  public abstract String subject();

  /** What the task is. */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /** Where it stands; {@code pending} when not sent. */
  @JsonProperty("state")
  @Value.Default
  public TaskState state() {
    return TaskState.PENDING;
  }

  /** Who works on it (an agent name), when assigned. */
  @JsonProperty("owner")
  public abstract Optional<String> owner();

  /** The ids of the tasks this one blocks. */
  @JsonProperty("blocks")
  public abstract List<String> blocks();

  /** The ids of the tasks that block this one. */
  @JsonProperty("blocked_by")
  public abstract List<String> blockedBy();

  /** Free-form metadata, as sent. */
  @JsonProperty("metadata")
  public abstract Map<String, JsonNode> metadata();

  /** When it was created (a naive time, read in the client's server time zone). */
  @JsonProperty("created_at")
  public abstract Optional<Instant> createdAt();

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

  /** Builds a {@link Task}; {@code subject} is required. Not thread-safe. */
  public static final class Builder extends ImmutableTask.Builder {
    Builder() {}
  }
}
