package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The fakes speak the real servers' formats (DESIGN.md "what is known about each real server"), not a
 * tidier version of them: these assertions keep the fakes honest, so the SDK tested against them is tested
 * against what it will meet.
 */
class WireFormatTest {
  /** Python's {@code str(datetime)} of an aware UTC time: a space, six fraction digits or none, {@code +00:00}. */
  private static final Pattern PYTHON_STR = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?\\+00:00");
  /** Python's naive {@code isoformat()}: a {@code T}, six fraction digits or none, no zone at all. */
  private static final Pattern NAIVE_ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{6})?");
  private static final Pattern DECIMAL_STRING = Pattern.compile("\\d+\\.\\d{6}");
  private static final Pattern ISO_Z = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{3})?Z");
  private static final Pattern TIMBAL_USAGE_KEY = Pattern.compile("(openai|anthropic|google)/[a-z0-9.\\-]+:(input|output)_tokens");

  /** Every value of the named fields anywhere in the tree. */
  static List<JsonNode> values(JsonNode root, Set<String> names) {
    List<JsonNode> out = new ArrayList<>();
    walk(root, names, out);
    return out;
  }

  private static void walk(JsonNode node, Set<String> names, List<JsonNode> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (names.contains(e.getKey())) {
          out.add(e.getValue());
        }
        walk(e.getValue(), names, out);
      }
    } else if (node.isArray()) {
      node.forEach(n -> walk(n, names, out));
    }
  }

  @Test
  void syntropicWritesStrDatetimeWithASpaceAndCostsAsDecimalStrings() {
    try (FakeSyntropic fake = FakeSyntropic.start()) {
      int withoutFraction = 0;
      int times = 0;
      for (ObjectNode summary : fake.sessions()) {
        Wire.Reply r = Wire.get(fake.baseUrl() + "/sessions/" + summary.get("id").asText());
        JsonNode d = r.json();
        for (JsonNode t : values(d, Set.of("started_at", "completed_at", "timestamp"))) {
          if (!t.isNull()) {
            assertTrue(PYTHON_STR.matcher(t.asText()).matches(), t.asText());
            withoutFraction += t.asText().contains(".") ? 0 : 1;
            times++;
          }
        }
        assertTrue(d.get("total_cost_usd").isTextual(), "a string, not a number");
        assertTrue(DECIMAL_STRING.matcher(d.get("total_cost_usd").asText()).matches(), d.get("total_cost_usd").asText());
        for (Map.Entry<String, JsonNode> e : d.get("cost_by_model").properties()) {
          assertTrue(e.getValue().isTextual() && DECIMAL_STRING.matcher(e.getValue().asText()).matches(), e.toString());
        }
        // duration_seconds is a JSON float or null, on the wire.
        Matcher m = Pattern.compile("\"duration_seconds\":(null|-?\\d+\\.\\d+|\\d+)[,}]").matcher(r.text());
        assertTrue(m.find());
        for (JsonNode op : d.get("operations")) {
          assertTrue(op.get("tool_input").isNull() || op.get("tool_input").isObject());
          assertTrue(op.get("git").isNull() || op.get("git").isObject());
        }
      }
      assertTrue(times > 500);
      assertTrue(withoutFraction > 0, "whole seconds are written with no fraction");
    }
  }

  @Test
  void agentScopeWritesNaiveTimesAndToolInputsAsJsonText() {
    try (FakeAgentScope fake = FakeAgentScope.builder().streamEventDelay(Duration.ZERO).start()) {
      String agent = fake.agentIds("alice").get(0);
      JsonNode list = Wire.get(fake.baseUrl() + "/sessions/?agent_id=" + agent, "x-user-id", "alice").json();
      String session = list.get("sessions").get(0).get("session").get("id").asText();
      Wire.send("POST", fake.baseUrl() + "/chat/", "{\"agent_id\":\"" + agent + "\",\"session_id\":\"" + session
          + "\",\"input\":\"hi\"}", "x-user-id", "alice");
      String stream = Wire.get(fake.baseUrl() + "/sessions/" + session + "/stream?agent_id=" + agent, "x-user-id",
          "alice").text();
      JsonNode messages = Wire.get(fake.baseUrl() + "/sessions/" + session + "/messages?agent_id=" + agent,
          "x-user-id", "alice").json();
      List<JsonNode> all = new ArrayList<>(List.of(list, messages));
      for (Object frame : FakeAgentScopeTest.frames(stream)) {
        if (frame instanceof JsonNode) {
          all.add((JsonNode) frame);
        }
      }
      int times = 0;
      for (JsonNode root : all) {
        for (JsonNode t : values(root, Set.of("created_at", "updated_at", "finished_at"))) {
          if (!t.isNull()) {
            assertTrue(NAIVE_ISO.matcher(t.asText()).matches(), t.asText());
            times++;
          }
        }
        for (JsonNode block : values(root, Set.of("content"))) {
          for (JsonNode b : block) {
            if (b.path("type").asText().equals("tool_call")) {
              assertTrue(b.get("input").isTextual(), "a JSON string, not an object");
              assertTrue(Wire.json(b.get("input").asText()).isObject());
            }
          }
        }
      }
      assertTrue(times > 100);
    }
  }

  @Test
  void timbalWritesIsoTimesNumbersForMoneyAndProviderQualifiedUsageKeys() {
    try (FakeTimbal fake = FakeTimbal.start()) {
      for (JsonNode run : FakeTimbalTest.allRuns(fake, "")) {
        assertTrue(ISO_Z.matcher(run.get("created_at").asText()).matches(), run.get("created_at").asText());
        assertTrue(run.get("cost_usd").isNumber() && run.get("cost_credits").isNumber());
        JsonNode detail = FakeTimbalTest.get(fake, "/runs/" + run.get("id").asText()).json();
        for (JsonNode span : detail.get("trace")) {
          span.get("usage").fieldNames().forEachRemaining(k -> assertTrue(TIMBAL_USAGE_KEY.matcher(k).matches(), k));
          assertTrue(span.get("t0").isIntegralNumber());
        }
      }
      JsonNode sessions = FakeTimbalTest.get(fake, "/compose/sessions").json();
      for (JsonNode s : sessions) {
        assertTrue(ISO_Z.matcher(s.get("last_active_at").asText()).matches());
        assertTrue(s.get("cost_usd").isNumber());
      }
      JsonNode error = FakeTimbalTest.get(fake, "/runs/missing").json();
      assertEquals(List.of("code", "message"), FakeAgentScopeTest.fieldNames(error));
    }
  }

  @Test
  void fastApiValidationErrorsCarryTypeLocMsgInputAndCtx() {
    try (FakeSyntropic fake = FakeSyntropic.start()) {
      JsonNode error = Wire.get(fake.baseUrl() + "/sessions?limit=999").json().get("detail").get(0);
      assertEquals(List.of("type", "loc", "msg", "input", "ctx"), FakeAgentScopeTest.fieldNames(error));
      assertTrue(error.get("loc").isArray());
      assertTrue(error.get("input").isTextual(), "query input is the raw string");
      assertFalse(error.get("ctx").isEmpty());
    }
  }
}
