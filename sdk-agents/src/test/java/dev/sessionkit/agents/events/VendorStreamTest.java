package dev.sessionkit.agents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.agents.internal.events.CustomEventRecord;
import dev.sessionkit.agents.internal.events.DataBlockDeltaEventRecord;
import dev.sessionkit.agents.internal.events.DataBlockEndEventRecord;
import dev.sessionkit.agents.internal.events.DataBlockStartEventRecord;
import dev.sessionkit.agents.internal.events.ExceedMaxItersEventRecord;
import dev.sessionkit.agents.internal.events.ExternalExecutionResultEventRecord;
import dev.sessionkit.agents.internal.events.HintBlockEventRecord;
import dev.sessionkit.agents.internal.events.ModelCallEndEventRecord;
import dev.sessionkit.agents.internal.events.ModelCallStartEventRecord;
import dev.sessionkit.agents.internal.events.ReplyEndEventRecord;
import dev.sessionkit.agents.internal.events.ReplyStartEventRecord;
import dev.sessionkit.agents.internal.events.RequireExternalExecutionEventRecord;
import dev.sessionkit.agents.internal.events.RequireUserConfirmEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockDeltaEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockEndEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockStartEventRecord;
import dev.sessionkit.agents.internal.events.ThinkingBlockDeltaEventRecord;
import dev.sessionkit.agents.internal.events.ThinkingBlockEndEventRecord;
import dev.sessionkit.agents.internal.events.ThinkingBlockStartEventRecord;
import dev.sessionkit.agents.internal.events.ToolCallDeltaEventRecord;
import dev.sessionkit.agents.internal.events.ToolCallEndEventRecord;
import dev.sessionkit.agents.internal.events.ToolCallStartEventRecord;
import dev.sessionkit.agents.internal.events.ToolResultDataDeltaEventRecord;
import dev.sessionkit.agents.internal.events.ToolResultEndEventRecord;
import dev.sessionkit.agents.internal.events.ToolResultStartEventRecord;
import dev.sessionkit.agents.internal.events.ToolResultTextDeltaEventRecord;
import dev.sessionkit.agents.internal.events.UserConfirmResultEventRecord;
import dev.sessionkit.agents.internal.events.UserInterruptEventRecord;
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
 * vendor data), read field by field: compared with the SDK's records, made here with their constructors, which
 * only the SDK's own code can reach. Skipped where the vendor data is absent.
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
        new CustomEventRecord("name-1", NONE, evt(1), AT, NONE, NONE),
        new DataBlockDeltaEventRecord(r, "block_id-1", Optional.of("media_type-1"), Optional.of("data-1"),
            Optional.empty(), evt(2), AT, NONE, NONE),
        new DataBlockEndEventRecord(r, "block_id-1", evt(3), AT, NONE, NONE),
        new DataBlockStartEventRecord(r, "block_id-1", Optional.of("media_type-1"), evt(4), AT, NONE, NONE),
        new ExceedMaxItersEventRecord(r, Optional.of("name-1"), evt(5), AT, NONE, NONE),
        new ExternalExecutionResultEventRecord(r, List.of(), evt(6), AT, NONE, NONE),
        new HintBlockEventRecord(r, "block_id-1", Optional.empty(), TextOrBlocks.of("hint-1"), evt(7), AT, NONE, NONE),
        new ModelCallEndEventRecord(r, 7, 7, 0, 0, Optional.of(ModelFinishedReason.COMPLETED), evt(8), AT, NONE, NONE),
        new ModelCallStartEventRecord(r, Optional.of("model_name-1"), evt(9), AT, NONE, NONE),
        new ReplyEndEventRecord(Optional.of("session_id-1"), r, Optional.of(ReplyFinishedReason.COMPLETED),
            Optional.empty(), evt(10), AT, NONE, NONE),
        new ReplyStartEventRecord(Optional.of("session_id-1"), r, Optional.of("name-1"),
            Optional.of(MessageRole.ASSISTANT), evt(11), AT, NONE, NONE),
        new RequireExternalExecutionEventRecord(r, List.of(), evt(12), AT, NONE, NONE),
        new RequireUserConfirmEventRecord(r, List.of(), evt(13), AT, NONE, NONE),
        new TextBlockDeltaEventRecord(r, "block_id-1", "delta-1", evt(14), AT, NONE, NONE),
        new TextBlockEndEventRecord(r, "block_id-1", evt(15), AT, NONE, NONE),
        new TextBlockStartEventRecord(r, "block_id-1", evt(16), AT, NONE, NONE),
        new ThinkingBlockDeltaEventRecord(r, "block_id-1", "delta-1", evt(17), AT, NONE, NONE),
        new ThinkingBlockEndEventRecord(r, "block_id-1", evt(18), AT, NONE, NONE),
        new ThinkingBlockStartEventRecord(r, "block_id-1", evt(19), AT, NONE, NONE),
        new ToolCallDeltaEventRecord(r, "tool_call_id-1", "delta-1", evt(20), AT, NONE, NONE),
        new ToolCallEndEventRecord(r, "tool_call_id-1", evt(21), AT, NONE, NONE),
        new ToolCallStartEventRecord(r, "tool_call_id-1", Optional.of("tool_call_name-1"), evt(22), AT, NONE, NONE),
        new ToolResultDataDeltaEventRecord(r, "tool_call_id-1", Optional.of("0000000000000000000000000000001e"),
            Optional.of("media_type-1"), Optional.of("aGVsbG8="), Optional.empty(), evt(23), AT, NONE, NONE),
        new ToolResultEndEventRecord(r, "tool_call_id-1", Optional.of(ToolResultState.SUCCESS), evt(24), AT, NONE,
            NONE),
        new ToolResultStartEventRecord(r, "tool_call_id-1", Optional.of("tool_call_name-1"), evt(25), AT, NONE, NONE),
        new ToolResultTextDeltaEventRecord(r, "tool_call_id-1", "delta-1", evt(26), AT, NONE, NONE),
        new UserConfirmResultEventRecord(r, List.of(), evt(27), AT, NONE, NONE),
        new UserInterruptEventRecord(r, evt(28), AT, NONE, NONE)), events);
    assertEquals(reply, Optional.of(((ReplyEndEvent) events.get(9)).replyId()));
  }
}
