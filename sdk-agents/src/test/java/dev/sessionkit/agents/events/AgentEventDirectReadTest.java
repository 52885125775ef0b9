package dev.sessionkit.agents.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.DecimalNode;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Reading one event type directly ({@code mapper.readValue(json, TextBlockDeltaEvent.class)}), with the SDK's
 * mapper or a user's plain {@code new ObjectMapper()}: the same event as read through {@code AgentEvent}, unknown
 * fields kept, and a clear failure for JSON that is no such event. JSON is the only way to make an event.
 */
class AgentEventDirectReadTest {
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  /** A user's mapper: no module, Jackson's defaults. */
  private static final ObjectMapper PLAIN = new ObjectMapper();

  private final SessionKitJson utc = new SessionKitJson(ZoneId.of("UTC"));
  private final ObjectReader reader = utc.readerFor(AgentEvent.class);

  static Stream<Class<? extends AgentEvent>> eventTypes() {
    return AgentEventRecordsTest.eventTypes();
  }

  private static String sample(Class<? extends AgentEvent> type) {
    return AgentEventRecordsTest.SAMPLES.get(type);
  }

  @ParameterizedTest
  @MethodSource("eventTypes")
  void anEventReadAsItsOwnTypeIsTheEventReadAsAnyWithItsUnknownFieldsWhicheverMapperReadsIt(
      Class<? extends AgentEvent> type) throws Exception {
    String json = sample(type);
    AgentEvent asAny = reader.readValue(json);

    AgentEvent direct = assertInstanceOf(type, utc.readerFor(type).readValue(json));
    AgentEvent plain = assertInstanceOf(type, PLAIN.readValue(json, type));

    assertEquals(asAny, direct);
    assertEquals(asAny, plain);
    assertEquals(asAny, PLAIN.readValue(json, AgentEvent.class));
    assertEquals(List.of("x_trace"), List.copyOf(plain.additionalProperties().keySet()));
    assertEquals(PLAIN.readTree("[1, \"two\"]"), plain.additionalProperties().get("x_trace"));
    // Written back as read, and read back equal, as its own type too.
    String written = SessionKitJson.mapper().writeValueAsString(direct);
    assertEquals(PLAIN.readTree(json), PLAIN.readTree(written));
    assertEquals(direct, PLAIN.readValue(written, type));
  }

  @Test
  void aPlainMapperReadsAnEventWithTheSdksRulesFloatsAsDecimalsNaiveTimesAsUtc() throws Exception {
    String json = "{\"type\": \"TEXT_BLOCK_DELTA\", \"reply_id\": \"msg-02\", \"block_id\": \"blk-1\", "
        + "\"delta\": \"Hi\", \"created_at\": \"2026-05-01T09:00:06.5\", \"score\": 0.1}";

    TextBlockDeltaEvent plain = PLAIN.readValue(json, TextBlockDeltaEvent.class);

    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:06.5Z")), plain.createdAt());
    assertEquals(new DecimalNode(new BigDecimal("0.1")), plain.additionalProperties().get("score"));
    assertEquals(reader.readValue(json), plain);
    // A client reads the same naive time in its server time zone, as its own type too.
    TextBlockDeltaEvent tokyo = new SessionKitJson(TOKYO).readerFor(TextBlockDeltaEvent.class).readValue(json);
    assertEquals(Optional.of(Instant.parse("2026-05-01T00:00:06.5Z")), tokyo.createdAt());
  }

  @Test
  void aPlainMapperReadsEventsInsideOtherValuesAndGoesOnAfterThem() throws Exception {
    String first = sample(TextBlockDeltaEvent.class);
    String second = sample(ReplyEndEvent.class);

    List<AgentEvent> list = PLAIN.readValue("[" + first + ", " + second + "]", new TypeReference<List<AgentEvent>>() {});
    Map<String, AgentEvent> map = PLAIN.readValue("{\"a\": " + first + ", \"b\": " + second + ", \"c\": " + first
        + "}", new TypeReference<Map<String, AgentEvent>>() {});
    Map<String, TextBlockDeltaEvent> typed = PLAIN.readValue("{\"a\": " + first + ", \"b\": " + first + "}",
        new TypeReference<Map<String, TextBlockDeltaEvent>>() {});

    List<AgentEvent> expected = List.of(reader.readValue(first), reader.readValue(second));
    assertEquals(expected, list);
    assertEquals(Map.of("a", expected.get(0), "b", expected.get(1), "c", expected.get(0)), map);
    assertEquals(Map.of("a", expected.get(0), "b", expected.get(0)), typed);
  }

  @Test
  void readingJsonThatIsNoEventOfTheTypeAskedForFailsAndSaysWhy() throws Exception {
    for (ObjectMapper mapper : List.of(SessionKitJson.mapper(), PLAIN)) {
      assertEquals("Cannot read an event of type \"REPLY_START\" as TextBlockDeltaEvent (type \"TEXT_BLOCK_DELTA\"); "
          + "read it as AgentEvent to take an event of any type", assertThrows(MismatchedInputException.class,
              () -> mapper.readValue(sample(ReplyStartEvent.class), TextBlockDeltaEvent.class)).getOriginalMessage());
      assertEquals("Cannot read an event of type \"SUBAGENT_SPAWNED\" as ReplyEndEvent (type \"REPLY_END\"); "
          + "read it as AgentEvent to take an event of any type", assertThrows(MismatchedInputException.class,
              () -> mapper.readValue("{\"type\": \"SUBAGENT_SPAWNED\"}", ReplyEndEvent.class)).getOriginalMessage());
      assertEquals("Cannot read JSON without a \"type\" as CustomEvent (type \"CUSTOM\"); read it as AgentEvent to "
          + "take an event of any type", assertThrows(MismatchedInputException.class,
              () -> mapper.readValue("{\"name\": \"n\"}", CustomEvent.class)).getOriginalMessage());
      assertEquals("Cannot read an event of type 5 as CustomEvent (type \"CUSTOM\"); read it as AgentEvent to take "
          + "an event of any type", assertThrows(MismatchedInputException.class,
              () -> mapper.readValue("{\"type\": 5, \"name\": \"n\"}", CustomEvent.class)).getOriginalMessage());
      assertEquals("Cannot read JSON array as CustomEvent (type \"CUSTOM\"); read it as AgentEvent to take an event "
          + "of any type", assertThrows(MismatchedInputException.class,
              () -> mapper.readValue("[1, 2]", CustomEvent.class)).getOriginalMessage());
    }
  }

  @Test
  void readingAnEventThatLacksARequiredFieldAsItsTypeFailsAndSaysWhyWhereAsAnyItIsUnknown() throws Exception {
    String orphan = "{\"type\": \"TEXT_BLOCK_DELTA\", \"block_id\": \"blk-1\", \"delta\": \"orphan\"}";

    for (ObjectMapper mapper : List.of(SessionKitJson.mapper(), PLAIN)) {
      JsonMappingException e = assertThrows(JsonMappingException.class,
          () -> mapper.readValue(orphan, TextBlockDeltaEvent.class));
      assertTrue(e.getOriginalMessage().startsWith("Cannot read this TEXT_BLOCK_DELTA event as TextBlockDeltaEvent, "
          + "it lacks a field the SDK requires or has one of another shape (read as AgentEvent, it would be an "
          + "UnknownEvent): "), e.getOriginalMessage());
      ValueInstantiationException cause = assertInstanceOf(ValueInstantiationException.class, e.getCause());
      assertEquals("replyId", cause.getCause().getMessage());
      assertInstanceOf(UnknownEvent.class, mapper.readValue(orphan, AgentEvent.class));
    }
    JsonMappingException shape = assertThrows(JsonMappingException.class, () -> PLAIN.readValue(
        "{\"type\": \"CUSTOM\", \"name\": \"n\", \"value\": 5}", CustomEvent.class));
    assertTrue(shape.getOriginalMessage().startsWith("Cannot read this CUSTOM event as CustomEvent, it lacks"),
        shape.getOriginalMessage());
  }

  @Test
  void readAsAnUnknownEventAnyJsonIsKeptWhole() throws Exception {
    String json = sample(TextBlockDeltaEvent.class);

    UnknownEvent plain = PLAIN.readValue(json, UnknownEvent.class);

    assertEquals(PLAIN.readTree(json), plain.raw());
    assertEquals("TEXT_BLOCK_DELTA", plain.type());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:06.500Z")), plain.createdAt());
    assertEquals(plain, utc.readerFor(UnknownEvent.class).readValue(json));
    UnknownEvent spawned = PLAIN.readValue("{\"type\": \"SUBAGENT_SPAWNED\", \"agent_id\": \"agt-w2\"}",
        UnknownEvent.class);
    assertEquals(reader.readValue("{\"type\": \"SUBAGENT_SPAWNED\", \"agent_id\": \"agt-w2\"}"), spawned);
    assertEquals(PLAIN.readTree("[1, 2]"), PLAIN.readValue("[1, 2]", UnknownEvent.class).raw());
  }

  @Test
  void eventsAreValuesEqualByTheirFieldsAndPrintedWithThem() throws Exception {
    String json = sample(TextBlockDeltaEvent.class);
    TextBlockDeltaEvent a = PLAIN.readValue(json, TextBlockDeltaEvent.class);
    TextBlockDeltaEvent b = PLAIN.readValue(json, TextBlockDeltaEvent.class);
    TextBlockDeltaEvent other = PLAIN.readValue(json.replace("\"Hel\"", "\"Hello\""), TextBlockDeltaEvent.class);
    TextBlockDeltaEvent otherUnknown = PLAIN.readValue(json.replace("\"two\"", "\"three\""),
        TextBlockDeltaEvent.class);

    assertNotSame(a, b);
    assertEquals(a, b);
    assertEquals(a.hashCode(), b.hashCode());
    assertEquals(a.toString(), b.toString());
    assertNotEquals(a, other);
    assertNotEquals(a, otherUnknown);
    assertEquals("TextBlockDeltaEventRecord[replyId=msg-02, blockId=blk-1, delta=Hel, id=Optional[evt-1], "
        + "createdAt=Optional[2026-05-01T09:00:06.500Z], metadata={node=\"w-2\", attempt=1}, "
        + "additionalProperties={x_trace=[1,\"two\"]}]", a.toString());
    UnknownEvent unknown = PLAIN.readValue(json, UnknownEvent.class);
    assertEquals(unknown, PLAIN.readValue(json, UnknownEvent.class));
    assertEquals(unknown.hashCode(), PLAIN.readValue(json, UnknownEvent.class).hashCode());
    assertEquals("UnknownEvent" + PLAIN.readTree(json), unknown.toString());
  }

  @Test
  void everyEventIsASealedInterfaceWhoseOneImplementationIsInAPackageTheModuleDoesNotExport() throws Exception {
    List<Class<?>> all = Stream.concat(eventTypes(), Stream.of(UnknownEvent.class)).<Class<?>>map(c -> c).toList();
    assertEquals(List.of(AgentEvent.class.getPermittedSubclasses()).size(), all.size());
    for (Class<?> type : all) {
      assertTrue(type.isInterface() && type.isSealed(), type.getName());
      Class<?> impl = AgentEventRecordsTest.record(type);
      assertEquals("dev.sessionkit.agents.internal.events", impl.getPackageName(), type.getName());
      assertEquals(type == UnknownEvent.class ? "UnknownEventJson" : type.getSimpleName() + "Record",
          impl.getSimpleName());
    }
    String module = Files.readString(Path.of("src/main/java/module-info.java"));
    assertTrue(module.contains("opens dev.sessionkit.agents.internal.events to com.fasterxml.jackson.databind;"));
    assertTrue(!module.contains("exports dev.sessionkit.agents.internal"), module);
  }
}
