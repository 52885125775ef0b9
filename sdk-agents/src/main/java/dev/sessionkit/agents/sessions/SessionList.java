package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer of {@code GET /sessions/}: the agent's sessions, newest first, and their count where the server
 * reports it. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionList.class)
@JsonDeserialize(builder = SessionList.Builder.class)
public abstract class SessionList {
  SessionList() {}

  /** The sessions, newest first. */
  @JsonProperty("sessions")
  public abstract List<SessionView> sessions();

  /**
   * How many sessions the agent has ({@code total}; the list is not paged), as the server reported it; empty
   * when it sent none (or null), never a count the SDK made up.
   */
  @JsonProperty("total")
  public abstract Optional<Long> total();

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

  /** Builds a {@link SessionList}. Not thread-safe. */
  public static final class Builder extends ImmutableSessionList.Builder {
    Builder() {}
  }
}
