package dev.sessionkit.agents.internal.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.sessionkit.agents.events.RequireUserConfirmEvent;
import dev.sessionkit.agents.messages.ToolCallBlock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The value behind {@link RequireUserConfirmEvent}, which documents it. */
// Jackson binds the record through its canonical constructor (see RecordReader): this overrides the
// deserializer AgentEvent names, which would dispatch back here.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record RequireUserConfirmEventRecord(
    @JsonProperty("reply_id") String replyId,
    @JsonProperty("tool_calls") List<ToolCallBlock> toolCalls,
    @JsonProperty("id") Optional<String> id,
    @JsonProperty("created_at") Optional<Instant> createdAt,
    @JsonProperty("metadata") Map<String, JsonNode> metadata,
    Map<String, JsonNode> additionalProperties) implements RequireUserConfirmEvent {
  /**
   * Creates the event from its components, in the order above. The maps and lists are copied, unmodifiable, in
   * their order.
   *
   * @throws NullPointerException if a required field, an {@code Optional}, or a key or value of a map is null
   */
  public RequireUserConfirmEventRecord {
    Objects.requireNonNull(replyId, "replyId");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(createdAt, "createdAt");
    toolCalls = EventFields.copy(toolCalls);
    metadata = EventFields.copy(metadata);
    additionalProperties = EventFields.copy(additionalProperties);
  }
}
