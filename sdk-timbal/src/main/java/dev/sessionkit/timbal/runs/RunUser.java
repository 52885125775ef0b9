package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The platform user behind a run or a reaction: Timbal's {@code UserRef}. Timbal's document marks
 * {@code name} and {@code email} required; they are optional here all the same, because a reaction's user may
 * come as a bare id (see {@link Reaction#user()}) and a user built in a test needs only its id. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRunUser.class)
@JsonDeserialize(builder = RunUser.Builder.class)
public abstract class RunUser {
  RunUser() {}

  /** The user's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The user's email address. */
  @JsonProperty("email")
  public abstract Optional<String> email();

  /** The user's display name. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** The URL of the user's picture. */
  @JsonProperty("photo_url")
  public abstract Optional<String> photoUrl();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this user */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link RunUser}; {@code id} is required. */
  public static final class Builder extends ImmutableRunUser.Builder {
    Builder() {}
  }
}
