package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** The workforce (the deployed agent or workflow) that executed a run. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorkforce.class)
@JsonDeserialize(builder = Workforce.Builder.class)
public abstract class Workforce {
  Workforce() {}

  /** The workforce's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The workforce's name. */
  @JsonProperty("name")
  public abstract String name();

  /** When the workforce was deleted (sent as epoch milliseconds); empty while it exists. */
  @JsonProperty("deleted_at")
  public abstract Optional<Instant> deletedAt();

  /** Its description. */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /** Its unique name within the project. */
  @JsonProperty("uid")
  public abstract Optional<String> uid();

  /** Where it is served. */
  @JsonProperty("url")
  public abstract Optional<String> url();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this workforce */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Workforce}; {@code id} and {@code name} are required. */
  public static final class Builder extends ImmutableWorkforce.Builder {
    Builder() {}
  }
}
