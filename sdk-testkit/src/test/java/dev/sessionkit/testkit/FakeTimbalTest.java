package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SessionKitFakes.class)
class FakeTimbalTest {
  /** List prices per million tokens [input, output, cache write, cache read], written out again on purpose. */
  private static final Map<String, String[]> PRICES = Map.of(
      "anthropic/claude-sonnet-4-5", new String[] {"3", "15", "3.75", "0.30"},
      "anthropic/claude-opus-4-1", new String[] {"15", "75", "18.75", "1.50"},
      "anthropic/claude-haiku-4-5", new String[] {"1", "5", "1.25", "0.10"},
      "openai/gpt-4.1", new String[] {"2", "8", "0", "0.50"},
      "openai/gpt-4o-mini", new String[] {"0.15", "0.60", "0", "0.075"},
      "google/gemini-2.5-pro", new String[] {"1.25", "10", "0", "0.31"});

  static Wire.Reply get(FakeTimbal fake, String pathAndQuery) {
    return Wire.get(project(fake) + pathAndQuery, "Authorization", "Bearer " + fake.apiKey());
  }

  static String project(FakeTimbal fake) {
    return fake.baseUrl() + "/orgs/" + fake.orgId() + "/projects/" + fake.projectId();
  }

  /** Every run of a query, following the cursor to the end; fails on a repeated run or a stuck cursor. */
  static List<JsonNode> allRuns(FakeTimbal fake, String query) {
    List<JsonNode> runs = new ArrayList<>();
    Set<String> tokens = new HashSet<>();
    String token = null;
    do {
      String sep = query.isEmpty() ? "?" : "?" + query + "&";
      Wire.Reply r = get(fake, "/runs" + (token == null ? (query.isEmpty() ? "" : "?" + query)
          : sep + "page_token=" + Wire.q(token)));
      assertEquals(200, r.status(), r.text());
      JsonNode body = r.json();
      assertTrue(body.has("next_page_token"), "next_page_token is always present");
      body.get("runs").forEach(runs::add);
      token = body.get("next_page_token").isNull() ? null : body.get("next_page_token").asText();
      assertTrue(token == null || tokens.add(token), "a token repeated");
    } while (token != null);
    assertEquals(runs.size(), ids(runs).stream().distinct().count(), "a run was served twice");
    return runs;
  }

  static List<String> ids(Iterable<? extends JsonNode> nodes) {
    return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  /** The names of an object's fields. */
  static Set<String> fieldSet(JsonNode node) {
    Set<String> names = new java.util.TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static BigDecimal price(String model, int kind) {
    return new BigDecimal(PRICES.get(model)[kind]);
  }

  // ---- auth and routing ------------------------------------------------------------------------------

  @Test
  void refusesAMissingOrWrongKeyWithCodeAndMessage(FakeTimbal fake) {
    for (String[] headers : List.of(new String[0], new String[] {"Authorization", "Bearer nope"},
        new String[] {"Authorization", "Basic " + fake.apiKey()})) {
      Wire.Reply r = Wire.get(project(fake) + "/runs", headers);
      assertEquals(401, r.status());
      assertEquals("{\"code\":\"unauthorized\",\"message\":\"Invalid or missing API key\"}", r.text());
      assertEquals("Bearer", r.header("WWW-Authenticate").orElseThrow());
    }
    // The scheme is case-insensitive.
    assertEquals(200, Wire.get(project(fake) + "/runs", "Authorization", "bearer " + fake.apiKey()).status());
  }

  @Test
  void answersAnUnknownOrganisationOrProjectWith404(FakeTimbal fake) {
    Wire.Reply r = Wire.get(fake.baseUrl() + "/orgs/other/projects/" + fake.projectId() + "/runs",
        "Authorization", "Bearer " + fake.apiKey());
    assertEquals(404, r.status());
    assertEquals("not_found", r.json().get("code").asText());
    assertEquals("Project proj_demo not found in organization other", r.json().get("message").asText());
    assertEquals(404, Wire.get(fake.baseUrl() + "/orgs/" + fake.orgId() + "/projects/x/compose/sessions",
        "Authorization", "Bearer " + fake.apiKey()).status());
    Wire.Reply unknownPath = get(fake, "/nothing");
    assertEquals(404, unknownPath.status());
    assertEquals("{\"code\":\"not_found\",\"message\":\"Not Found\"}", unknownPath.text());
    Wire.Reply wrongMethod = Wire.send("DELETE", project(fake) + "/runs", null, "Authorization", "Bearer " + fake.apiKey());
    assertEquals(405, wrongMethod.status());
    assertEquals("GET", wrongMethod.header("Allow").orElseThrow());
  }

  // ---- compose sessions ------------------------------------------------------------------------------

  @Test
  void listsComposeSessionsAsABareArrayNewestFirst(FakeTimbal fake) {
    JsonNode all = get(fake, "/compose/sessions").json();
    assertTrue(all.isArray());
    assertEquals(20, all.size());
    List<String> created = StreamSupport.stream(all.spliterator(), false).map(s -> s.get("created_at").asText())
        .map(Instant::parse).sorted(Comparator.reverseOrder()).map(Instant::toString).toList();
    assertEquals(created, StreamSupport.stream(all.spliterator(), false)
        .map(s -> Instant.parse(s.get("created_at").asText()).toString()).toList());
    assertEquals(ids(fake.composeSessionsJson()), ids(all));
  }

  @Test
  void ordersComposeSessionsByInstantNotByText(FakeTimbal fake) {
    // As text, "…:05.5Z" sorts before "…:05Z"; as instants it is the later one.
    fake.addComposeSession(new FakeTimbal.ComposeSessionSpec().id("whole").createdAt(Instant.parse("2030-01-01T00:00:05Z")));
    fake.addComposeSession(new FakeTimbal.ComposeSessionSpec().id("half").createdAt(Instant.parse("2030-01-01T00:00:05.500Z")));
    assertEquals(List.of("half", "whole"), ids(get(fake, "/compose/sessions").json()).subList(0, 2));
  }

  @Test
  void filtersComposeSessionsByUser(FakeTimbal fake) {
    String user = fake.userIds().get(1);
    List<String> expected = fake.composeSessionsJson().stream().filter(s -> s.get("user_id").asText().equals(user))
        .map(s -> s.get("id").asText()).toList();
    JsonNode filtered = get(fake, "/compose/sessions?user_id=" + user).json();
    assertEquals(expected, ids(filtered));
    assertFalse(expected.isEmpty());
    assertTrue(expected.size() < 20);
    assertEquals(0, get(fake, "/compose/sessions?user_id=nobody").json().size());
  }

  @Test
  void servesTheJune2026ShapeWhenAskedFilteringByRevAndIgnoringUserId() {
    try (FakeTimbal april = FakeTimbal.start();
        FakeTimbal june = FakeTimbal.builder().composeShape(FakeTimbal.ComposeShape.JUNE_2026).start()) {
      JsonNode all = get(june, "/compose/sessions").json();
      assertEquals(20, all.size());
      assertEquals(ids(april.composeSessionsJson()), ids(all), "the same seeded sessions in the other shape");
      for (JsonNode s : all) {
        assertEquals(Set.of("created_at", "first_prompt", "id", "iteration_count", "last_active_at", "model", "rev",
            "status", "tool_call_count", "turn_count", "uid", "user_id"), fieldSet(s));
        String id = s.get("id").asText();
        JsonNode before = april.composeSessionsJson().stream().filter(x -> x.get("id").asText().equals(id)).findFirst()
            .orElseThrow();
        for (String same : List.of("created_at", "iteration_count", "last_active_at", "model", "rev", "status",
            "tool_call_count", "turn_count", "uid", "user_id")) {
          assertEquals(before.get(same), s.get(same), id + " " + same);
        }
        JsonNode detail = get(june, "/compose/sessions/" + id).json();
        String firstPrompt = detail.get("messages").get(0).at("/content/0/text").asText();
        String title = s.get("first_prompt").asText();
        assertTrue(title.length() <= 40, title);
        assertTrue(firstPrompt.equals(title) || firstPrompt.startsWith(title.substring(0, title.length() - 1))
            && title.endsWith("…"), title + " / " + firstPrompt);
        Set<String> detailFields = fieldSet(detail);
        assertTrue(detailFields.remove("messages"));
        assertEquals(fieldSet(s), detailFields);
      }
      String user = june.userIds().get(1);
      assertEquals(ids(all), ids(get(june, "/compose/sessions?user_id=" + user).json()),
          "d8af300 declares no user_id: a server ignores it");
      List<String> onDev = june.composeSessionsJson().stream().filter(x -> x.get("rev").asText().equals("dev"))
          .map(x -> x.get("id").asText()).toList();
      assertFalse(onDev.isEmpty());
      assertEquals(onDev, ids(get(june, "/compose/sessions?rev=dev").json()));
      assertEquals(ids(april.composeSessionsJson()), ids(get(april, "/compose/sessions?rev=dev").json()),
          "09d61f1 declares no rev: a server ignores it");
    }
  }

  @Test
  void composeSessionTokensAndCostsAddUp(FakeTimbal fake) {
    for (ObjectNode summary : fake.composeSessionsJson()) {
      JsonNode s = get(fake, "/compose/sessions/" + summary.get("id").asText()).json();
      long[] sums = new long[4];
      int assistants = 0;
      int tools = 0;
      for (JsonNode m : s.get("messages")) {
        if (m.get("role").asText().equals("assistant")) {
          assistants++;
          JsonNode u = m.get("usage");
          sums[0] += u.get("input_tokens").asLong();
          sums[1] += u.get("output_tokens").asLong();
          sums[2] += u.get("cache_creation_input_tokens").asLong();
          sums[3] += u.get("cache_read_input_tokens").asLong();
          for (JsonNode b : m.get("content")) {
            tools += b.get("type").asText().equals("tool_use") ? 1 : 0;
          }
        }
      }
      assertEquals(sums[0], s.get("input_tokens").asLong());
      assertEquals(sums[1], s.get("output_tokens").asLong());
      assertEquals(sums[2], s.get("cache_creation_tokens").asLong());
      assertEquals(sums[3], s.get("cache_read_tokens").asLong());
      assertEquals(assistants, s.get("iteration_count").asInt());
      assertEquals(tools, s.get("tool_call_count").asInt());
      BigDecimal total = BigDecimal.ZERO;
      for (Map.Entry<String, JsonNode> e : s.get("model_usage").properties()) {
        JsonNode u = e.getValue();
        BigDecimal expected = price(e.getKey(), 0).multiply(BigDecimal.valueOf(u.get("input_tokens").asLong()))
            .add(price(e.getKey(), 1).multiply(BigDecimal.valueOf(u.get("output_tokens").asLong())))
            .add(price(e.getKey(), 2).multiply(BigDecimal.valueOf(u.get("cache_creation_tokens").asLong())))
            .add(price(e.getKey(), 3).multiply(BigDecimal.valueOf(u.get("cache_read_tokens").asLong())))
            .divide(BigDecimal.valueOf(1_000_000), 6, RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(u.get("cost_usd").decimalValue()), e.getKey());
        total = total.add(u.get("cost_usd").decimalValue());
      }
      assertEquals(0, total.compareTo(s.get("cost_usd").decimalValue()));
      assertEquals(summary.toString(), withoutMessages(s).toString());
    }
  }

  private static JsonNode withoutMessages(JsonNode detail) {
    ObjectNode copy = detail.deepCopy();
    copy.remove("messages");
    return copy;
  }

  @Test
  void answersAnUnknownComposeSessionWith404(FakeTimbal fake) {
    Wire.Reply r = get(fake, "/compose/sessions/nope");
    assertEquals(404, r.status());
    assertEquals("{\"code\":\"not_found\",\"message\":\"Session nope not found\"}", r.text());
  }

  // ---- runs: paging, filters, sorting ----------------------------------------------------------------

  @Test
  void pagesThroughEveryRunOnceNewestFirst(FakeTimbal fake) {
    JsonNode first = get(fake, "/runs").json();
    assertEquals(50, first.get("runs").size());
    assertTrue(first.get("next_page_token").isTextual());
    List<JsonNode> all = allRuns(fake, "");
    assertEquals(120, all.size());
    assertEquals(ids(fake.runsJson()), ids(all));
    for (int i = 1; i < all.size(); i++) {
      assertFalse(Instant.parse(all.get(i - 1).get("created_at").asText())
          .isBefore(Instant.parse(all.get(i).get("created_at").asText())), "newest first at " + i);
    }
  }

  @ParameterizedTest
  @CsvSource({"user_id, user.id", "status, status", "sentiment, last_reaction_sentiment", "group_id, group_id",
      "workforce_id, workforce.id"})
  void filtersRunsByEquality(String param, String field, FakeTimbal fake) {
    Function<JsonNode, String> value = run -> {
      JsonNode n = run;
      for (String part : field.split("\\.")) {
        n = n.path(part);
      }
      return n.isNull() || n.isMissingNode() ? null : n.asText();
    };
    String wanted = fake.runsJson().stream().map(value).filter(v -> v != null && !v.equals("success")).findFirst()
        .orElseThrow();
    List<String> expected = fake.runsJson().stream().filter(r -> wanted.equals(value.apply(r)))
        .map(r -> r.get("id").asText()).toList();
    List<String> actual = ids(allRuns(fake, param + "=" + Wire.q(wanted)));
    assertEquals(expected, actual);
    assertFalse(actual.isEmpty());
    assertTrue(actual.size() < 120, "the filter must filter");
  }

  @Test
  void alwaysIncludesRunsWithoutABranchInTheRevFilter() {
    try (FakeTimbal empty = FakeTimbal.builder().runs(0).start()) {
      empty.addRun(new FakeTimbal.RunSpec().id("on-main").rev("main"));
      empty.addRun(new FakeTimbal.RunSpec().id("on-feature").rev("feature-x"));
      empty.addRun(new FakeTimbal.RunSpec().id("no-branch"));
      assertEquals(Set.of("on-feature", "no-branch"), Set.copyOf(ids(allRuns(empty, "rev=feature-x"))));
      assertEquals(Set.of("on-main", "no-branch"), Set.copyOf(ids(allRuns(empty, "rev=main"))));
    }
  }

  @Test
  void filtersRunsByCreationTimeInclusively(FakeTimbal fake) {
    JsonNode pivot = fake.runsJson().get(40);
    long t = Instant.parse(pivot.get("created_at").asText()).toEpochMilli();
    String id = pivot.get("id").asText();
    assertTrue(ids(allRuns(fake, "from=" + t)).contains(id));
    assertFalse(ids(allRuns(fake, "from=" + (t + 1))).contains(id));
    assertTrue(ids(allRuns(fake, "to=" + t)).contains(id));
    assertFalse(ids(allRuns(fake, "to=" + (t - 1))).contains(id));
    List<String> expected = fake.runsJson().stream().filter(r -> Instant.parse(r.get("created_at").asText())
        .toEpochMilli() == t).map(r -> r.get("id").asText()).toList();
    assertEquals(expected, ids(allRuns(fake, "from=" + t + "&to=" + t)));
    long window = t - 86_400_000L * 3;
    List<String> lastThreeDays = fake.runsJson().stream().filter(r -> {
      long c = Instant.parse(r.get("created_at").asText()).toEpochMilli();
      return c >= window && c <= t;
    }).map(r -> r.get("id").asText()).toList();
    assertEquals(lastThreeDays, ids(allRuns(fake, "from=" + window + "&to=" + t)));
  }

  @Test
  void keepsOnlyRootRunsWhenAsked(FakeTimbal fake) {
    List<String> roots = fake.runsJson().stream().filter(r -> r.get("parent_id").isNull()).map(r -> r.get("id").asText())
        .toList();
    assertTrue(roots.size() < 120, "some seeded runs are sub-runs");
    assertEquals(roots, ids(allRuns(fake, "roots=true")));
    assertEquals(120, allRuns(fake, "roots=false").size());
  }

  @Test
  void filtersRunsByMetadata() {
    try (FakeTimbal empty = FakeTimbal.builder().runs(0).start()) {
      empty.addRun(new FakeTimbal.RunSpec().id("a").metadata("env", "prod").metadata("channel", "slack"));
      empty.addRun(new FakeTimbal.RunSpec().id("b").metadata("env", "prod"));
      empty.addRun(new FakeTimbal.RunSpec().id("c").metadata("env", "dev"));
      assertEquals(Set.of("a", "b"), Set.copyOf(ids(allRuns(empty, "metadata=" + Wire.q("{\"env\":\"prod\"}")))));
      assertEquals(List.of("a"), ids(allRuns(empty, "metadata=" + Wire.q("{\"env\":\"prod\",\"channel\":\"slack\"}"))));
      Wire.Reply bad = get(empty, "/runs?metadata=env%3Dprod");
      assertEquals(400, bad.status());
      assertEquals("metadata must be a JSON object, was 'env=prod'", bad.json().get("message").asText());
    }
  }

  @ParameterizedTest
  @CsvSource({"id, asc", "id, desc", "created_at, asc", "created_at, desc", "duration_ms, asc", "duration_ms, desc",
      "cost_usd, asc", "cost_usd, desc", "cost_credits, asc", "cost_credits, desc"})
  void sortsRunsByEveryKeyWithNullsLast(String key, String order, FakeTimbal fake) {
    Comparator<JsonNode> byKey = key.equals("id") ? Comparator.comparing(r -> r.get("id").asText())
        : key.equals("created_at") ? Comparator.comparing(r -> Instant.parse(r.get("created_at").asText()))
        : Comparator.comparing(r -> r.get(key).decimalValue());
    Comparator<JsonNode> c = byKey.thenComparing(r -> r.get("id").asText());
    if (order.equals("desc")) {
      c = c.reversed();
    }
    List<JsonNode> withKey = new ArrayList<>(fake.runsJson().stream().filter(r -> !r.get(key).isNull()).toList());
    withKey.sort(c);
    List<String> expected = new ArrayList<>(ids(withKey));
    expected.addAll(fake.runsJson().stream().filter(r -> r.get(key).isNull()).map(r -> r.get("id").asText()).sorted()
        .toList());
    assertEquals(expected, ids(allRuns(fake, "sort_by=" + key + "&sort_order=" + order)));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "sort_by=name|sort_by must be one of id, created_at, duration_ms, cost_usd, cost_credits, was 'name'",
      "sort_order=up|sort_order must be asc or desc, was 'up'",
      "from=yesterday|from must be an integer (epoch milliseconds), was 'yesterday'",
      "to=1.5|to must be an integer (epoch milliseconds), was '1.5'",
      "roots=yes|roots must be true or false, was 'yes'",
      "page_token=%25%25|Invalid page_token: page token is malformed"})
  void refusesBadRunParametersWith400(String query, String message, FakeTimbal fake) {
    Wire.Reply r = get(fake, "/runs?" + query);
    assertEquals(400, r.status());
    assertEquals("bad_request", r.json().get("code").asText());
    assertEquals(message, r.json().get("message").asText());
  }

  @Test
  void refusesAPageTokenSentWithOtherFilters(FakeTimbal fake) {
    String token = get(fake, "/runs?status=success").json().get("next_page_token").asText();
    Wire.Reply r = get(fake, "/runs?status=error&page_token=" + Wire.q(token));
    assertEquals(400, r.status());
    assertEquals("Invalid page_token: page token belongs to a query with other filters",
        r.json().get("message").asText());
    assertEquals(200, get(fake, "/runs?status=success&page_token=" + Wire.q(token)).status());
  }

  @Test
  void servesRecordsAddedBetweenPagesWithoutSkippingOrRepeating(FakeTimbal fake) {
    JsonNode first = get(fake, "/runs?sort_order=asc").json();
    fake.addRun(new FakeTimbal.RunSpec().id("late").createdAt(Instant.parse("2027-01-01T00:00:00Z")));
    List<String> seen = new ArrayList<>(ids(first.get("runs")));
    String token = first.get("next_page_token").asText();
    while (token != null) {
      JsonNode page = get(fake, "/runs?sort_order=asc&page_token=" + Wire.q(token)).json();
      seen.addAll(ids(page.get("runs")));
      token = page.get("next_page_token").isNull() ? null : page.get("next_page_token").asText();
    }
    assertEquals(121, seen.size());
    assertEquals("late", seen.get(120));
  }

  // ---- run detail ------------------------------------------------------------------------------------

  @Test
  void servesARunWithItsStatusDetailAndTraceByIdOrIdempotencyKey(FakeTimbal fake) {
    for (ObjectNode summary : fake.runsJson()) {
      JsonNode byId = get(fake, "/runs/" + summary.get("id").asText()).json();
      JsonNode byKey = get(fake, "/runs/" + summary.get("idempotency_key").asText()).json();
      assertEquals(byId, byKey);
      ObjectNode rest = byId.deepCopy();
      rest.remove("status_detail");
      rest.remove("trace");
      // RunDetail is RunPreview without the workforce (Timbal's document of August 2026).
      ObjectNode preview = summary.deepCopy();
      preview.remove("workforce");
      assertEquals(preview.toString(), rest.toString());
      assertFalse(byId.has("workforce"), "RunDetail has no workforce");
      assertTrue(byId.has("status_detail"));
      JsonNode trace = byId.get("trace");
      assertTrue(trace.get(0).get("parent_call_id").isNull(), "the root span comes first");
      long in = 0;
      long out = 0;
      String model = null;
      for (JsonNode span : trace) {
        for (Map.Entry<String, JsonNode> e : span.get("usage").properties()) {
          String[] parts = e.getKey().split(":");
          model = parts[0];
          in += parts[1].equals("input_tokens") ? e.getValue().asLong() : 0;
          out += parts[1].equals("output_tokens") ? e.getValue().asLong() : 0;
        }
        if (!span.get("parent_call_id").isNull()) {
          assertEquals(trace.get(0).get("call_id"), span.get("parent_call_id"));
        }
      }
      BigDecimal cost = price(model, 0).multiply(BigDecimal.valueOf(in))
          .add(price(model, 1).multiply(BigDecimal.valueOf(out)))
          .divide(BigDecimal.valueOf(1_000_000), 6, RoundingMode.HALF_UP);
      assertEquals(0, cost.compareTo(byId.get("cost_usd").decimalValue()), summary.get("id").asText());
      assertEquals(0, cost.multiply(BigDecimal.valueOf(100)).compareTo(byId.get("cost_credits").decimalValue()));
      boolean running = byId.get("status").asText().equals("running");
      assertEquals(running, byId.get("duration_ms").isNull());
      assertEquals(running, trace.get(0).get("t1").isNull());
    }
  }

  @Test
  void everyWorkforceSaysWhetherItIsAnAgentOrAWorkflow(FakeTimbal fake) {
    Map<String, String> types = new java.util.TreeMap<>();
    for (ObjectNode run : fake.runsJson()) {
      JsonNode wf = run.get("workforce");
      assertEquals(Set.of("id", "type", "name", "deleted_at", "description", "uid", "url"), fieldSet(wf));
      types.put(wf.get("name").asText(), wf.get("type").asText());
    }
    assertEquals(Map.of("research-agent", "agent", "sql-analyst", "workflow", "support-agent", "agent"), types);
    ObjectNode added = fake.addRun(new FakeTimbal.RunSpec().id("made-up-wf").workforceId("wf_new"));
    assertEquals("agent", added.get("workforce").get("type").asText());
  }

  @Test
  void findsARunWhoseIdHoldsASlash(FakeTimbal fake) {
    fake.addRun(new FakeTimbal.RunSpec().id("batch/7"));
    Wire.Reply r = get(fake, "/runs/batch%2F7");
    assertEquals(200, r.status(), r.text());
    assertEquals("batch/7", r.json().get("id").asText());
    Wire.Reply missing = get(fake, "/runs/nope");
    assertEquals(404, missing.status());
    assertEquals("{\"code\":\"not_found\",\"message\":\"Run nope not found\"}", missing.text());
  }

  // ---- reactions -------------------------------------------------------------------------------------

  @Test
  void listsAndAddsReactions(FakeTimbal fake) {
    ObjectNode reacted = fake.runsJson().stream().filter(r -> !r.get("last_reaction_sentiment").isNull()).findFirst()
        .orElseThrow();
    String path = "/runs/" + reacted.get("id").asText() + "/reactions";
    JsonNode before = get(fake, path).json();
    assertEquals(reacted.get("last_reaction_sentiment"), before.get("reactions").get(0).get("sentiment"));
    assertTrue(before.get("reactions").get(0).get("created_at").isIntegralNumber());
    assertTrue(before.get("next_page_token").isNull());

    Wire.Reply posted = Wire.send("POST", project(fake) + path, "{\"sentiment\":\"negative\",\"feedback\":\"Too long\"}",
        "Authorization", "Bearer " + fake.apiKey());
    assertEquals(204, posted.status());
    assertEquals(0, posted.body().length);
    JsonNode after = get(fake, path).json();
    assertEquals(before.get("reactions").size() + 1, after.get("reactions").size());
    JsonNode newest = after.get("reactions").get(0);
    assertEquals("negative", newest.get("sentiment").asText());
    assertEquals("Too long", newest.get("feedback").asText());
    assertEquals(fake.userIds().get(0), newest.get("user").get("id").asText());
    assertEquals("negative", get(fake, "/runs/" + reacted.get("id").asText()).json().get("last_reaction_sentiment")
        .asText());
    assertTrue(ids(allRuns(fake, "sentiment=negative")).contains(reacted.get("id").asText()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"{}", "{\"sentiment\":\"\"}", "{\"sentiment\":3}", "[]", "not json"})
  void refusesAReactionWithoutASentiment(String body, FakeTimbal fake) {
    String run = fake.runsJson().get(0).get("id").asText();
    Wire.Reply r = Wire.send("POST", project(fake) + "/runs/" + run + "/reactions", body, "Authorization",
        "Bearer " + fake.apiKey());
    assertEquals(400, r.status());
    assertEquals("bad_request", r.json().get("code").asText());
  }

  @Test
  void pagesReactionsWithTheFixedPageSize() {
    try (FakeTimbal fake = FakeTimbal.builder().runs(0).pageSize(2).start()) {
      fake.addRun(new FakeTimbal.RunSpec().id("r"));
      for (int i = 0; i < 5; i++) {
        Wire.send("POST", project(fake) + "/runs/r/reactions", "{\"sentiment\":\"positive\"}", "Authorization",
            "Bearer " + fake.apiKey());
      }
      List<Integer> sizes = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      String token = null;
      do {
        JsonNode page = get(fake, "/runs/r/reactions" + (token == null ? "" : "?page_token=" + Wire.q(token))).json();
        sizes.add(page.get("reactions").size());
        page.get("reactions").forEach(x -> assertTrue(seen.add(x.get("id").asText())));
        token = page.get("next_page_token").isNull() ? null : page.get("next_page_token").asText();
      } while (token != null);
      assertEquals(List.of(2, 2, 1), sizes);
    }
  }

  // ---- options and added records ---------------------------------------------------------------------

  @Test
  void wrapsSuccessfulBodiesWhenAsked() {
    try (FakeTimbal fake = FakeTimbal.builder().wrapInSuccess(true).start()) {
      JsonNode sessions = get(fake, "/compose/sessions").json();
      assertEquals(1, sessions.size());
      assertEquals(20, sessions.get("success").size());
      JsonNode runs = get(fake, "/runs").json();
      assertEquals(50, runs.get("success").get("runs").size());
      // Errors are not wrapped.
      assertEquals("not_found", get(fake, "/runs/nope").json().get("code").asText());
    }
  }

  @Test
  void servesAnAddedRunMadeFromASpec(FakeTimbal fake) {
    ObjectNode run = fake.addRun(new FakeTimbal.RunSpec().id("mine").idempotencyKey("k-1").status("timeout")
        .userId("usr_new").workforceId(fake.workforceIds().get(2)).groupId("g").parentId("p")
        .createdAt(Instant.parse("2026-04-02T03:04:05.678Z")).durationMs(300_000).model("gpt-4o-mini")
        .tokens(1_000_000, 1_000_000).sentiment("negative"));
    assertEquals("mine", run.get("id").asText());
    assertEquals("k-1", run.get("idempotency_key").asText());
    assertEquals("timeout", run.get("status").asText());
    assertEquals("{\"email\":\"usr_new@example.com\",\"id\":\"usr_new\",\"name\":\"usr_new\",\"photo_url\":null}",
        run.get("user").toString());
    assertEquals(fake.workforceIds().get(2), run.get("workforce").get("id").asText());
    assertEquals("g", run.get("group_id").asText());
    assertEquals("p", run.get("parent_id").asText());
    assertEquals("2026-04-02T03:04:05.678Z", run.get("created_at").asText());
    assertEquals(300_000, run.get("duration_ms").asLong());
    assertEquals(new BigDecimal("0.75"), run.get("cost_usd").decimalValue());
    assertEquals(new BigDecimal("75"), run.get("cost_credits").decimalValue());
    assertEquals("negative", run.get("last_reaction_sentiment").asText());
    assertEquals(run.without("workforce").toString(),
        ((ObjectNode) get(fake, "/runs/mine").json()).without(List.of("status_detail", "trace")).toString());
    assertEquals("timeout", get(fake, "/runs/k-1").json().get("status_detail").get("code").asText());
    IllegalArgumentException dup = assertThrows(IllegalArgumentException.class,
        () -> fake.addRun(new FakeTimbal.RunSpec().id("mine")));
    assertEquals("a run with id mine already exists", dup.getMessage());
    assertThrows(IllegalArgumentException.class, () -> fake.addRun(new FakeTimbal.RunSpec().model("gpt-5-ultra")));
  }

  @Test
  void servesAnAddedRawRunExactly(FakeTimbal fake) {
    ObjectNode raw = (ObjectNode) Wire.json("{\"id\":\"raw\",\"created_at\":\"2030-01-01T00:00:00Z\",\"status\":"
        + "\"paused\",\"extra\":[1,2],\"trace\":[{\"call_id\":\"c\"}],\"status_detail\":{\"why\":\"x\"}}");
    fake.addRun(raw);
    JsonNode first = get(fake, "/runs").json().get("runs").get(0);
    assertEquals("{\"id\":\"raw\",\"created_at\":\"2030-01-01T00:00:00Z\",\"status\":\"paused\",\"extra\":[1,2]}",
        first.toString());
    JsonNode detail = get(fake, "/runs/raw").json();
    assertEquals("[{\"call_id\":\"c\"}]", detail.get("trace").toString());
    assertEquals("{\"why\":\"x\"}", detail.get("status_detail").toString());
    assertThrows(IllegalArgumentException.class, () -> fake.addRun((ObjectNode) Wire.json("{\"status\":\"x\"}")));
    assertThrows(IllegalArgumentException.class,
        () -> fake.addRun((ObjectNode) Wire.json("{\"id\":\"t\",\"created_at\":\"yesterday\"}")));
  }

  @Test
  void servesAddedComposeSessions(FakeTimbal fake) {
    ObjectNode s = fake.addComposeSession(new FakeTimbal.ComposeSessionSpec().id("cs-1").userId("u9").status("active")
        .model("openai/gpt-4.1").rev("dev").createdAt(Instant.parse("2030-01-01T00:00:00Z")).messages(4));
    assertEquals("cs-1", s.get("id").asText());
    assertEquals("openai/gpt-4.1", s.get("model").asText());
    assertEquals("active", s.get("status").asText());
    assertEquals("dev", s.get("rev").asText());
    assertEquals(2, s.get("turn_count").asInt() + s.get("tool_call_count").asInt());
    assertEquals(List.of("cs-1"), ids(get(fake, "/compose/sessions?user_id=u9").json()));
    assertEquals(4, get(fake, "/compose/sessions/cs-1").json().get("messages").size());
    ObjectNode none = fake.addComposeSession(new FakeTimbal.ComposeSessionSpec().id("cs-0").messages(0));
    assertTrue(none.get("model").isNull());
    assertEquals(0, none.get("cost_usd").decimalValue().signum());
    fake.addComposeSession((ObjectNode) Wire.json("{\"id\":\"raw\",\"created_at\":\"2031-01-01T00:00:00Z\","
        + "\"messages\":[{\"role\":\"user\"}]}"));
    assertEquals("{\"id\":\"raw\",\"created_at\":\"2031-01-01T00:00:00Z\"}",
        get(fake, "/compose/sessions").json().get(0).toString());
    assertEquals("[{\"role\":\"user\"}]", get(fake, "/compose/sessions/raw").json().get("messages").toString());
  }

  @Test
  void makesTheSameDataFromTheSameSeed() {
    try (FakeTimbal a = FakeTimbal.builder().seed(7).start(); FakeTimbal b = FakeTimbal.builder().seed(7).start();
        FakeTimbal c = FakeTimbal.builder().seed(8).start()) {
      assertEquals(a.runsJson(), b.runsJson());
      assertEquals(a.composeSessionsJson(), b.composeSessionsJson());
      assertEquals(a.userIds(), b.userIds());
      assertNotEquals(a.runsJson(), c.runsJson());
      assertNotEquals(a.composeSessionsJson(), c.composeSessionsJson());
    }
  }

  @Test
  void spreadsSeededRecordsOverTheMonthBeforeTheReferenceTime() {
    Instant ref = Instant.parse("2025-01-15T00:00:00Z");
    try (FakeTimbal fake = FakeTimbal.builder().referenceTime(ref).users(2).runs(300).start()) {
      Set<Instant> created = fake.runsJson().stream().map(r -> Instant.parse(r.get("created_at").asText()))
          .collect(Collectors.toSet());
      assertTrue(created.stream().allMatch(t -> !t.isBefore(ref.minusSeconds(31 * 86_400L)) && !t.isAfter(ref)));
      assertTrue(created.stream().anyMatch(t -> t.isBefore(ref.minusSeconds(20 * 86_400L))), "spread, not bunched");
      assertEquals(2, fake.runsJson().stream().map(r -> r.get("user").get("id").asText()).distinct().count());
      Set<String> statuses = fake.runsJson().stream().map(r -> r.get("status").asText()).collect(Collectors.toSet());
      assertEquals(Set.of("success", "error", "running", "cancelled", "timeout"), statuses);
    }
  }

  @Test
  void refusesBadBuilderValues() {
    assertEquals("users must be 1..8, was 9",
        assertThrows(IllegalArgumentException.class, () -> FakeTimbal.builder().users(9)).getMessage());
    assertEquals("runs must not be negative, was -1",
        assertThrows(IllegalArgumentException.class, () -> FakeTimbal.builder().runs(-1)).getMessage());
    assertEquals("pageSize must be at least 1, was 0",
        assertThrows(IllegalArgumentException.class, () -> FakeTimbal.builder().pageSize(0)).getMessage());
  }
}
