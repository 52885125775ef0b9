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
 * {@code TEXT_BLOCK_DELTA}, {@code TOOL_CALL_START}, …). Each type the SDK knows has its interface; any other
 * arrives as an {@link UnknownEvent} that keeps the JSON. An event of a known type that lacks a field the
 * SDK needs also arrives as an {@link UnknownEvent}, so that one odd event never ends the stream.
 *
 * <pre>{@code
 * try (EventStream<AgentEvent> events = agents.sessions().stream("agent-1", "s-1")) {
 *   while (events.hasNext()) {
 *     AgentEvent e = events.next();
 *     if (e instanceof TextBlockDeltaEvent delta) {
 *       System.out.print(delta.delta());
 *     } else if (e instanceof ReplyEndEvent) {
 *       break;
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Sealed, and each type is an interface, so that on Java 21 a {@code switch} can match on them
 * ({@code case TextBlockDeltaEvent d -> …}, {@code case UnknownEvent u -> …}). Give such a switch a
 * {@code default} branch: a later SDK version adds event types as the server does, and a switch without one,
 * compiled against this version, throws {@code MatchException} on them.
 */
// The type first, as the server writes it: easier to read in logs and captures. Then the fields every event
// has, although each record declares them after its own.
@JsonPropertyOrder({"type", "id", "created_at", "metadata"})
// Read by type. Jackson applies a supertype's @JsonDeserialize to its subtypes too: each event interface comes
// here, which reads that type only (or fails), and each event record overrides this with JsonDeserializer.None,
// else binding the record would come back here without end.
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
  @JsonProperty("type")
  String type();

  /** The event's id, when sent. */
  @JsonProperty("id")
  Optional<String> id();

  /** When the event was created, when sent (a naive time, read in the client's server time zone). */
  @JsonProperty("created_at")
  Optional<Instant> createdAt();

  /** Metadata attached to the event, in the order sent; empty when none (or null on the wire). */
  @JsonProperty("metadata")
  Map<String, JsonNode> metadata();

  /**
   * Fields this SDK version does not know, in the order sent; empty when none. Written back flat, after the
   * known ones.
   */
  @JsonAnyGetter
  Map<String, JsonNode> additionalProperties();
}
