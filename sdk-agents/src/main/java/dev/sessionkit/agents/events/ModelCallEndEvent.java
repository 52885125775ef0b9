package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.sessionkit.core.usage.TokenUsage;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A model call ends, with the tokens it took. {@code type} {@value #TYPE}. Immutable.
 *
 * @param replyId the id of the reply (the assistant message) this event belongs to; required
 * @param inputTokens input tokens; 0 when not sent
 * @param outputTokens output tokens; 0 when not sent
 * @param cacheInputTokens input tokens read from the prompt cache; 0 when not sent
 * @param cacheCreationInputTokens input tokens written to the prompt cache; 0 when not sent
 * @param finishedReason why the model call ended, as sent (the server's default is {@code completed}); empty on
 *     servers before agentscope 2.0.4, which do not send it
 * @param id the event's id, when sent
 * @param createdAt when the event was created, when sent (a naive time, read in the client's server time zone)
 * @param metadata metadata attached to the event, in the order sent; empty when none (or null)
 * @param additionalProperties fields this SDK version does not know, in the order sent; empty when none (or
 *     null)
 */
// Jackson binds the record through its canonical constructor (see RecordReader): this overrides the
// deserializer AgentEvent names, which would dispatch back here.
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ModelCallEndEvent(
    @JsonProperty("reply_id") String replyId,
    @JsonProperty("input_tokens") long inputTokens,
    @JsonProperty("output_tokens") long outputTokens,
    @JsonProperty("cache_input_tokens") long cacheInputTokens,
    @JsonProperty("cache_creation_input_tokens") long cacheCreationInputTokens,
    @JsonProperty("finished_reason") Optional<ModelFinishedReason> finishedReason,
    @JsonProperty("id") Optional<String> id,
    @JsonProperty("created_at") Optional<Instant> createdAt,
    @JsonProperty("metadata") Map<String, JsonNode> metadata,
    Map<String, JsonNode> additionalProperties) implements AgentEvent {
  /** The event's {@code type} on the wire. */
  public static final String TYPE = "MODEL_CALL_END";

  /**
   * Creates the event from its record components, in the order described above. The SDK calls it for each
   * event it reads; a test may call it to make one up. The maps are copied, unmodifiable, in their order.
   *
   * @throws NullPointerException if a required field, an {@code Optional}, or a key or value of a map is null
   */
  public ModelCallEndEvent {
    Objects.requireNonNull(replyId, "replyId");
    Objects.requireNonNull(finishedReason, "finishedReason");
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

  /**
   * The call's tokens in the cross-vendor form. A negative count (a server's "unknown") counts as 0:
   * {@link TokenUsage} holds no negative count, and reading an event must not fail.
   *
   * @return input, output, cache reads and cache writes
   */
  public TokenUsage tokens() {
    return TokenUsage.reported(inputTokens, outputTokens, cacheCreationInputTokens, cacheInputTokens);
  }
}
