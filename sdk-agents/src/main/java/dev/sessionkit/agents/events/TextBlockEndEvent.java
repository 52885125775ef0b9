package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A text block ends. {@code type} {@value #TYPE}. Immutable.
 *
 * @param replyId the id of the reply (the assistant message) this event belongs to; required
 * @param blockId the id of the block being streamed; required
 * @param id the event's id, when sent
 * @param createdAt when the event was created, when sent (a naive time, read in the client's server time zone)
 * @param metadata metadata attached to the event, in the order sent; empty when none (or null)
 * @param additionalProperties fields this SDK version does not know, in the order sent; empty when none (or
 *     null)
 */
// Jackson binds the record through its canonical constructor (see RecordReader): this overrides the
// deserializer AgentEvent names, which would dispatch back here.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record TextBlockEndEvent(
    @JsonProperty("reply_id") String replyId,
    @JsonProperty("block_id") String blockId,
    @JsonProperty("id") Optional<String> id,
    @JsonProperty("created_at") Optional<Instant> createdAt,
    @JsonProperty("metadata") Map<String, JsonNode> metadata,
    Map<String, JsonNode> additionalProperties) implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "TEXT_BLOCK_END";

  /**
   * Creates the event from its record components, in the order described above. The SDK calls it for each
   * event it reads; a test may call it to make one up. The maps are copied, unmodifiable, in their order.
   *
   * @throws NullPointerException if a required field, an {@code Optional}, or a key or value of a map is null
   */
  public TextBlockEndEvent {
    Objects.requireNonNull(replyId, "replyId");
    Objects.requireNonNull(blockId, "blockId");
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
