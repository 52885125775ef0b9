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

/**
 * The workforce component (the deployed agent or workflow) that executed a run: Timbal's
 * {@code WorkforcePreview}. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableWorkforce.class)
@JsonDeserialize(builder = Workforce.Builder.class)
public abstract class Workforce {
  Workforce() {}

  /** The workforce's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The workforce's display name. */
  @JsonProperty("name")
  public abstract String name();

  /**
   * Whether it is an agent or a workflow. Timbal's document of August 2026 always sends it; empty only in a
   * body from before it did (the run listing of seed 002 has none).
   */
  @JsonProperty("type")
  public abstract Optional<WorkforceType> type();

  /**
   * When the workforce was deleted (sent as epoch milliseconds); empty while it exists. Run listings include
   * the runs of deleted workforces.
   */
  @JsonProperty("deleted_at")
  public abstract Optional<Instant> deletedAt();

  /** Its short description. */
  @JsonProperty("description")
  public abstract Optional<String> description();

  /** Its stable identifier from the project manifest ({@code timbal.yaml}), when it has one. */
  @JsonProperty("uid")
  public abstract Optional<String> uid();

  /** The Timbal API URL that calls its running deployment, where the response exposes one. */
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
