package dev.sessionkit.agents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.agents.internal.events.ReplyEndEventRecord;
import dev.sessionkit.agents.messages.DataBlock;
import dev.sessionkit.agents.messages.DataSource;
import dev.sessionkit.agents.messages.ReplyError;
import dev.sessionkit.agents.messages.ReplyErrorType;
import dev.sessionkit.agents.messages.ReplyFinishedReason;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.agents.messages.ToolCallBlock;
import dev.sessionkit.agents.messages.ToolCallState;
import dev.sessionkit.agents.messages.ToolResultBlock;
import dev.sessionkit.agents.messages.ToolResultState;
import dev.sessionkit.agents.state.PermissionBehavior;
import dev.sessionkit.agents.state.PermissionRule;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every AgentScope event type read from its JSON, and what happens to the rest. */
class AgentEventJsonTest {
  private final ObjectReader reader = new SessionKitJson(ZoneId.of("UTC")).readerFor(AgentEvent.class);

  private static final ToolCallBlock BASH_CALL = ToolCallBlock.builder().id("call-7").name("Bash")
      .input("{\"command\": \"git push\"}").state(ToolCallState.ASKING).addSuggestedRules(PermissionRule.builder()
          .toolName("Bash").ruleContent("git push").behavior(PermissionBehavior.ALLOW).source("session").build())
      .build();
  private static final String BASH_CALL_JSON = "{\"type\": \"tool_call\", \"id\": \"call-7\", \"name\": \"Bash\", "
      + "\"input\": \"{\\\"command\\\": \\\"git push\\\"}\", \"state\": \"asking\", \"suggested_rules\": "
      + "[{\"tool_name\": \"Bash\", \"rule_content\": \"git push\", \"behavior\": \"allow\", \"source\": \"session\"}]}";

  private <T extends AgentEvent> T read(Class<T> type, String json) throws Exception {
    AgentEvent event = reader.readValue(json);
    return assertInstanceOf(type, event);
  }

  private static String event(String type, String fields) {
    return "{\"type\": \"" + type + "\", \"id\": \"evt-1\", \"created_at\": \"2026-05-01T09:00:06.5\", "
        + "\"metadata\": {}, \"reply_id\": \"msg-02\"" + (fields.isEmpty() ? "" : ", " + fields) + "}";
  }

  @Test
  void theCommonFieldsAreReadOnEveryEvent() throws Exception {
    TextBlockStartEvent e = read(TextBlockStartEvent.class, "{\"type\": \"TEXT_BLOCK_START\", \"id\": \"evt-1\", "
        + "\"created_at\": \"2026-05-01T09:00:06.5\", \"metadata\": {\"node\": \"w-2\"}, \"reply_id\": \"msg-02\", "
        + "\"block_id\": \"blk-08\", \"visibility\": \"user\"}");

    assertEquals("TEXT_BLOCK_START", e.type());
    assertEquals(Optional.of("evt-1"), e.id());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:06.5Z")), e.createdAt());
    assertEquals("w-2", e.metadata().get("node").asText());
    assertEquals("msg-02", e.replyId());
    assertEquals("blk-08", e.blockId());
    assertEquals("user", e.additionalProperties().get("visibility").asText());
    // "type" is the event's class, not an unknown field.
    assertEquals(java.util.Set.of("visibility"), e.additionalProperties().keySet());
  }

  @Test
  void replyAndModelCallEvents() throws Exception {
    ReplyStartEvent start = read(ReplyStartEvent.class, event("REPLY_START", "\"name\": \"Scribe\""));
    assertEquals(Optional.of("Scribe"), start.name());
    assertEquals(Optional.empty(), start.role());
    assertEquals(Optional.empty(), start.sessionId());

    ReplyEndEvent end = read(ReplyEndEvent.class, event("REPLY_END", "\"session_id\": \"sess-9c1e\", "
        + "\"finished_reason\": \"error\", \"error\": {\"type\": \"rate_limit\", \"message\": \"Rate limit reached\"}"));
    assertEquals(new ReplyEndEventRecord(Optional.of("sess-9c1e"), "msg-02", Optional.of(ReplyFinishedReason.ERROR),
        Optional.of(ReplyError.builder().type(ReplyErrorType.RATE_LIMIT).message("Rate limit reached").build()),
        Optional.of("evt-1"), Optional.of(Instant.parse("2026-05-01T09:00:06.5Z")), Map.of(), Map.of()), end);

    ModelCallStartEvent call = read(ModelCallStartEvent.class, event("MODEL_CALL_START", "\"model_name\": \"gpt-4o\""));
    assertEquals(Optional.of("gpt-4o"), call.modelName());

    ModelCallEndEvent done = read(ModelCallEndEvent.class, event("MODEL_CALL_END",
        "\"input_tokens\": 900, \"output_tokens\": 120"));
    assertEquals(900, done.inputTokens());
    assertEquals(120, done.outputTokens());
    assertEquals(0, done.cacheInputTokens());
    assertEquals(0, done.cacheCreationInputTokens());
    assertEquals(Optional.empty(), done.finishedReason());
    assertEquals(1020, done.tokens().total());
    assertEquals(Optional.of(ModelFinishedReason.INTERRUPTED), read(ModelCallEndEvent.class, event("MODEL_CALL_END",
        "\"input_tokens\": 9, \"output_tokens\": 1, \"finished_reason\": \"interrupted\"")).finishedReason());
  }

  @Test
  void everyFinishedReasonOfAReplyIsTypedAndAnUnknownOneIsKept() throws Exception {
    for (ReplyFinishedReason known : List.of(ReplyFinishedReason.COMPLETED, ReplyFinishedReason.INTERRUPTED,
        ReplyFinishedReason.EXCEED_MAX_ITERS, ReplyFinishedReason.ERROR)) {
      ReplyEndEvent end = read(ReplyEndEvent.class, event("REPLY_END", "\"finished_reason\": \"" + known + "\""));
      assertEquals(Optional.of(known), end.finishedReason());
      assertTrue(end.finishedReason().orElseThrow().isKnown());
    }

    ReplyEndEvent handedOff = read(ReplyEndEvent.class, event("REPLY_END", "\"finished_reason\": \"handed_off\""));
    assertEquals("handed_off", handedOff.finishedReason().orElseThrow().value());
    assertFalse(handedOff.finishedReason().orElseThrow().isKnown());
    assertEquals(Optional.empty(), handedOff.error());
    // Written back as sent.
    assertTrue(SessionKitJson.mapper().writeValueAsString(handedOff).contains("\"finished_reason\":\"handed_off\""));

    ModelCallEndEvent stop = read(ModelCallEndEvent.class, event("MODEL_CALL_END", "\"finished_reason\": \"stop\""));
    assertEquals(ModelFinishedReason.of("stop"), stop.finishedReason().orElseThrow());
    assertFalse(stop.finishedReason().orElseThrow().isKnown());
    assertEquals(ModelFinishedReason.COMPLETED, ModelFinishedReason.of("completed"));
  }

  @Test
  void aReplyErrorWithoutATypeIsUnknownAndAnUnknownTypeOrFieldIsKept() throws Exception {
    ReplyEndEvent untyped = read(ReplyEndEvent.class, event("REPLY_END",
        "\"finished_reason\": \"error\", \"error\": {\"message\": \"boom\"}"));
    assertEquals(ReplyError.builder().message("boom").build(), untyped.error().orElseThrow());
    assertEquals(ReplyErrorType.UNKNOWN, untyped.error().orElseThrow().type());

    ReplyError quota = read(ReplyEndEvent.class, event("REPLY_END", "\"finished_reason\": \"error\", "
        + "\"error\": {\"type\": \"quota\", \"message\": \"Out of credit\", \"retry_after\": 30}")).error().orElseThrow();
    assertEquals("quota", quota.type().value());
    assertFalse(quota.type().isKnown());
    assertEquals("Out of credit", quota.message());
    assertEquals(Map.of("retry_after", SessionKitJson.mapper().readTree("30")), quota.additionalProperties());
  }

  @Test
  void aReplyErrorWithoutItsMessageMakesTheEventUnknownRatherThanLosingIt() throws Exception {
    UnknownEvent e = read(UnknownEvent.class, event("REPLY_END", "\"error\": {\"type\": \"upstream\"}"));
    assertEquals("REPLY_END", e.type());
    assertEquals("upstream", e.raw().get("error").get("type").asText());
  }

  @Test
  void aNegativeTokenCountInAModelCallEndCountsAsZeroInsteadOfThrowing() throws Exception {
    ModelCallEndEvent done = read(ModelCallEndEvent.class, event("MODEL_CALL_END",
        "\"input_tokens\": -1, \"output_tokens\": 120, \"cache_input_tokens\": -5"));
    assertEquals(-1, done.inputTokens());
    assertEquals(120, done.tokens().total());
  }

  @Test
  void textThinkingAndDataBlockEvents() throws Exception {
    assertEquals("blk-1", read(TextBlockStartEvent.class, event("TEXT_BLOCK_START", "\"block_id\": \"blk-1\"")).blockId());
    assertEquals("Hel", read(TextBlockDeltaEvent.class,
        event("TEXT_BLOCK_DELTA", "\"block_id\": \"blk-1\", \"delta\": \"Hel\"")).delta());
    TextBlockEndEvent textEnd = read(TextBlockEndEvent.class, event("TEXT_BLOCK_END", "\"block_id\": \"blk-1\""));
    assertEquals("blk-1", textEnd.blockId());
    assertEquals(Map.of(), textEnd.additionalProperties());

    assertEquals("blk-2", read(ThinkingBlockStartEvent.class,
        event("THINKING_BLOCK_START", "\"block_id\": \"blk-2\"")).blockId());
    assertEquals("First, read", read(ThinkingBlockDeltaEvent.class,
        event("THINKING_BLOCK_DELTA", "\"block_id\": \"blk-2\", \"delta\": \"First, read\"")).delta());
    assertEquals("blk-2", read(ThinkingBlockEndEvent.class,
        event("THINKING_BLOCK_END", "\"block_id\": \"blk-2\"")).blockId());

    DataBlockStartEvent dataStart = read(DataBlockStartEvent.class,
        event("DATA_BLOCK_START", "\"block_id\": \"blk-3\", \"media_type\": \"image/png\""));
    assertEquals("blk-3", dataStart.blockId());
    assertEquals(Optional.of("image/png"), dataStart.mediaType());
    DataBlockDeltaEvent dataDelta = read(DataBlockDeltaEvent.class,
        event("DATA_BLOCK_DELTA", "\"block_id\": \"blk-3\", \"media_type\": \"image/png\", \"data\": \"iVBORw0K\""));
    assertEquals(Optional.of("iVBORw0K"), dataDelta.data());
    assertEquals(Optional.empty(), dataDelta.url());
    assertEquals("blk-3", read(DataBlockEndEvent.class, event("DATA_BLOCK_END", "\"block_id\": \"blk-3\"")).blockId());

    HintBlockEvent hint = read(HintBlockEvent.class, event("HINT_BLOCK", "\"block_id\": \"blk-4\", "
        + "\"source\": \"Reviewer\", \"hint\": [{\"type\": \"text\", \"text\": \"Check the dates\"}]"));
    assertEquals(Optional.of("Reviewer"), hint.source());
    assertEquals(List.of(TextBlock.of("Check the dates")), hint.hint().blocks());
  }

  @Test
  void toolCallAndToolResultEvents() throws Exception {
    ToolCallStartEvent start = read(ToolCallStartEvent.class,
        event("TOOL_CALL_START", "\"tool_call_id\": \"call-7\", \"tool_call_name\": \"Bash\""));
    assertEquals("call-7", start.toolCallId());
    assertEquals(Optional.of("Bash"), start.toolCallName());
    assertEquals("{\"command\": ", read(ToolCallDeltaEvent.class,
        event("TOOL_CALL_DELTA", "\"tool_call_id\": \"call-7\", \"delta\": \"{\\\"command\\\": \"")).delta());
    assertEquals("call-7", read(ToolCallEndEvent.class, event("TOOL_CALL_END", "\"tool_call_id\": \"call-7\""))
        .toolCallId());

    assertEquals(Optional.of("Bash"), read(ToolResultStartEvent.class,
        event("TOOL_RESULT_START", "\"tool_call_id\": \"call-7\", \"tool_call_name\": \"Bash\"")).toolCallName());
    assertEquals("Everything up-to-date", read(ToolResultTextDeltaEvent.class,
        event("TOOL_RESULT_TEXT_DELTA", "\"tool_call_id\": \"call-7\", \"delta\": \"Everything up-to-date\"")).delta());
    ToolResultDataDeltaEvent data = read(ToolResultDataDeltaEvent.class, event("TOOL_RESULT_DATA_DELTA",
        "\"tool_call_id\": \"call-8\", \"block_id\": \"blk-9\", \"media_type\": \"image/png\", "
            + "\"url\": \"https://cdn.acme.example/s.png\""));
    assertEquals(Optional.of("blk-9"), data.blockId());
    assertEquals(Optional.of("https://cdn.acme.example/s.png"), data.url());
    assertEquals(Optional.empty(), data.data());
    ToolResultEndEvent end = read(ToolResultEndEvent.class,
        event("TOOL_RESULT_END", "\"tool_call_id\": \"call-7\", \"state\": \"interrupted\""));
    assertEquals(Optional.of(ToolResultState.INTERRUPTED), end.state());
  }

  @Test
  void confirmationAndExternalExecutionEvents() throws Exception {
    RequireUserConfirmEvent confirm = read(RequireUserConfirmEvent.class,
        event("REQUIRE_USER_CONFIRM", "\"tool_calls\": [" + BASH_CALL_JSON + "]"));
    assertEquals(List.of(BASH_CALL), confirm.toolCalls());

    RequireExternalExecutionEvent external = read(RequireExternalExecutionEvent.class,
        event("REQUIRE_EXTERNAL_EXECUTION", "\"tool_calls\": [" + BASH_CALL_JSON + "]"));
    assertEquals(List.of(BASH_CALL), external.toolCalls());

    UserConfirmResultEvent answer = read(UserConfirmResultEvent.class, event("USER_CONFIRM_RESULT",
        "\"confirm_results\": [{\"confirmed\": true, \"tool_call\": " + BASH_CALL_JSON + ", \"rules\": "
            + "[{\"tool_name\": \"Bash\", \"rule_content\": \"git push\", \"behavior\": \"allow\", "
            + "\"source\": \"session\"}]}, {\"confirmed\": false, \"tool_call\": " + BASH_CALL_JSON
            + ", \"rules\": null}]"));
    assertEquals(List.of(
        ConfirmResult.builder().confirmed(true).toolCall(BASH_CALL).addRules(PermissionRule.builder()
            .toolName("Bash").ruleContent("git push").behavior(PermissionBehavior.ALLOW).source("session").build())
            .build(),
        ConfirmResult.builder().confirmed(false).toolCall(BASH_CALL).build()), answer.confirmResults());

    ExternalExecutionResultEvent results = read(ExternalExecutionResultEvent.class, event(
        "EXTERNAL_EXECUTION_RESULT", "\"execution_results\": [{\"type\": \"tool_result\", \"id\": \"call-7\", "
            + "\"name\": \"Bash\", \"output\": [{\"type\": \"data\", \"source\": {\"type\": \"base64\", "
            + "\"data\": \"AAAA\", \"media_type\": \"text/plain\"}}], \"state\": \"success\"}]"));
    assertEquals(List.of(ToolResultBlock.builder().id("call-7").name("Bash").state(ToolResultState.SUCCESS)
        .output(dev.sessionkit.agents.messages.TextOrBlocks.of(List.of(DataBlock.builder()
            .source(DataSource.base64("AAAA", "text/plain")).build()))).build()), results.executionResults());

    assertEquals("msg-02", read(UserInterruptEvent.class, event("USER_INTERRUPT", "")).replyId());
    assertEquals(Optional.of("Scribe"), read(ExceedMaxItersEvent.class,
        event("EXCEED_MAX_ITERS", "\"name\": \"Scribe\"")).name());
  }

  @Test
  void customEventsKeepTheirPayload() throws Exception {
    CustomEvent custom = read(CustomEvent.class, "{\"type\": \"CUSTOM\", \"name\": \"state_updated\", "
        + "\"value\": {\"tasks\": [{\"id\": \"task-1\", \"state\": \"completed\"}]}}");

    assertEquals("state_updated", custom.name());
    assertEquals("completed", custom.value().get("tasks").get(0).get("state").asText());
    assertEquals(Optional.empty(), custom.id());
  }

  @Test
  void anUnknownTypeIsKeptWhole() throws Exception {
    UnknownEvent e = read(UnknownEvent.class, "{\"type\": \"SUBAGENT_SPAWNED\", \"id\": \"evt-5\", "
        + "\"created_at\": \"2026-05-01T09:00:07\", \"metadata\": {\"k\": 1}, \"agent_id\": \"agt-w2\"}");

    assertEquals("SUBAGENT_SPAWNED", e.type());
    assertEquals(Optional.of("evt-5"), e.id());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:07Z")), e.createdAt());
    assertEquals(1, e.metadata().get("k").intValue());
    assertEquals(Map.of("agent_id", e.raw().get("agent_id")), e.additionalProperties());
    assertEquals("agt-w2", e.raw().get("agent_id").asText());
    // Written back as the same JSON.
    assertEquals(e.raw(), SessionKitJson.mapper().valueToTree(e));
  }

  @Test
  void aKnownTypeWithoutItsRequiredFieldsIsKeptAsUnknown() throws Exception {
    UnknownEvent e = read(UnknownEvent.class, "{\"type\": \"TEXT_BLOCK_DELTA\", \"delta\": \"orphan\"}");

    assertEquals("TEXT_BLOCK_DELTA", e.type());
    assertEquals("orphan", e.raw().get("delta").asText());
  }

  @Test
  void eventsWithoutATypeOrNotObjectsAreUnknown() throws Exception {
    UnknownEvent noType = read(UnknownEvent.class, "{\"id\": \"evt-6\", \"created_at\": \"not a time\"}");
    assertEquals("", noType.type());
    assertEquals(Optional.empty(), noType.createdAt());
    assertEquals(Optional.of("evt-6"), noType.id());

    UnknownEvent array = read(UnknownEvent.class, "[1, 2]");
    assertEquals("", array.type());
    assertTrue(array.metadata().isEmpty());
    assertTrue(array.additionalProperties().isEmpty());
  }

  @Test
  void aTypedEventWritesItsTypeBack() throws Exception {
    TextBlockDeltaEvent e = read(TextBlockDeltaEvent.class, event("TEXT_BLOCK_DELTA",
        "\"block_id\": \"blk-1\", \"delta\": \"Hi\""));

    String written = SessionKitJson.mapper().writeValueAsString(e);

    assertTrue(written.contains("\"type\":\"TEXT_BLOCK_DELTA\""), written);
    assertEquals(e, reader.readValue(written));
  }
}
