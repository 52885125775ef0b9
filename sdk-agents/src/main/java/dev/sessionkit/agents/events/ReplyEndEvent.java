package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.sessionkit.agents.messages.ReplyError;
import dev.sessionkit.agents.messages.ReplyFinishedReason;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The agent ends a reply. {@code type} {@value #TYPE}. Immutable.
 *
 * @param sessionId the id of the session, on servers that send it
 * @param replyId the id of the reply (the assistant message) this event belongs to; required
 * @param finishedReason why the reply ended, as sent (the server's default is {@code completed}); empty on servers
 *     before agentscope 2.0.4, which do not send it
 * @param error why the reply failed, when its finished reason is {@link ReplyFinishedReason#ERROR} (servers since
 *     agentscope 2.0.5)
 * @param id the event's id, when sent
 * @param createdAt when the event was created, when sent (a naive time, read in the client's server time zone)
 * @param metadata metadata attached to the event, in the order sent; empty when none (or null)
 * @param additionalProperties fields this SDK version does not know, in the order sent; empty when none (or
 *     null)
 */
// Jackson binds the record through its canonical constructor (see RecordReader): this overrides the
// deserializer AgentEvent names, which would dispatch back here.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ReplyEndEvent(
    @JsonProperty("session_id") Optional<String> sessionId,
    @JsonProperty("reply_id") String replyId,
    @JsonProperty("finished_reason") Optional<ReplyFinishedReason> finishedReason,
    @JsonProperty("error") Optional<ReplyError> error,
    @JsonProperty("id") Optional<String> id,
    @JsonProperty("created_at") Optional<Instant> createdAt,
    @JsonProperty("metadata") Map<String, JsonNode> metadata,
    Map<String, JsonNode> additionalProperties) implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "REPLY_END";

  /**
   * Creates the event from its record components, in the order described above. The SDK calls it for each
   * event it reads; a test may call it to make one up. The maps are copied, unmodifiable, in their order.
   *
   * @throws NullPointerException if a required field, an {@code Optional}, or a key or value of a map is null
   */
  public ReplyEndEvent {
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(replyId, "replyId");
    Objects.requireNonNull(finishedReason, "finishedReason");
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    metadata = EventFields.copy(metadata);
    additionalProperties = EventFields.copy(additionalProperties);
  }

  /** Always {@value #TYPE}. */
  @Override
  @JsonProperty("type")
  public String type() {
    return TYPE;
  }
}
