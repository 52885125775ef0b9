package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The answer of {@code POST /sessions/{id}/interrupt} (202 Accepted): the session whose reply is being
 * interrupted. Immutable.
 *
 * <p>Accepted is not done: a running reply is cancelled by whichever worker runs it, and a reply parked on a
 * confirmation or an external result is resumed into the same clean-up; an idle session is left as it is. Follow
 * the session's event stream or {@code status} to see the run end.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableInterruptResponse.class)
@JsonDeserialize(builder = InterruptResponse.Builder.class)
public abstract class InterruptResponse {
  InterruptResponse() {}

  /** The session, as the server echoes it. */
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

  /** Builds an {@link InterruptResponse}; {@code sessionId} is required. Not thread-safe. */
  public static final class Builder extends ImmutableInterruptResponse.Builder {
    Builder() {}
  }
}
