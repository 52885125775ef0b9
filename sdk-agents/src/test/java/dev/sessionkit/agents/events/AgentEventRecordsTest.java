package dev.sessionkit.agents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.internal.events.HintBlockEventRecord;
import dev.sessionkit.agents.internal.events.ModelCallEndEventRecord;
import dev.sessionkit.agents.internal.events.RequireUserConfirmEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockDeltaEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockEndEventRecord;
import dev.sessionkit.agents.internal.events.TextBlockStartEventRecord;
import dev.sessionkit.agents.messages.TextOrBlocks;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.lang.reflect.RecordComponent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The events, interfaces backed by internal records: every type read, written and read back equal; unknown
 * fields kept in the server's order; a missing required field still makes the event an {@link UnknownEvent};
 * the records' constructors' rules (no API: only the SDK calls them, as JSON is read).
 */
class AgentEventRecordsTest {
  private static final ObjectMapper MAPPER = SessionKitJson.mapper();
  private final ObjectReader reader = new SessionKitJson(ZoneId.of("UTC")).readerFor(AgentEvent.class);

  private static final String CALL = "{\"type\": \"tool_call\", \"id\": \"call-7\", \"name\": \"Bash\", "
      + "\"input\": \"{}\", \"state\": \"asking\", \"suggested_rules\": [{\"tool_name\": \"Bash\", "
      + "\"rule_content\": \"git push\", \"behavior\": \"allow\", \"source\": \"session\"}], "
      + "\"created_at\": \"2026-05-01T09:00:06.200Z\", \"finished_at\": \"2026-05-01T09:00:06.300Z\"}";

  /** One event of each type with every field set, and one field this SDK does not know. */
  static final Map<Class<? extends AgentEvent>, String> SAMPLES = Map.ofEntries(
      sample(ReplyStartEvent.class, ReplyStartEvent.TYPE,
          "\"session_id\": \"s-1\", \"reply_id\": \"msg-02\", \"name\": \"Scribe\", \"role\": \"assistant\""),
      sample(ReplyEndEvent.class, ReplyEndEvent.TYPE, "\"session_id\": \"s-1\", \"reply_id\": \"msg-02\", "
          + "\"finished_reason\": \"error\", \"error\": {\"type\": \"rate_limit\", \"message\": \"Rate limit reached\"}"),
      sample(ModelCallStartEvent.class, ModelCallStartEvent.TYPE, "\"reply_id\": \"msg-02\", \"model_name\": \"gpt-4o\""),
      sample(ModelCallEndEvent.class, ModelCallEndEvent.TYPE, "\"reply_id\": \"msg-02\", \"input_tokens\": 900, "
          + "\"output_tokens\": 120, \"cache_input_tokens\": 30, \"cache_creation_input_tokens\": 12, "
          + "\"finished_reason\": \"interrupted\""),
      sample(TextBlockStartEvent.class, TextBlockStartEvent.TYPE, "\"reply_id\": \"msg-02\", \"block_id\": \"blk-1\""),
      sample(TextBlockDeltaEvent.class, TextBlockDeltaEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"block_id\": \"blk-1\", \"delta\": \"Hel\""),
      sample(TextBlockEndEvent.class, TextBlockEndEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"block_id\": \"blk-1\""),
      sample(ThinkingBlockStartEvent.class, ThinkingBlockStartEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"block_id\": \"blk-2\""),
      sample(ThinkingBlockDeltaEvent.class, ThinkingBlockDeltaEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"block_id\": \"blk-2\", \"delta\": \"First\""),
      sample(ThinkingBlockEndEvent.class, ThinkingBlockEndEvent.TYPE, "\"reply_id\": \"msg-02\", \"block_id\": \"blk-2\""),
      sample(DataBlockStartEvent.class, DataBlockStartEvent.TYPE, "\"reply_id\": \"msg-02\", \"block_id\": \"blk-3\", "
          + "\"media_type\": \"image/png\""),
      sample(DataBlockDeltaEvent.class, DataBlockDeltaEvent.TYPE, "\"reply_id\": \"msg-02\", \"block_id\": \"blk-3\", "
          + "\"media_type\": \"image/png\", \"data\": \"iVBORw0K\", \"url\": \"https://cdn.acme.example/p.png\""),
      sample(DataBlockEndEvent.class, DataBlockEndEvent.TYPE, "\"reply_id\": \"msg-02\", \"block_id\": \"blk-3\""),
      sample(HintBlockEvent.class, HintBlockEvent.TYPE, "\"reply_id\": \"msg-02\", \"block_id\": \"blk-4\", "
          + "\"source\": \"Reviewer\", \"hint\": [{\"type\": \"text\", \"text\": \"Check the dates\"}]"),
      sample(ToolCallStartEvent.class, ToolCallStartEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"tool_call_id\": \"call-7\", \"tool_call_name\": \"Bash\""),
      sample(ToolCallDeltaEvent.class, ToolCallDeltaEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"tool_call_id\": \"call-7\", \"delta\": \"{\\\"command\\\": \""),
      sample(ToolCallEndEvent.class, ToolCallEndEvent.TYPE, "\"reply_id\": \"msg-02\", \"tool_call_id\": \"call-7\""),
      sample(ToolResultStartEvent.class, ToolResultStartEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"tool_call_id\": \"call-7\", \"tool_call_name\": \"Bash\""),
      sample(ToolResultTextDeltaEvent.class, ToolResultTextDeltaEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"tool_call_id\": \"call-7\", \"delta\": \"Everything up-to-date\""),
      sample(ToolResultDataDeltaEvent.class, ToolResultDataDeltaEvent.TYPE, "\"reply_id\": \"msg-02\", "
          + "\"tool_call_id\": \"call-8\", \"block_id\": \"blk-9\", \"media_type\": \"image/png\", \"data\": \"AAAA\", "
          + "\"url\": \"https://cdn.acme.example/s.png\""),
      sample(ToolResultEndEvent.class, ToolResultEndEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"tool_call_id\": \"call-7\", \"state\": \"interrupted\""),
      sample(ExceedMaxItersEvent.class, ExceedMaxItersEvent.TYPE, "\"reply_id\": \"msg-02\", \"name\": \"Scribe\""),
      sample(RequireUserConfirmEvent.class, RequireUserConfirmEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"tool_calls\": [" + CALL + "]"),
      sample(RequireExternalExecutionEvent.class, RequireExternalExecutionEvent.TYPE,
          "\"reply_id\": \"msg-02\", \"tool_calls\": [" + CALL + "]"),
      sample(UserConfirmResultEvent.class, UserConfirmResultEvent.TYPE, "\"reply_id\": \"msg-02\", "
          + "\"confirm_results\": [{\"confirmed\": true, \"tool_call\": " + CALL + ", \"rules\": [{\"tool_name\": "
          + "\"Bash\", \"rule_content\": \"git push\", \"behavior\": \"allow\", \"source\": \"session\"}]}]"),
      sample(UserInterruptEvent.class, UserInterruptEvent.TYPE, "\"reply_id\": \"msg-02\""),
      sample(ExternalExecutionResultEvent.class, ExternalExecutionResultEvent.TYPE, "\"reply_id\": \"msg-02\", "
          + "\"execution_results\": [{\"type\": \"tool_result\", \"id\": \"call-7\", \"name\": \"Bash\", "
          + "\"output\": \"Everything up-to-date\", \"state\": \"success\", \"metadata\": {\"exit_code\": 0}, "
          + "\"created_at\": \"2026-05-01T09:00:06.400Z\", \"finished_at\": \"2026-05-01T09:00:07Z\"}]"),
      sample(CustomEvent.class, CustomEvent.TYPE,
          "\"name\": \"state_updated\", \"value\": {\"tasks\": [{\"id\": \"task-1\", \"state\": \"completed\"}]}"));

  private static Map.Entry<Class<? extends AgentEvent>, String> sample(Class<? extends AgentEvent> type,
      String wireType, String fields) {
    return Map.entry(type, "{\"type\": \"" + wireType + "\", \"id\": \"evt-1\", \"created_at\": "
        + "\"2026-05-01T09:00:06.500Z\", \"metadata\": {\"node\": \"w-2\", \"attempt\": 1}, " + fields
        + ", \"x_trace\": [1, \"two\"]}");
  }

  static Stream<Class<? extends AgentEvent>> eventTypes() {
    return SAMPLES.keySet().stream().sorted((a, b) -> a.getSimpleName().compareTo(b.getSimpleName()));
  }

  @Test
  void thereIsASampleOfEveryEventType() {
    Set<String> typed = Arrays.stream(AgentEvent.class.getPermittedSubclasses())
        .filter(c -> c != UnknownEvent.class).map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(28, typed.size());
    assertEquals(typed, SAMPLES.keySet().stream().map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new)));
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void everyEventIsWrittenAsItWasReadAndReadBackEqual(Class<? extends AgentEvent> type) throws Exception {
    String json = SAMPLES.get(type);
    AgentEvent event = assertInstanceOf(type, reader.readValue(json));

    String written = MAPPER.writeValueAsString(event);

    assertEquals(MAPPER.readTree(json), MAPPER.readTree(written), written);
    assertEquals(event, reader.readValue(written));
    assertEquals(event.hashCode(), ((AgentEvent) reader.readValue(written)).hashCode());
    assertTrue(written.startsWith("{\"type\":\"" + event.type() + "\",\"id\":\"evt-1\",\"created_at\":"), written);
    assertEquals(Map.of("x_trace", MAPPER.readTree("[1, \"two\"]")), event.additionalProperties());
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void anEventMissingARequiredFieldOrWithItNullIsKeptAsUnknown(Class<? extends AgentEvent> type) throws Exception {
    for (String field : requiredFields(type)) {
      ObjectNode missing = (ObjectNode) MAPPER.readTree(SAMPLES.get(type));
      missing.remove(field);
      UnknownEvent e = assertInstanceOf(UnknownEvent.class, reader.readValue(missing), field);
      assertEquals(missing, e.raw());
      assertEquals(Optional.of("evt-1"), e.id());

      ObjectNode nulled = (ObjectNode) MAPPER.readTree(SAMPLES.get(type));
      nulled.putNull(field);
      assertInstanceOf(UnknownEvent.class, reader.readValue(nulled), field);
    }
  }

  /** The record behind an event's interface: the one class it permits. */
  static Class<?> record(Class<?> type) {
    Class<?>[] permitted = type.getPermittedSubclasses();
    assertEquals(1, permitted.length, type.getName());
    return permitted[0];
  }

  /** The JSON names of the components the SDK requires: those of a plain type, not Optional, list, map, or number. */
  private static List<String> requiredFields(Class<?> type) {
    List<String> names = new ArrayList<>();
    for (RecordComponent c : record(type).getRecordComponents()) {
      if (c.getType() == String.class) {
        names.add(c.getAccessor().getAnnotation(JsonProperty.class).value());
      }
    }
    return names;
  }

  @Test
  void everyEventRequiresTheFieldsItRequiredBefore() {
    assertEquals(List.of("reply_id", "block_id", "delta"), requiredFields(TextBlockDeltaEvent.class));
    assertEquals(List.of("reply_id", "tool_call_id"), requiredFields(ToolResultDataDeltaEvent.class));
    assertEquals(List.of("reply_id"), requiredFields(ReplyStartEvent.class));
    assertEquals(List.of("name"), requiredFields(CustomEvent.class));
    eventTypes().forEach(t -> assertTrue(!requiredFields(t).isEmpty(), t.getSimpleName()));
  }

  @Test
  void unknownFieldsAreKeptInTheServersOrderAndWrittenBackFlatAfterTheKnownOnes() throws Exception {
    TextBlockDeltaEvent e = assertInstanceOf(TextBlockDeltaEvent.class, reader.readValue("{\"zeta\": 1, "
        + "\"type\": \"TEXT_BLOCK_DELTA\", \"reply_id\": \"msg-02\", \"alpha\": {\"k\": [1]}, "
        + "\"additionalProperties\": {\"q\": 1}, \"block_id\": \"blk-1\", \"mid\": null, \"text\": null, "
        + "\"metadata\": {\"b\": 1, \"a\": null}, \"delta\": \"Hi\", \"beta\": \"last\"}"));

    assertEquals(List.of("zeta", "alpha", "additionalProperties", "mid", "text", "beta"),
        List.copyOf(e.additionalProperties().keySet()));
    assertTrue(e.additionalProperties().get("mid").isNull());
    assertEquals(List.of("b", "a"), List.copyOf(e.metadata().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> e.additionalProperties().put("x", IntNode.valueOf(1)));
    assertThrows(UnsupportedOperationException.class, () -> e.metadata().clear());
    assertEquals("{\"type\":\"TEXT_BLOCK_DELTA\",\"id\":null,\"created_at\":null,\"metadata\":{\"b\":1,\"a\":null},"
        + "\"reply_id\":\"msg-02\",\"block_id\":\"blk-1\",\"delta\":\"Hi\",\"zeta\":1,\"alpha\":{\"k\":[1]},"
        + "\"additionalProperties\":{\"q\":1},\"mid\":null,\"text\":null,\"beta\":\"last\"}", MAPPER.writeValueAsString(e));
  }

  @Test
  void aNullKnownFieldReadsAsAbsent() throws Exception {
    ModelCallEndEvent e = assertInstanceOf(ModelCallEndEvent.class, reader.readValue("{\"type\": \"MODEL_CALL_END\", "
        + "\"reply_id\": \"msg-02\", \"input_tokens\": null, \"finished_reason\": null, \"metadata\": null, "
        + "\"id\": null, \"created_at\": null}"));

    assertEquals(new ModelCallEndEventRecord("msg-02", 0, 0, 0, 0, Optional.empty(), Optional.empty(),
        Optional.empty(), Map.of(), Map.of()), e);
    HintBlockEvent hint = assertInstanceOf(HintBlockEvent.class, reader.readValue("{\"type\": \"HINT_BLOCK\", "
        + "\"reply_id\": \"msg-02\", \"block_id\": \"blk-4\", \"hint\": null}"));
    assertEquals(TextOrBlocks.empty(), hint.hint());
    RequireUserConfirmEvent confirm = assertInstanceOf(RequireUserConfirmEvent.class, reader.readValue(
        "{\"type\": \"REQUIRE_USER_CONFIRM\", \"reply_id\": \"msg-02\", \"tool_calls\": null}"));
    assertEquals(List.of(), confirm.toolCalls());
  }

  @Test
  void aFieldOfAnotherShapeOrANullToolCallStillMakesTheEventUnknown() throws Exception {
    assertInstanceOf(UnknownEvent.class, reader.readValue(
        "{\"type\": \"REQUIRE_USER_CONFIRM\", \"reply_id\": \"msg-02\", \"tool_calls\": [null]}"));
    assertInstanceOf(UnknownEvent.class, reader.readValue(
        "{\"type\": \"TEXT_BLOCK_DELTA\", \"reply_id\": \"msg-02\", \"block_id\": \"blk-1\", \"delta\": {\"a\": 1}}"));
    assertInstanceOf(UnknownEvent.class, reader.readValue(
        "{\"type\": \"REPLY_START\", \"reply_id\": \"msg-02\", \"metadata\": [1]}"));
    assertInstanceOf(UnknownEvent.class, reader.readValue("{\"type\": \"CUSTOM\", \"name\": \"n\", \"value\": 5}"));
  }

  @Test
  void aRecordCopiesItsMapsInTheirOrderAndTakesANullListMapOrHintAsEmpty() throws Exception {
    Map<String, JsonNode> unknown = new LinkedHashMap<>();
    unknown.put("zeta", IntNode.valueOf(1));
    unknown.put("alpha", IntNode.valueOf(2));

    TextBlockDeltaEvent made = new TextBlockDeltaEventRecord("msg-02", "blk-1", "Hi", Optional.empty(),
        Optional.empty(), null, unknown);
    unknown.put("later", IntNode.valueOf(3));

    assertEquals(reader.readValue("{\"type\": \"TEXT_BLOCK_DELTA\", \"reply_id\": \"msg-02\", \"block_id\": \"blk-1\", "
        + "\"delta\": \"Hi\", \"zeta\": 1, \"alpha\": 2}"), made);
    assertEquals(List.of("zeta", "alpha"), List.copyOf(made.additionalProperties().keySet()));
    assertEquals(Map.of(), made.metadata());
    assertEquals(List.of(), new RequireUserConfirmEventRecord("msg-02", null, Optional.empty(), Optional.empty(),
        Map.of(), Map.of()).toolCalls());
    assertEquals(TextOrBlocks.empty(), new HintBlockEventRecord("msg-02", "blk-4", Optional.empty(), null,
        Optional.empty(), Optional.empty(), Map.of(), Map.of()).hint());
  }

  @Test
  void aRecordRefusesAMissingRequiredFieldANullOptionalAndNullsInItsMaps() {
    assertThrows(NullPointerException.class, () -> new TextBlockDeltaEventRecord(null, "blk-1", "Hi",
        Optional.empty(), Optional.empty(), Map.of(), Map.of()));
    assertThrows(NullPointerException.class, () -> new TextBlockEndEventRecord("msg-02", "blk-1", null,
        Optional.empty(), Map.of(), Map.of()));
    assertThrows(NullPointerException.class, () -> new TextBlockStartEventRecord("msg-02", "blk-1",
        Optional.empty(), Optional.empty(), Collections.singletonMap("k", null), Map.of()));
    assertThrows(NullPointerException.class, () -> new RequireUserConfirmEventRecord("msg-02",
        Collections.singletonList(null), Optional.empty(), Optional.empty(), Map.of(), Map.of()));
  }
}
