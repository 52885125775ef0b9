package dev.sessionkit.agents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.agents.messages.ReplyFinishedReason;
import dev.sessionkit.agents.messages.TextOrBlocks;
import dev.sessionkit.agents.messages.ToolResultState;
import dev.sessionkit.agents.testing.VendorData;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The stream agentscope's own event models wrote (one event of each of the 28 types, as {@code stream.sse} in the
 * vendor data), read field by field. Skipped where the vendor data is absent.
 */
class VendorStreamTest {
  private static final Optional<Instant> AT = Optional.of(Instant.parse("2026-08-20T09:14:04.123456Z"));
  private static final Map<String, JsonNode> NONE = Map.of();

  private final ObjectReader reader = new SessionKitJson(ZoneId.of("UTC")).readerFor(AgentEvent.class);

  private static Optional<String> evt(int n) {
    return Optional.of("evt-" + n);
  }

  @Test
  void everyEventTheServersModelsWriteIsReadWithEveryField() throws Exception {
    List<AgentEvent> events = new ArrayList<>();
    for (String line : VendorData.agentScope("stream.sse").split("\n")) {
      if (line.startsWith("data: ")) {
        events.add(reader.readValue(line.substring("data: ".length())));
      }
    }
    Optional<String> reply = Optional.of("reply_id-1");
    String r = "reply_id-1";

    assertEquals(List.of(
        new CustomEvent("name-1", NONE, evt(1), AT, NONE, NONE),
        new DataBlockDeltaEvent(r, "block_id-1", Optional.of("media_type-1"), Optional.of("data-1"), Optional.empty(),
            evt(2), AT, NONE, NONE),
        new DataBlockEndEvent(r, "block_id-1", evt(3), AT, NONE, NONE),
        new DataBlockStartEvent(r, "block_id-1", Optional.of("media_type-1"), evt(4), AT, NONE, NONE),
        new ExceedMaxItersEvent(r, Optional.of("name-1"), evt(5), AT, NONE, NONE),
        new ExternalExecutionResultEvent(r, List.of(), evt(6), AT, NONE, NONE),
        new HintBlockEvent(r, "block_id-1", Optional.empty(), TextOrBlocks.of("hint-1"), evt(7), AT, NONE, NONE),
        new ModelCallEndEvent(r, 7, 7, 0, 0, Optional.of(ModelFinishedReason.COMPLETED), evt(8), AT, NONE, NONE),
        new ModelCallStartEvent(r, Optional.of("model_name-1"), evt(9), AT, NONE, NONE),
        new ReplyEndEvent(Optional.of("session_id-1"), r, Optional.of(ReplyFinishedReason.COMPLETED), Optional.empty(),
            evt(10), AT, NONE, NONE),
        new ReplyStartEvent(Optional.of("session_id-1"), r, Optional.of("name-1"), Optional.of(MessageRole.ASSISTANT),
            evt(11), AT, NONE, NONE),
        new RequireExternalExecutionEvent(r, List.of(), evt(12), AT, NONE, NONE),
        new RequireUserConfirmEvent(r, List.of(), evt(13), AT, NONE, NONE),
        new TextBlockDeltaEvent(r, "block_id-1", "delta-1", evt(14), AT, NONE, NONE),
        new TextBlockEndEvent(r, "block_id-1", evt(15), AT, NONE, NONE),
        new TextBlockStartEvent(r, "block_id-1", evt(16), AT, NONE, NONE),
        new ThinkingBlockDeltaEvent(r, "block_id-1", "delta-1", evt(17), AT, NONE, NONE),
        new ThinkingBlockEndEvent(r, "block_id-1", evt(18), AT, NONE, NONE),
        new ThinkingBlockStartEvent(r, "block_id-1", evt(19), AT, NONE, NONE),
        new ToolCallDeltaEvent(r, "tool_call_id-1", "delta-1", evt(20), AT, NONE, NONE),
        new ToolCallEndEvent(r, "tool_call_id-1", evt(21), AT, NONE, NONE),
        new ToolCallStartEvent(r, "tool_call_id-1", Optional.of("tool_call_name-1"), evt(22), AT, NONE, NONE),
        new ToolResultDataDeltaEvent(r, "tool_call_id-1", Optional.of("0000000000000000000000000000001e"),
            Optional.of("media_type-1"), Optional.of("aGVsbG8="), Optional.empty(), evt(23), AT, NONE, NONE),
        new ToolResultEndEvent(r, "tool_call_id-1", Optional.of(ToolResultState.SUCCESS), evt(24), AT, NONE, NONE),
        new ToolResultStartEvent(r, "tool_call_id-1", Optional.of("tool_call_name-1"), evt(25), AT, NONE, NONE),
        new ToolResultTextDeltaEvent(r, "tool_call_id-1", "delta-1", evt(26), AT, NONE, NONE),
        new UserConfirmResultEvent(r, List.of(), evt(27), AT, NONE, NONE),
        new UserInterruptEvent(r, evt(28), AT, NONE, NONE)), events);
    assertEquals(reply, Optional.of(((ReplyEndEvent) events.get(9)).replyId()));
  }
}
