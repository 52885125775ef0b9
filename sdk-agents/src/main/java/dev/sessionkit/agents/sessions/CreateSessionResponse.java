package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/** The answer of {@code POST /sessions/}: the new session's id. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCreateSessionResponse.class)
@JsonDeserialize(builder = CreateSessionResponse.Builder.class)
public abstract class CreateSessionResponse {
  CreateSessionResponse() {}

  /** The new session's id. */
  @JsonProperty("session_id")
  public abstract String sessionId();

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

  /** Builds a {@link CreateSessionResponse}; {@code sessionId} is required. Not thread-safe. */
  public static final class Builder extends ImmutableCreateSessionResponse.Builder {
    Builder() {}
  }
}
