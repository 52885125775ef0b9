package dev.sessionkit.jackson3;

import static dev.sessionkit.jackson3.RoundTrip.JACKSON3;
import static dev.sessionkit.jackson3.RoundTrip.SDK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.events.TextBlockDeltaEvent;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

/** What a Jackson 3 user sees: discovery, their own classes around SessionKit's, numbers, errors, formatting. */
class SessionKitModuleTest {
  private static FakeTimbal fake;
  private static Run run;
  private static RunDetail detail;

  /** A class of the user's own, as a Spring controller might return or take one. */
  record Dashboard(String title, JsonNode filters, Map<String, JsonNode> extras, Run latest, List<RunDetail> details,
      Optional<Run> pinned) {}

  @BeforeAll
  static void readARunFromTheFake() {
    fake = FakeTimbal.builder().runs(5).start();
    TimbalClient client = fake.clientBuilder().build();
    run = client.runs().list(ListRunsRequest.builder().build()).items().get(0);
    detail = client.runs().get(GetRunRequest.builder().runId(run.id()).build());
  }

  @AfterAll
  static void stopTheFake() {
    fake.close();
  }

  @Test
  void serviceLoaderFindsTheModuleSoFindAndAddModulesAndSpringBootRegisterIt() {
    assertTrue(ServiceLoader.load(JacksonModule.class).stream().anyMatch(p -> p.type() == SessionKitModule.class));
    assertTrue(JsonMapper.builder().findAndAddModules().build().registeredModules().stream()
        .anyMatch(m -> m instanceof SessionKitModule));
    assertEquals("SessionKit", new SessionKitModule().getModuleName());
  }

  @Test
  void withoutTheModuleJackson3WritesJackson2TreesAsBeansAndCannotReadTheModels() throws Exception {
    JsonMapper bare = JsonMapper.builder().build();
    // The failure of issue 16: no error, garbage JSON. This is what the module is there to fix.
    String garbage = bare.writeValueAsString(new Dashboard("d", SDK.readTree("{\"a\":1}"), Map.of(), null, List.of(),
        Optional.empty()));
    assertTrue(garbage.contains("\"nodeType\":\"OBJECT\""), garbage);
    assertThrows(DatabindException.class, () -> bare.readValue(SDK.writeValueAsString(run), Run.class));

    String json = JACKSON3.writeValueAsString(new Dashboard("d", SDK.readTree("{\"a\":1}"), Map.of(), null,
        List.of(), Optional.empty()));
    assertEquals("{\"title\":\"d\",\"filters\":{\"a\":1},\"extras\":{},\"latest\":null,\"details\":[],\"pinned\":null}",
        json);
  }

  @Test
  void aClassOfTheUsersOwnWithJsonNodesAndModelsRoundTrips() throws Exception {
    JsonNode filters = SDK.readTree("{\"status\":[\"success\",\"error\"],\"min_cost\":0.25,\"deep\":{\"x\":[1,{}]}}");
    Map<String, JsonNode> extras = Map.of("n", SDK.readTree("12"), "s", SDK.readTree("\"text\""),
        "null", NullNode.getInstance());
    Dashboard dashboard = new Dashboard("Costs", filters, extras, run, List.of(detail, detail), Optional.of(run));

    String json = JACKSON3.writeValueAsString(dashboard);

    ObjectNode expected = SDK.createObjectNode();
    expected.put("title", "Costs");
    expected.set("filters", filters);
    expected.set("extras", SDK.valueToTree(extras));
    expected.set("latest", SDK.readTree(SDK.writeValueAsString(run)));
    expected.set("details", SDK.createArrayNode().add(SDK.readTree(SDK.writeValueAsString(detail)))
        .add(SDK.readTree(SDK.writeValueAsString(detail))));
    expected.set("pinned", SDK.readTree(SDK.writeValueAsString(run)));
    assertEquals(expected, SDK.readTree(json));
    assertEquals(dashboard, JACKSON3.readValue(json, Dashboard.class));
  }

  @Test
  void aJsonNullInAJsonNodeFieldIsANullNodeAsJackson2ReadsIt() throws Exception {
    Dashboard read = JACKSON3.readValue("{\"title\":\"t\",\"filters\":null,\"extras\":{\"gone\":null}}",
        Dashboard.class);
    assertSame(NullNode.getInstance(), read.filters());
    assertSame(NullNode.getInstance(), read.extras().get("gone"));
    assertNull(read.latest());
    assertEquals(Optional.empty(), read.pinned());
  }

  @Test
  void numbersKeepTheirTypeAndEveryDigit() throws Exception {
    ObjectNode wire = (ObjectNode) SDK.readTree(SDK.writeValueAsString(run));
    wire.put("x_big", new BigInteger("123456789012345678901234567890"));
    wire.put("x_long", Long.MAX_VALUE);
    wire.put("x_decimal", new BigDecimal("0.1000000000000000055511151231257827"));
    wire.put("x_tiny", new BigDecimal("1E-400"));
    wire.put("cost_usd", new BigDecimal("12345678901234567890.123456789"));
    Run exact = SDK.readValue(SDK.writeValueAsString(wire), Run.class);

    String json = RoundTrip.check(exact, Run.class);
    assertTrue(json.contains("\"x_big\":123456789012345678901234567890"), json);
    assertTrue(json.contains("\"x_long\":9223372036854775807"), json);
    assertTrue(json.contains("\"x_decimal\":0.1000000000000000055511151231257827"), json);
    assertTrue(json.contains("\"x_tiny\":1E-400"), json);
    assertTrue(json.contains("\"cost_usd\":12345678901234567890.123456789"), json);
    Run back = JACKSON3.readValue(json, Run.class);
    assertEquals(new BigDecimal("12345678901234567890.123456789"), back.costUsd());
    assertTrue(back.additionalProperties().get("x_big").isBigInteger());
    assertEquals(new BigDecimal("0.1000000000000000055511151231257827"),
        back.additionalProperties().get("x_decimal").decimalValue());
  }

  @Test
  void jackson3sOwnTreeAndTokenBufferCarryTheModelsToo() throws Exception {
    // valueToTree and treeToValue go through Jackson 3's token buffer and tree parser, not through text.
    tools.jackson.databind.JsonNode tree = JACKSON3.valueToTree(detail);
    assertEquals(SDK.writeValueAsString(detail), JACKSON3.writeValueAsString(tree));
    assertEquals(detail, JACKSON3.treeToValue(tree, RunDetail.class));
    tools.jackson.databind.JsonNode cost = JACKSON3.valueToTree(run).get("cost_usd");
    assertTrue(cost.isBigDecimal(), cost.getNodeType() + " " + cost);
  }

  @Test
  void prettyPrintingIndentsAModelAsJackson3IndentsAnyTree() throws Exception {
    String pretty = JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(detail);
    assertTrue(pretty.contains("\n  \"id\""), pretty);
    assertEquals(JACKSON3.writerWithDefaultPrettyPrinter().writeValueAsString(
        JACKSON3.readTree(SDK.writeValueAsString(detail))), pretty);
  }

  @Test
  void aModelTheSdkCannotReadIsAJackson3MismatchWithTheSdksReason() throws Exception {
    MismatchedInputException missing = assertThrows(MismatchedInputException.class,
        () -> JACKSON3.readValue("{\"id\":\"run-1\"}", Run.class));
    assertTrue(missing.getOriginalMessage().startsWith("Cannot read dev.sessionkit.timbal.runs.Run: "),
        missing.getOriginalMessage());
    assertTrue(missing.getOriginalMessage().contains("some of required attributes are not set"),
        missing.getOriginalMessage());
    assertInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class, missing.getCause());

    ObjectNode wire = (ObjectNode) SDK.readTree(SDK.writeValueAsString(run));
    wire.put("created_at", "yesterday");
    String body = "{\"title\":\"t\",\"latest\":" + wire + "}";
    MismatchedInputException badTime = assertThrows(MismatchedInputException.class,
        () -> JACKSON3.readValue(body, Dashboard.class));
    assertTrue(badTime.getOriginalMessage().startsWith(
        "Cannot read dev.sessionkit.timbal.runs.Run (at /created_at): "), badTime.getOriginalMessage());
    assertTrue(badTime.getOriginalMessage().contains("yesterday"), badTime.getOriginalMessage());
    // Jackson 3 adds where in the user's document the model was.
    assertTrue(badTime.getPathReference().contains("Dashboard[\"latest\"]"), badTime.getPathReference());

    MismatchedInputException wrongEvent = assertThrows(MismatchedInputException.class, () -> JACKSON3.readValue(
        "{\"type\":\"TEXT_BLOCK_END\",\"reply_id\":\"m\",\"block_id\":\"b\"}", TextBlockDeltaEvent.class));
    assertEquals("Cannot read dev.sessionkit.agents.events.TextBlockDeltaEvent: Cannot read an event of type "
        + "\"TEXT_BLOCK_END\" as TextBlockDeltaEvent (type \"TEXT_BLOCK_DELTA\"); read it as AgentEvent to take an "
        + "event of any type", wrongEvent.getOriginalMessage());
  }

  @Test
  void aValueJackson2CannotWriteIsAJackson3ExceptionWithJackson2sReason() {
    JsonNode unwritable = SDK.getNodeFactory().pojoNode(new Object());
    DatabindException e = assertThrows(DatabindException.class, () -> JACKSON3.writeValueAsString(unwritable));
    assertTrue(e.getOriginalMessage().startsWith("Cannot write com.fasterxml.jackson.databind.node.POJONode with "
        + "SessionKit's Jackson 2 configuration: No serializer found for class java.lang.Object"),
        e.getOriginalMessage());
  }
}
