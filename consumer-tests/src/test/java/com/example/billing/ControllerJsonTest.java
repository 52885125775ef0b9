package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The JSON the application's controller writes for SessionKit models is the SDK's own: the same text that the
 * SDK's Jackson 2 mapper writes for the same model (the definition of "SessionKit's JSON" that sdk-jackson3
 * promises), and every JSON value the server sent (status_detail, a span's input and output, an unknown field)
 * as the server sent it. Issue 16's item 1 was Spring Boot 4's Jackson 3 writing each {@code JsonNode} as a bean
 * ({@code "nodeType": "OBJECT"}): that fails every check here.
 */
class ControllerJsonTest extends BillingControllerTest {   // its fake, its properties, its port
  // Floats as BigDecimal, as the SDK reads them, so that the trees compare equal digit for digit.
  private static final ObjectMapper PLAIN = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final String RUN_ID = "run_spring_json";
  private static final String DETAIL = """
      {"error": {"message": "quota exceeded", "codes": [429, 1.50], "retry": null}, "empty": {}, "list": []}""";
  private static final String INPUT = """
      {"prompt": "Hello", "nested": {"array": [true, false, null], "nodeType": "not a node"}, "n": 12345678901234567890}""";
  private static final String REGION = """
      {"name": "eu-west", "zones": ["a", "b"], "weight": 0.125}""";

  @BeforeAll
  static void addRun() throws IOException {   // after BillingControllerTest's @BeforeAll has the fake
    FakeTimbal fake = timbal;
    ObjectNode run = fake.runsJson().get(0).deepCopy();
    run.put("id", RUN_ID);
    run.remove("workforce");
    run.set("status_detail", PLAIN.readTree(DETAIL));
    run.set("region", PLAIN.readTree(REGION));
    run.set("trace", PLAIN.readTree("""
        [{"call_id": "c1", "path": "agent", "t0": "2026-05-01T12:00:00Z", "input": %s, "output": "Hi",
          "usage": {"gpt-4o:input_tokens": 12}, "metadata": {"k": {"v": [1]}}}]""".formatted(INPUT)));
    fake.addRun(run);
  }

  @Autowired
  ApplicationContext context;

  @Test
  void aRunDetailIsWrittenAsTheSdkWritesItWithEveryJsonValueAsTheServerSentIt() throws Exception {
    String body = get("/runs/" + RUN_ID);
    RunDetail run = client().runs().get(GetRunRequest.builder().runId(RUN_ID).build());
    assertEquals(PLAIN.readTree(REGION), run.additionalProperties().get("region"), "the SDK read it");

    assertEquals(SessionKitJson.mapper().writeValueAsString(run), body);
    JsonNode written = PLAIN.readTree(body);
    assertEquals(PLAIN.readTree(DETAIL), written.get("status_detail"));
    assertEquals(PLAIN.readTree(REGION), written.get("region"));
    assertEquals(PLAIN.readTree(INPUT), written.get("trace").get(0).get("input"));
    assertEquals("Hi", written.get("trace").get(0).get("output").asText());
    assertEquals(PLAIN.readTree("{\"k\": {\"v\": [1]}}"), written.get("trace").get(0).get("metadata"));
    // The one "nodeType" is the server's own string inside the input; a JsonNode written as a bean would add
    // "nodeType": "OBJECT" beside "array": false and the rest.
    assertEquals(1, occurrences(body, "\"nodeType\""), body);
    assertFalse(body.contains("\"nodeType\":\"OBJECT\""), body);
    assertFalse(body.contains("\"containerNode\""), body);
  }

  @Test
  void sessionUsageIsWrittenAsTheSdkWritesIt() throws Exception {
    String body = get("/usage");
    var usage = client().composeSessions().list(ListComposeSessionsRequest.builder().build()).stream()
        .map(ComposeSession::toSessionUsage).toList();
    assertEquals(timbal.composeSessions().size(), usage.size());
    assertEquals(SessionKitJson.mapper().writeValueAsString(usage), body);
    assertTrue(PLAIN.readTree(body).get(0).has("cost_usd"), body);
  }

  @Test
  void springWritesWithTheJacksonOfThisBoot() throws ClassNotFoundException {
    // Boot 3's MVC writes with Jackson 2; Boot 4's with Jackson 3, through sdk-jackson3. Named by the pom, so
    // that a Boot 4 build that fell back to Jackson 2 does not pass here by accident.
    String expected = System.getProperty("sessionkit.spring.jackson");
    String mapper = expected.equals("3") ? "tools.jackson.databind.json.JsonMapper"
        : "com.fasterxml.jackson.databind.ObjectMapper";
    assertEquals(1, context.getBeanNamesForType(Class.forName(mapper)).length,
        Arrays.toString(context.getBeanDefinitionNames()));
  }

  private static TimbalClient client() {
    return timbal.clientBuilder().build();
  }

  private String get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    return response.body();
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
