package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/** The answer of {@code POST /chat/}: the run was accepted. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableChatResponse.class)
@JsonDeserialize(builder = ChatResponse.Builder.class)
public abstract class ChatResponse {
  ChatResponse() {}

  /** The run's status as the server sends it ({@code started}, …). */
  @JsonProperty("status")
  public abstract String status();

  /** The session that runs. */
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

  /** Builds a {@link ChatResponse}; {@code status}, {@code sessionId} are required. Not thread-safe. */
  public static final class Builder extends ImmutableChatResponse.Builder {
    Builder() {}
  }
}
