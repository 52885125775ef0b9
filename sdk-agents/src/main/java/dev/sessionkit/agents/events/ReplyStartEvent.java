package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The agent starts a reply. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReplyStartEvent.class)
@JsonDeserialize(builder = ReplyStartEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ReplyStartEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "REPLY_START";

  ReplyStartEvent() {}

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public final String type() {
    return TYPE;
  }

  /** The id of the session, on servers that send it. */
  @JsonProperty("session_id")
  public abstract Optional<String> sessionId();

  /** The id of the reply (the assistant message) this event belongs to. */
  @JsonProperty("reply_id")
  public abstract String replyId();

  /** The name of the agent replying. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** The role of the reply, {@code assistant} unless the server says otherwise. */
  @JsonProperty("role")
  public abstract Optional<MessageRole> role();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ReplyStartEvent}; {@code replyId} is required. Not thread-safe. */
  public static final class Builder extends ImmutableReplyStartEvent.Builder {
    Builder() {}
  }
}
