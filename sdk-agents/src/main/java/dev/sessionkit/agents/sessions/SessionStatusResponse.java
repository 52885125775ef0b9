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
 * The answer of {@code GET /sessions/{id}/status}: the session probed and its one current status. Immutable.
 *
 * <p>The server derives it from two signals, whether a worker holds the session's run lease and whether its
 * context is parked on a tool call that waits for the user or an external executor, so it is the one
 * indicator to show. Servers since July 2026 (agentscope#1984) have the endpoint.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionStatusResponse.class)
@JsonDeserialize(builder = SessionStatusResponse.Builder.class)
public abstract class SessionStatusResponse {
  SessionStatusResponse() {}

  /** The session that was probed. */
  @JsonProperty("session_id")
  public abstract String sessionId();

  /**
   * Its status: {@code running}, {@code idle}, {@code awaiting_permission} or {@code awaiting_external_result}
   * (an open set: a value this SDK does not know is kept as sent).
   */
  @JsonProperty("status")
  public abstract SessionStatus status();

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

  /** Builds a {@link SessionStatusResponse}; {@code sessionId} and {@code status} are required. Not thread-safe. */
  public static final class Builder extends ImmutableSessionStatusResponse.Builder {
    Builder() {}
  }
}
