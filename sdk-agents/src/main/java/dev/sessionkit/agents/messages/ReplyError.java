package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The failure that ended a reply: {@code {"type", "message"}}, the server's {@code ErrorInfo}. A reply message
 * ({@link Message#error()}) and the stream's {@code REPLY_END} event carry it when the reply's finished reason is
 * {@link ReplyFinishedReason#ERROR} (servers since agentscope 2.0.5). Immutable.
 *
 * <pre>{@code
 * msg.error().ifPresent(e -> log.warn(e.type() + ": " + e.message()));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableReplyError.class)
@JsonDeserialize(builder = ReplyError.Builder.class)
public abstract class ReplyError {
  ReplyError() {}

  /** What kind of failure it was; {@link ReplyErrorType#UNKNOWN} when not sent, as on the server. */
  @JsonProperty("type")
  @Value.Default
  public ReplyErrorType type() {
    return ReplyErrorType.UNKNOWN;
  }

  /** A short description, meant to be shown to the user (the server removes secrets from it). */
  @JsonProperty("message")
  public abstract String message();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this error */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ReplyError}; {@code message} is required. Not thread-safe. */
  public static final class Builder extends ImmutableReplyError.Builder {
    Builder() {}
  }
}
