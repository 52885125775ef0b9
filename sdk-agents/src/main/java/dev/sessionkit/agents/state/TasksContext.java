package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A session's task list. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTasksContext.class)
@JsonDeserialize(builder = TasksContext.Builder.class)
public abstract class TasksContext {
  TasksContext() {}

  /** The tasks, in the server's order. */
  @JsonProperty("tasks")
  public abstract List<Task> tasks();

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

  /** Builds a {@link TasksContext}. Not thread-safe. */
  public static final class Builder extends ImmutableTasksContext.Builder {
    Builder() {}
  }
}
