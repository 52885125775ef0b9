package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SessionKitFakes.class)
class FakeSyntropicTest {
  static Wire.Reply get(FakeSyntropic fake, String pathAndQuery, String... headers) {
    return Wire.get(fake.baseUrl() + pathAndQuery, headers);
  }

  static Instant startedAt(JsonNode session) {
    return OffsetDateTime.parse(session.get("started_at").asText().replace(' ', 'T')).toInstant();
  }

  static List<String> ids(JsonNode sessions) {
    return StreamSupport.stream(sessions.spliterator(), false).map(s -> s.get("id").asText()).toList();
  }

  static List<String> ids(List<ObjectNode> sessions) {
    return sessions.stream().map(s -> s.get("id").asText()).toList();
  }

  @Test
  void listsFiftySessionsNewestFirstByDefault(FakeSyntropic fake) {
    JsonNode body = get(fake, "/sessions").json();
    assertEquals(List.of("sessions", "total", "page", "page_size", "excluded_undated", "status_counts"),
        List.copyOf(toList(body.fieldNames())));
    assertEquals(50, body.get("sessions").size());
    assertEquals(60, body.get("total").asInt(), "total counts every match");
    assertEquals(1, body.get("page").asInt());
    assertEquals(50, body.get("page_size").asInt());
    assertEquals(0, body.get("excluded_undated").asInt());
    assertEquals(ids(fake.sessionsJson()).subList(0, 50), ids(body.get("sessions")));
    JsonNode s = body.get("sessions");
    for (int i = 1; i < s.size(); i++) {
      int cmp = startedAt(s.get(i - 1)).compareTo(startedAt(s.get(i)));
      assertTrue(cmp > 0 || (cmp == 0 && s.get(i - 1).get("id").asText().compareTo(s.get(i).get("id").asText()) > 0),
          "newest first, ties by id descending, at " + i);
    }
  }

  private static <T> List<T> toList(java.util.Iterator<T> it) {
    List<T> list = new ArrayList<>();
    it.forEachRemaining(list::add);
    return list;
  }

  @Test
  void seedsSessionsThatShareTheirStartTime(FakeSyntropic fake) {
    Map<Instant, Long> byStart = fake.sessionsJson().stream()
        .collect(Collectors.groupingBy(FakeSyntropicTest::startedAt, Collectors.counting()));
    assertTrue(byStart.values().stream().filter(n -> n > 1).count() >= 5, "ties for keyset paging: " + byStart);
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "7, 7", "200, 60"})
  void honoursTheLimit(int limit, int expected, FakeSyntropic fake) {
    JsonNode body = get(fake, "/sessions?limit=" + limit).json();
    assertEquals(expected, body.get("sessions").size());
    assertEquals(60, body.get("total").asInt());
    assertEquals(limit, body.get("page_size").asInt(), "limit is page_size's alias");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0|{\"detail\":[{\"type\":\"greater_than_equal\",\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be greater than or equal to 1\",\"input\":\"0\",\"ctx\":{\"ge\":1}}]}",
      "201|{\"detail\":[{\"type\":\"less_than_equal\",\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be less than or equal to 200\",\"input\":\"201\",\"ctx\":{\"le\":200}}]}",
      "ten|{\"detail\":[{\"type\":\"int_parsing\",\"loc\":[\"query\",\"limit\"],\"msg\":\"Input should be a valid integer, unable to parse string as an integer\",\"input\":\"ten\"}]}"})
  void refusesALimitOutOfRangeAsFastApiDoes(String limit, String body, FakeSyntropic fake) {
    Wire.Reply r = get(fake, "/sessions?limit=" + limit);
    assertEquals(422, r.status());
    assertEquals(body, r.text());
  }

  @Test
  void reportsEveryValidationErrorAtOnce(FakeSyntropic fake) {
    JsonNode detail = get(fake, "/sessions?limit=0&started_after=soon").json().get("detail");
    assertEquals(2, detail.size());
    assertEquals("[\"query\",\"limit\"]", detail.get(0).get("loc").toString());
    assertEquals("[\"query\",\"started_after\"]", detail.get(1).get("loc").toString());
    assertEquals("datetime_from_date_parsing", detail.get(1).get("type").asText());
    assertEquals("soon", detail.get(1).get("input").asText());
  }

  @Test
  void filtersByStatusesWhichWinOverStatus(FakeSyntropic fake) {
    Set<String> wanted = Set.of("running", "failed");
    List<String> expected = fake.sessionsJson().stream().filter(s -> wanted.contains(s.get("status").asText()))
        .map(s -> s.get("id").asText()).toList();
    assertFalse(expected.isEmpty());
    assertEquals(expected, ids(get(fake, "/sessions?limit=200&statuses=running,failed&status=completed").json()
        .get("sessions")));
    assertEquals(expected, ids(get(fake, "/sessions?limit=200&statuses=running%2C%20failed").json().get("sessions")));
    List<String> completed = fake.sessionsJson().stream().filter(s -> s.get("status").asText().equals("completed"))
        .map(s -> s.get("id").asText()).toList();
    assertEquals(completed, ids(get(fake, "/sessions?limit=200&status=completed").json().get("sessions")));
    assertEquals(completed, ids(get(fake, "/sessions?limit=200&statuses=&status=completed").json().get("sessions")));
  }

  @Test
  void filtersByWorkflow(FakeSyntropic fake) {
    String workflow = fake.sessionsJson().get(3).get("workflow_id").asText();
    List<String> expected = fake.sessionsJson().stream().filter(s -> s.get("workflow_id").asText().equals(workflow))
        .map(s -> s.get("id").asText()).toList();
    assertTrue(expected.size() > 1 && expected.size() < 60);
    assertEquals(expected, ids(get(fake, "/sessions?limit=200&workflow_id=" + workflow).json().get("sessions")));
  }

  @Test
  void boundsTheStartTimeInclusively(FakeSyntropic fake) {
    ObjectNode pivot = fake.sessionsJson().get(20);
    Instant t = startedAt(pivot);
    String iso = Wire.q(t.toString());
    List<String> atT = fake.sessionsJson().stream().filter(s -> startedAt(s).equals(t)).map(s -> s.get("id").asText())
        .toList();
    assertEquals(atT, ids(get(fake, "/sessions?started_after=" + iso + "&started_before=" + iso).json()
        .get("sessions")));
    List<String> after = ids(get(fake, "/sessions?limit=200&started_after=" + iso).json().get("sessions"));
    List<String> before = ids(get(fake, "/sessions?limit=200&started_before=" + iso).json().get("sessions"));
    assertTrue(after.contains(pivot.get("id").asText()) && before.contains(pivot.get("id").asText()));
    assertEquals(60 + atT.size(), after.size() + before.size());
    String justAfter = Wire.q(t.plusNanos(1_000).toString());
    assertFalse(ids(get(fake, "/sessions?limit=200&started_after=" + justAfter).json().get("sessions"))
        .contains(pivot.get("id").asText()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-04-20T00:00:00Z", "2026-04-20T00:00:00+00:00", "2026-04-20 00:00:00+00:00",
      "2026-04-20T02:00:00+02:00", "2026-04-20T00:00:00.000000Z", "2026-04-19T19:00-05:00", "1776643200"})
  void readsEveryAwareSpellingOfATime(String value, FakeSyntropic fake) {
    Instant t = Instant.parse("2026-04-20T00:00:00Z");
    List<String> expected = fake.sessionsJson().stream().filter(s -> !startedAt(s).isBefore(t))
        .map(s -> s.get("id").asText()).toList();
    assertEquals(expected, ids(get(fake, "/sessions?limit=200&started_after=" + Wire.q(value)).json()
        .get("sessions")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-04-20T00:00:00", "2026-04-20 00:00:00.5", "2026-04-20"})
  void failsWithABare500OnANaiveTimeAsTheServerOfMay2026Does(String value) {
    try (FakeSyntropic fake = FakeSyntropic.builder().apiVersion(FakeSyntropic.ApiVersion.MAY_2026).start()) {
      for (String param : List.of("started_after", "started_before")) {
        Wire.Reply r = get(fake, "/sessions?" + param + "=" + Wire.q(value));
        assertEquals(500, r.status());
        assertEquals("Internal Server Error", r.text());
        assertTrue(r.header("Content-Type").orElseThrow().startsWith("text/plain"));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-04-20T00:00:00", "2026-04-20 00:00:00.5", "2026-04-20"})
  void refusesANaiveTimeWithA422AsLaterServersDo(String value, FakeSyntropic fake) {
    for (String param : List.of("started_after", "started_before")) {
      Wire.Reply r = get(fake, "/sessions?" + param + "=" + Wire.q(value));
      assertEquals(422, r.status());
      assertEquals("{\"detail\":[{\"type\":\"timezone_aware\",\"loc\":[\"query\",\"" + param + "\"],"
          + "\"msg\":\"Input should have timezone info\",\"input\":\"" + value + "\"}]}", r.text());
    }
  }

  @Test
  void findsASessionByIdOrUniquePrefix(FakeSyntropic fake) {
    ObjectNode summary = fake.sessionsJson().get(0);
    String id = summary.get("id").asText();
    JsonNode byId = get(fake, "/sessions/" + id).json();
    assertEquals(fake.sessionDetailJson(id).orElseThrow().toString(), byId.toString());
    assertEquals(byId, get(fake, "/sessions/" + id.substring(0, 8)).json());
    for (Map.Entry<String, JsonNode> e : summary.properties()) {
      assertEquals(e.getValue().toString(), byId.get(e.getKey()).toString(), e.getKey());
    }
    Wire.Reply missing = get(fake, "/sessions/zzz");
    assertEquals(404, missing.status());
    assertEquals("{\"detail\":\"Session not found: zzz\"}", missing.text());
  }

  @Test
  void refusesAnAmbiguousPrefixWith409(FakeSyntropic fake) {
    fake.addSession(new FakeSyntropic.SessionSpec().id("abc-1"));
    fake.addSession(new FakeSyntropic.SessionSpec().id("abc-2"));
    Wire.Reply r = get(fake, "/sessions/abc");
    assertEquals(409, r.status());
    assertEquals("{\"detail\":\"Ambiguous session id prefix 'abc' matches 2 sessions\"}", r.text());
    assertEquals("abc-2", get(fake, "/sessions/abc-2").json().get("id").asText());
  }

  @Test
  void detailTokensAndCostsAddUp(FakeSyntropic fake) {
    for (ObjectNode summary : fake.sessionsJson()) {
      JsonNode d = get(fake, "/sessions/" + summary.get("id").asText()).json();
      long in = 0;
      long out = 0;
      for (JsonNode op : d.get("operations")) {
        in += op.get("input_tokens").asLong(0);
        out += op.get("output_tokens").asLong(0);
      }
      assertEquals(in, d.get("input_tokens").asLong());
      assertEquals(out, d.get("output_tokens").asLong());
      assertEquals(in + out, d.get("total_tokens").asLong());
      BigDecimal sum = BigDecimal.ZERO;
      for (Map.Entry<String, JsonNode> e : d.get("cost_by_model").properties()) {
        sum = sum.add(new BigDecimal(e.getValue().asText()));
      }
      assertEquals(0, sum.compareTo(new BigDecimal(d.get("total_cost_usd").asText())), d.get("id").asText());
      assertEquals(8, d.get("operations").size());
      boolean finished = List.of("completed", "failed", "cancelled").contains(d.get("status").asText());
      assertEquals(finished, !d.get("completed_at").isNull());
      assertEquals(finished, !d.get("duration_seconds").isNull());
      assertEquals(d.get("status").asText().equals("failed"), !d.get("error_message").isNull());
    }
  }

  @Test
  void walksEverySessionOnceByKeysetPagingAcrossTies(FakeSyntropic fake) {
    // What a client does without a cursor: ask for sessions started at or before the oldest one seen, and
    // drop those already seen. It only works if the server orders ties the same way every time.
    Set<String> seen = new LinkedHashSet<>();
    String before = null;
    for (int round = 0; round < 100; round++) {
      JsonNode page = get(fake, "/sessions?limit=7" + (before == null ? "" : "&started_before=" + Wire.q(before)))
          .json().get("sessions");
      boolean fresh = false;
      for (JsonNode s : page) {
        fresh |= seen.add(s.get("id").asText());
        before = startedAt(s).toString();
      }
      if (!fresh || page.size() < 7) {
        break;
      }
    }
    assertEquals(new HashSet<>(ids(fake.sessionsJson())), seen);
  }

  @Test
  void needsNoCredentialsByDefault(FakeSyntropic fake) {
    assertEquals(200, get(fake, "/sessions").status());
  }

  @Test
  void checksABearerTokenOrBasicCredentialsWhenConfigured() {
    try (FakeSyntropic fake = FakeSyntropic.builder().bearerToken("t0k").basicAuth("ops", "pw").start()) {
      Wire.Reply none = get(fake, "/sessions");
      assertEquals(401, none.status());
      assertEquals("{\"detail\":\"Not authenticated\"}", none.text());
      assertEquals("Bearer", none.header("WWW-Authenticate").orElseThrow());
      assertEquals(401, get(fake, "/sessions", "Authorization", "Bearer nope").status());
      assertEquals(200, get(fake, "/sessions", "Authorization", "Bearer t0k").status());
      String basic = Base64.getEncoder().encodeToString("ops:pw".getBytes(StandardCharsets.UTF_8));
      assertEquals(200, get(fake, "/sessions", "Authorization", "Basic " + basic).status());
      String wrong = Base64.getEncoder().encodeToString("ops:no".getBytes(StandardCharsets.UTF_8));
      assertEquals(401, get(fake, "/sessions", "Authorization", "Basic " + wrong).status());
    }
    try (FakeSyntropic basicOnly = FakeSyntropic.builder().basicAuth("ops", "pw").start()) {
      assertEquals("Basic realm=\"api\"", get(basicOnly, "/sessions").header("WWW-Authenticate").orElseThrow());
    }
  }

  @Test
  void redirectsATrailingSlashAndAnswersUnknownRoutesAsFastApi(FakeSyntropic fake) {
    Wire.Reply slash = get(fake, "/sessions/?limit=3");
    assertEquals(307, slash.status());
    assertEquals(fake.baseUrl() + "/sessions?limit=3", slash.header("Location").orElseThrow());
    Wire.Reply unknown = Wire.get(fake.baseUrl().replace("/api/v1", "") + "/sessions");
    assertEquals(404, unknown.status());
    assertEquals("{\"detail\":\"Not Found\"}", unknown.text());
    Wire.Reply post = Wire.send("POST", fake.baseUrl() + "/sessions", "{}");
    assertEquals(405, post.status());
    assertEquals("{\"detail\":\"Method Not Allowed\"}", post.text());
  }

  @Test
  void servesAddedSessions(FakeSyntropic fake) {
    ObjectNode added = fake.addSession(new FakeSyntropic.SessionSpec().id("mine").workflowId("wf-x").status("running")
        .model("gpt-4.1").startedAt(Instant.parse("2030-01-01T00:00:00Z")).operations(3));
    assertEquals("Workflow wf-x", added.get("workflow_name").asText());
    assertEquals("openai", added.get("agent_provider").asText());
    assertEquals("GPT-4.1", added.get("agent_model_display").asText());
    assertEquals("2030-01-01 00:00:00+00:00", added.get("started_at").asText());
    assertTrue(added.get("completed_at").isNull());
    assertEquals("—", added.get("duration_display").asText());
    assertEquals(3, added.get("operations").size());
    assertEquals("mine", get(fake, "/sessions?limit=1").json().get("sessions").get(0).get("id").asText());
    assertEquals(List.of("mine"), ids(get(fake, "/sessions?workflow_id=wf-x").json().get("sessions")));

    fake.addSession((ObjectNode) Wire.json("{\"id\":\"raw\",\"status\":\"weird\",\"started_at\":"
        + "\"2031-01-01 00:00:00+00:00\",\"operations\":[],\"extra\":true}"));
    assertEquals("{\"id\":\"raw\",\"status\":\"weird\",\"started_at\":\"2031-01-01 00:00:00+00:00\"}",
        get(fake, "/sessions?limit=1").json().get("sessions").get(0).toString());
    assertEquals("{\"id\":\"raw\",\"status\":\"weird\",\"started_at\":\"2031-01-01 00:00:00+00:00\",\"operations\":[],"
        + "\"extra\":true}", get(fake, "/sessions/raw").text());
    assertThrows(IllegalArgumentException.class, () -> fake.addSession(new FakeSyntropic.SessionSpec().id("raw")));
    assertThrows(IllegalArgumentException.class,
        () -> fake.addSession((ObjectNode) Wire.json("{\"id\":\"x\",\"started_at\":\"today\"}")));
  }

  @Test
  void makesTheSameDataFromTheSameSeedAndSizes() {
    try (FakeSyntropic a = FakeSyntropic.builder().seed(3).sessions(10).operationsPerSession(2).start();
        FakeSyntropic b = FakeSyntropic.builder().seed(3).sessions(10).operationsPerSession(2).start()) {
      assertEquals(a.sessionsJson(), b.sessionsJson());
      assertEquals(10, a.sessionsJson().size());
      String id = a.sessionsJson().get(0).get("id").asText();
      assertEquals(a.sessionDetailJson(id), b.sessionDetailJson(id));
      assertEquals(2, a.sessionDetailJson(id).orElseThrow().get("operations").size());
    }
  }
}
