package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** A directory added to a session's permission scope: {@code {path, source}}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorkingDirectory.class)
@JsonDeserialize(builder = WorkingDirectory.Builder.class)
public abstract class WorkingDirectory {
  WorkingDirectory() {}

  /** The directory's absolute path. */
  @JsonProperty("path")
  public abstract Optional<String> path();

  /** Where the permission comes from, as sent. */
  @JsonProperty("source")
  public abstract Optional<String> source();

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

  /** Builds a {@link WorkingDirectory}. Not thread-safe. */
  public static final class Builder extends ImmutableWorkingDirectory.Builder {
    Builder() {}
  }
}
