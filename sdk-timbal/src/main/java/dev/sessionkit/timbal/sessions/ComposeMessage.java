package dev.sessionkit.timbal.sessions;

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
 * One message of a compose session. Timbal documents the messages only as "message history from the Claude
 * session file (same format as compose stream events)", with items of any shape, so only the fields every
 * chat message has are typed, each optional; the content stays JSON (a string or a list of blocks), and
 * everything else is in {@link #additionalProperties()}. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableComposeMessage.class)
@JsonDeserialize(builder = ComposeMessage.Builder.class)
public abstract class ComposeMessage {
  ComposeMessage() {}

  /** The message's id. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** Who wrote it: {@code user}, {@code assistant}, … */
  @JsonProperty("role")
  public abstract Optional<String> role();

  /** Its content, as sent: any JSON. */
  @JsonProperty("content")
  public abstract Optional<JsonNode> content();

  /** When it was written. */
  @JsonProperty("created_at")
  public abstract Optional<Instant> createdAt();

  /** Every other field, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this message */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ComposeMessage}; every field is optional. */
  public static final class Builder extends ImmutableComposeMessage.Builder {
    Builder() {}
  }
}
