package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import dev.sessionkit.agents.internal.json.AgentEventDeserializer;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One event of a session's live stream, told apart by its {@code type} ({@code REPLY_START},
 * {@code TEXT_BLOCK_DELTA}, {@code TOOL_CALL_START}, …). Each type the SDK knows has its class; any other
 * arrives as an {@link UnknownEvent} that keeps the JSON. An event of a known type that lacks a field the
 * SDK needs also arrives as an {@link UnknownEvent}, so that one odd event never ends the stream.
 *
 * <pre>{@code
 * try (EventStream<AgentEvent> events = agents.sessions().stream("agent-1", "s-1")) {
 *   while (events.hasNext()) {
 *     AgentEvent e = events.next();
 *     if (e instanceof TextBlockDeltaEvent) {
 *       System.out.print(((TextBlockDeltaEvent) e).delta());
 *     } else if (e instanceof ReplyEndEvent) {
 *       break;
 *     }
 *   }
 * }
 * }</pre>
 */
// The type first, as the server writes it: easier to read in logs and captures. Then the fields every event
// has, although each record declares them after its own, so that its constructor starts with what matters.
@JsonPropertyOrder({"type", "id", "created_at", "metadata"})
// Read by type. Jackson applies a supertype's @JsonDeserialize to its subtypes too, so each event record
// overrides this with JsonDeserializer.None: else binding the record would come back here without end.
@JsonDeserialize(using = AgentEventDeserializer.class)
public sealed interface AgentEvent permits ReplyStartEvent, ReplyEndEvent, ModelCallStartEvent, ModelCallEndEvent,
    TextBlockStartEvent, TextBlockDeltaEvent, TextBlockEndEvent, ThinkingBlockStartEvent, ThinkingBlockDeltaEvent,
    ThinkingBlockEndEvent, DataBlockStartEvent, DataBlockDeltaEvent, DataBlockEndEvent, HintBlockEvent,
    ToolCallStartEvent, ToolCallDeltaEvent, ToolCallEndEvent, ToolResultStartEvent, ToolResultTextDeltaEvent,
    ToolResultDataDeltaEvent, ToolResultEndEvent, ExceedMaxItersEvent, RequireUserConfirmEvent,
    RequireExternalExecutionEvent, UserConfirmResultEvent, UserInterruptEvent, ExternalExecutionResultEvent,
    CustomEvent, UnknownEvent {

  /**
   * The event's type as on the wire ({@code REPLY_START}, …), or for an {@link UnknownEvent} whatever the server
   * sent.
   *
   * @return the type, never null (empty when an unknown event has none)
   */
  String type();

  /** The event's id, when sent. */
  @JsonProperty("id")
  Optional<String> id();

  /** When the event was created, when sent (a naive time, read in the client's server time zone). */
  @JsonProperty("created_at")
  Optional<Instant> createdAt();

  /** Metadata attached to the event, as sent. */
  @JsonProperty("metadata")
  Map<String, JsonNode> metadata();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  Map<String, JsonNode> additionalProperties();
}
