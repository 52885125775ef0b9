package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The reply reached its iteration limit (deprecated on the server in favour of {@link ReplyEndEvent#finishedReason()}). {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableExceedMaxItersEvent.class)
@JsonDeserialize(builder = ExceedMaxItersEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ExceedMaxItersEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "EXCEED_MAX_ITERS";

  ExceedMaxItersEvent() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The id of the reply (the assistant message) this event belongs to. */
  @JsonProperty("reply_id")
  public abstract String replyId();

  /** The name of the agent. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ExceedMaxItersEvent}; {@code replyId} is required. Not thread-safe. */
  public static final class Builder extends ImmutableExceedMaxItersEvent.Builder {
    Builder() {}
  }
}
