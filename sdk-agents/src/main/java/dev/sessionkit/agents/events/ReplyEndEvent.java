package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The agent ends a reply. {@code type} {@value #TYPE}. Immutable. */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReplyEndEvent.class)
@JsonDeserialize(builder = ReplyEndEvent.Builder.class)
@JsonIgnoreProperties(value = "type", allowGetters = true)
public abstract non-sealed class ReplyEndEvent implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "REPLY_END";

  ReplyEndEvent() {}

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

  /** Why the reply ended ({@code completed}, {@code interrupted}, {@code exceed_max_iters}, {@code error}, …), as sent. */
  @JsonProperty("finished_reason")
  public abstract Optional<String> finishedReason();

  /** The error, as sent, when the reply ended with one. */
  @JsonProperty("error")
  public abstract Optional<JsonNode> error();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this event */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ReplyEndEvent}; {@code replyId} is required. Not thread-safe. */
  public static final class Builder extends ImmutableReplyEndEvent.Builder {
    Builder() {}
  }
}
