package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One response of {@code GET /sessions}: at most {@code limit} sessions, newest first. To walk every
 * matching session past the limit, use {@link SessionService#listAll(ListSessionsRequest)}. Immutable and
 * thread-safe.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionList.class)
@JsonDeserialize(builder = SessionList.Builder.class)
public abstract class SessionList {
  SessionList() {}

  /** The sessions of this response, newest first by {@code started_at}. */
  @JsonProperty("sessions")
  public abstract List<Session> sessions();

  /**
   * The number of sessions in <em>this response</em>, as the server counts them: it is not the number
   * of all sessions that match the filters (the server does not report that).
   */
  @JsonProperty("total")
  @Value.Default
  public int total() {
    return 0;
  }

  /** Fields the server sent that this SDK version does not know, by JSON name. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * A builder for a list (for tests and fakes).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this list.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link SessionList}. Not thread-safe. */
  public static final class Builder extends ImmutableSessionList.Builder {
    Builder() {}
  }
}
