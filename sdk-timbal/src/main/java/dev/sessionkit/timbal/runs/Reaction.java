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

/** A user's reaction to a run: a sentiment and an optional comment. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReaction.class)
@JsonDeserialize(builder = Reaction.Builder.class)
public abstract class Reaction {
  Reaction() {}

  /** The reaction's id. */
  @JsonProperty("id")
  public abstract String id();

  /**
   * Who reacted. The API documents the field without its shape: a user object is read whole, and a bare
   * user id is read as a user with only its {@link RunUser#id()}.
   */
  @JsonProperty("user")
  @JsonDeserialize(using = RunUserOrId.class)
  public abstract RunUser user();

  /** How the user felt about the run. */
  @JsonProperty("sentiment")
  public abstract Sentiment sentiment();

  /** When the user reacted (sent as epoch milliseconds). */
  @JsonProperty("created_at")
  public abstract Instant createdAt();

  /** The user's comment, if they wrote one. */
  @JsonProperty("feedback")
  public abstract Optional<String> feedback();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this reaction */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Reaction}; all fields but {@code feedback} are required. */
  public static final class Builder extends ImmutableReaction.Builder {
    Builder() {}
  }
}
