package dev.sessionkit.testkit;

import static dev.sessionkit.testkit.FakeSyntropicTest.get;
import static dev.sessionkit.testkit.FakeSyntropicTest.ids;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.FakeSyntropic.ApiVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The two server generations {@link FakeSyntropic} speaks: the paging one (the default) with {@code q},
 * {@code page}, {@code page_size} and the page metadata, and the one of May 2026 without them; and what both
 * share (never a null {@code success}).
 */
class FakeSyntropicVersionsTest {
  private static FakeSyntropic start(ApiVersion version) {
    return FakeSyntropic.builder().apiVersion(version).start();
  }

  @Test
  void pagesByPageAndPageSizeWhichWinsOverLimit() {
    try (FakeSyntropic fake = start(ApiVersion.PAGED)) {
      List<String> all = ids(fake.sessionsJson());
      JsonNode body = get(fake, "/sessions?page=3&page_size=7&limit=50").json();
      assertEquals(all.subList(14, 21), ids(body.get("sessions")));
      assertEquals(3, body.get("page").asInt());
      assertEquals(7, body.get("page_size").asInt());
      assertEquals(60, body.get("total").asInt());
      JsonNode past = get(fake, "/sessions?page=99&page_size=7").json();
      assertEquals(0, past.get("sessions").size());
      assertEquals(60, past.get("total").asInt());
      assertEquals(422, get(fake, "/sessions?page=0").status());
      assertEquals(422, get(fake, "/sessions?page_size=201").status());
    }
  }

  @Test
  void searchesTheIdAndTheWorkflowIdIgnoringCase() {
    try (FakeSyntropic fake = start(ApiVersion.PAGED)) {
      String workflow = fake.sessionsJson().get(3).get("workflow_id").asText();
      String needle = workflow.substring(2, 10).toUpperCase(Locale.ROOT);
      List<String> expected = fake.sessionsJson().stream().filter(s -> s.get("workflow_id").asText().contains(
          needle.toLowerCase(Locale.ROOT)) || s.get("id").asText().contains(needle.toLowerCase(Locale.ROOT)))
          .map(s -> s.get("id").asText()).toList();
      assertTrue(expected.size() > 1 && expected.size() < 60, expected.toString());
      JsonNode body = get(fake, "/sessions?limit=200&q=" + needle).json();
      assertEquals(expected, ids(body.get("sessions")));
      assertEquals(expected.size(), body.get("total").asInt());
      String id = fake.sessionsJson().get(9).get("id").asText();
      assertTrue(ids(get(fake, "/sessions?q=" + id.substring(4, 12)).json().get("sessions")).contains(id));
    }
  }

  @Test
  void countsStatusesOverEveryFilterButTheStatusFilter() {
    try (FakeSyntropic fake = start(ApiVersion.PAGED)) {
      Map<String, Long> all = new TreeMap<>();
      fake.sessionsJson().forEach(s -> all.merge(s.get("status").asText(), 1L, Long::sum));
      JsonNode body = get(fake, "/sessions?statuses=failed,running").json();
      Map<String, Long> counts = new TreeMap<>();
      body.get("status_counts").properties().forEach(e -> counts.put(e.getKey(), e.getValue().asLong()));
      assertEquals(all, counts);
      assertEquals(all.get("failed") + all.get("running"), body.get("total").asLong());
    }
  }

  @Test
  void reportsSessionsWithoutAStartTimeThatATimeBoundLeavesOut() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(5).start()) {
      ObjectNode undated = fake.sessionDetailJson(ids(fake.sessionsJson()).get(0)).orElseThrow().put("id", "undated-1");
      undated.putNull("started_at");
      fake.addSession(undated);
      JsonNode unbounded = get(fake, "/sessions").json();
      assertEquals("undated-1", ids(unbounded.get("sessions")).get(5), "listed after every dated session");
      assertEquals(0, unbounded.get("excluded_undated").asInt());
      JsonNode bounded = get(fake, "/sessions?started_before=2100-01-01T00:00:00Z").json();
      assertFalse(ids(bounded.get("sessions")).contains("undated-1"));
      assertEquals(5, bounded.get("total").asInt());
      assertEquals(1, bounded.get("excluded_undated").asInt());
    }
  }

  @Test
  void sessionsCarryTheirDelegationAndUnpricedObservations() {
    try (FakeSyntropic fake = start(ApiVersion.PAGED)) {
      List<ObjectNode> sessions = fake.sessionsJson();
      long delegates = sessions.stream().filter(s -> !s.get("parent_session_id").isNull()).count();
      assertTrue(delegates >= 5, "the seeded ties are delegates: " + delegates);
      for (ObjectNode s : sessions) {
        JsonNode parent = s.get("parent_session_id");
        if (parent.isNull()) {
          assertEquals(s.get("id"), s.get("root_session_id"), "a leader is its own root");
        } else {
          ObjectNode leader = fake.sessionDetailJson(parent.asText()).orElseThrow();
          assertEquals(leader.get("started_at"), s.get("started_at"));
          assertEquals(leader.get("root_session_id"), s.get("root_session_id"));
        }
        assertTrue(s.get("unpriced_observation_count").canConvertToInt());
      }
      assertTrue(sessions.stream().anyMatch(s -> s.get("unpriced_observation_count").asInt() > 0));
    }
  }

  @ParameterizedTest
  @EnumSource(ApiVersion.class)
  void neverSendsANullSuccessAndOnlyLaterServersAnOperationError(ApiVersion version) {
    try (FakeSyntropic fake = start(version)) {
      int failed = 0;
      for (ObjectNode summary : fake.sessionsJson()) {
        JsonNode detail = get(fake, "/sessions/" + summary.get("id").asText()).json();
        for (JsonNode op : detail.get("operations")) {
          assertTrue(op.get("success").isBoolean(), op.toString());
          assertEquals(version == ApiVersion.PAGED, op.has("error_message"), op.toString());
          if (!op.get("success").asBoolean()) {
            failed++;
            if (version == ApiVersion.PAGED) {
              assertTrue(op.get("error_message").asText().endsWith("exited with code 1"), op.toString());
            }
          }
        }
      }
      assertTrue(failed > 0, "some tool runs failed");
    }
  }

  @Test
  void theServerOfMay2026IgnoresQPageAndPageSizeAndCountsOnlyItsPage() {
    try (FakeSyntropic fake = start(ApiVersion.MAY_2026)) {
      List<String> all = ids(fake.sessionsJson());
      JsonNode body = get(fake, "/sessions?limit=5&page=3&page_size=7&q=zzzz").json();
      assertEquals(List.of("sessions", "total"), names(body));
      assertEquals(all.subList(0, 5), ids(body.get("sessions")));
      assertEquals(5, body.get("total").asInt());
      for (JsonNode s : body.get("sessions")) {
        assertFalse(s.has("parent_session_id") || s.has("root_session_id") || s.has("unpriced_observation_count"),
            s.toString());
      }
      JsonNode detail = get(fake, "/sessions/" + all.get(0)).json();
      assertFalse(detail.has("parent_session_id") || detail.has("root_session_id")
          || detail.has("unpriced_observation_count"), detail.toString());
      assertEquals(fake.sessionDetailJson(all.get(0)).orElseThrow().toString(), detail.toString());
    }
  }

  @Test
  void bothGenerationsListTheSameSessionsInTheSameOrder() {
    try (FakeSyntropic paged = start(ApiVersion.PAGED); FakeSyntropic old = start(ApiVersion.MAY_2026)) {
      assertEquals(ids(paged.sessionsJson()), ids(old.sessionsJson()));
      Instant first = FakeSyntropicTest.startedAt(paged.sessionsJson().get(0));
      assertEquals(first, FakeSyntropicTest.startedAt(old.sessionsJson().get(0)));
    }
  }

  @Test
  void laterServersSendTheirFieldsInTheOrderOfTheirModels() {
    try (FakeSyntropic fake = start(ApiVersion.PAGED)) {
      JsonNode list = get(fake, "/sessions?limit=3").json();
      assertEquals(List.of("sessions", "total", "page", "page_size", "excluded_undated", "status_counts"), names(list));
      JsonNode summary = list.get("sessions").get(0);
      assertEquals(List.of("id", "workflow_id", "workflow_name", "execution_id", "phase_id", "parent_session_id",
          "root_session_id", "phase_display", "status", "agent_provider", "agent_model", "agent_model_display", "repos",
          "repos_display", "input_tokens", "output_tokens", "cache_creation_tokens", "cache_read_tokens", "total_tokens",
          "total_tokens_display", "total_cost_usd", "total_cost_display", "unpriced_observation_count",
          "duration_seconds", "duration_display", "started_at", "completed_at"), names(summary));
      JsonNode detail = get(fake, "/sessions/" + summary.get("id").asText()).json();
      assertEquals(List.of("id", "workflow_id", "workflow_name", "execution_id", "phase_id", "parent_session_id",
          "root_session_id", "phase_display", "milestone_id", "agent_provider", "agent_model", "agent_model_display",
          "repos", "repos_display", "status", "workspace_path", "input_tokens", "input_tokens_display", "output_tokens",
          "output_tokens_display", "cache_creation_tokens", "cache_creation_tokens_display", "cache_read_tokens",
          "cache_read_tokens_display", "total_tokens", "total_tokens_display", "total_cost_usd", "total_cost_display",
          "unpriced_observation_count", "cost_by_model", "operations", "started_at", "completed_at",
          "duration_seconds", "duration_display", "error_message", "metadata"), names(detail));
      assertEquals(List.of("operation_id", "operation_type", "timestamp", "duration_seconds", "success",
          "error_message", "input_tokens", "output_tokens", "total_tokens", "tool_name", "tool_use_id", "tool_input",
          "tool_output", "message_role", "message_content", "thinking_content", "git", "git_sha", "git_message",
          "git_branch", "git_repo"), names(detail.get("operations").get(0)));
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
