package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
      for (ObjectNode summary : fake.sessionsJson()) {
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
      // Listings clear the context: the whole record is where most times are.
      List<JsonNode> all = new ArrayList<>(List.of(list, messages, fake.sessionJson(session).orElseThrow()));
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

  // ---- the fields of the seed pages, in their order --------------------------------------------------

  static List<String> names(JsonNode node) {
    return FakeAgentScopeTest.fieldNames(node);
  }

  /** Field names as the seed pages list them (seeds 000 to 003), so that a fake cannot drift from them. */
  static List<String> seed(String fields) {
    return List.of(fields.split(", "));
  }

  @Test
  void timbalSendsTheFieldsOfSeeds000And002InTheirOrder() {
    try (FakeTimbal fake = FakeTimbal.builder().runs(60).start()) {
      for (JsonNode s : FakeTimbalTest.get(fake, "/compose/sessions").json()) {
        assertEquals(seed("cache_creation_tokens, cache_read_tokens, cost_usd, created_at, id, input_tokens, "
            + "iteration_count, last_active_at, model_usage, output_tokens, project_id, rev, status, tool_call_count, "
            + "turn_count, uid, user_id, model"), names(s));
      }
      JsonNode page = FakeTimbalTest.get(fake, "/runs").json();
      assertEquals(seed("runs, next_page_token"), names(page));
      for (JsonNode run : page.get("runs")) {
        assertEquals(seed("cost_credits, cost_usd, created_at, id, idempotency_key, status, user, workforce, "
            + "duration_ms, group_id, last_reaction_sentiment, parent_id"), names(run));
        assertEquals(seed("email, id, name, photo_url"), names(run.get("user")));
        // WorkforcePreview of Timbal's document of August 2026: seed 002 plus the required type.
        assertEquals(seed("id, type, name, deleted_at, description, uid, url"), names(run.get("workforce")));
      }
      JsonNode last = FakeTimbalTest.get(fake, "/runs?page_token="
          + Wire.q(page.get("next_page_token").asText())).json();
      assertTrue(last.get("next_page_token").isNull(), "the last page says so with a null token");

      // Timbal's RunDetail: the run without its workforce, plus status_detail and a flat trace of spans as timbal's
      // own Span writes them (path first, elapsed after t1); reactions are epoch milliseconds.
      String reacted = fake.runsJson().stream().filter(r -> !r.get("last_reaction_sentiment").isNull())
          .map(r -> r.get("id").asText()).findFirst().orElseThrow();
      JsonNode detail = FakeTimbalTest.get(fake, "/runs/" + reacted).json();
      assertEquals(seed("cost_credits, cost_usd, created_at, id, idempotency_key, status, user, duration_ms, "
          + "group_id, last_reaction_sentiment, parent_id, status_detail, trace"), names(detail));
      for (JsonNode span : detail.get("trace")) {
        assertEquals(seed("path, call_id, parent_call_id, t0, t1, elapsed, input, status, output, error, usage, metadata"),
            names(span));
        assertEquals(span.get("t1").isNull() ? null : span.get("t1").asLong() - span.get("t0").asLong(),
            span.get("elapsed").isNull() ? null : span.get("elapsed").asLong());
      }
      JsonNode reactions = FakeTimbalTest.get(fake, "/runs/" + reacted + "/reactions").json();
      assertEquals(seed("reactions, next_page_token"), names(reactions));
      for (JsonNode x : reactions.get("reactions")) {
        List<String> expected = new ArrayList<>(seed("id, user, sentiment, created_at"));
        if (x.has("feedback")) {
          expected.add("feedback");
        }
        assertEquals(expected, names(x));
        assertTrue(x.get("created_at").isIntegralNumber(), "int64 epoch milliseconds");
      }
    }
  }

  @Test
  void timbalRateLimitsCarryRetryAfterAndRateLimitHeaders() {
    try (FakeTimbal fake = FakeTimbal.start()) {
      fake.failNext(1, 429, 12);
      Wire.Reply r = FakeTimbalTest.get(fake, "/runs");
      assertEquals(429, r.status());
      assertEquals("{\"code\":\"too_many_requests\",\"message\":\"Too Many Requests\"}", r.text());
      assertEquals("12", r.header("Retry-After").orElseThrow());
      assertEquals("60", r.header("RateLimit-Limit").orElseThrow());
      assertEquals("0", r.header("RateLimit-Remaining").orElseThrow());
      assertEquals("12", r.header("RateLimit-Reset").orElseThrow());
      fake.failNext(1, 503, 12);
      assertEquals(Optional.empty(), FakeTimbalTest.get(fake, "/runs").header("RateLimit-Limit"),
          "only a 429 is a rate limit");

      // The SDK's exception carries them for the caller.
      fake.failNext(1, 429, 5);
      RateLimitException e = assertThrows(RateLimitException.class, () -> fake.clientBuilder().maxRetries(0).build()
          .runs().list(ListRunsRequest.builder().build()));
      assertEquals(Optional.of(Duration.ofSeconds(5)), e.retryAfter());
      assertEquals(Optional.of("0"), e.header("RateLimit-Remaining"));
    }
    try (FakeSyntropic fake = FakeSyntropic.start()) {
      fake.failNext(1, 429, 3);
      Wire.Reply r = Wire.get(fake.baseUrl() + "/sessions");
      assertEquals("3", r.header("Retry-After").orElseThrow());
      assertEquals(Optional.empty(), r.header("RateLimit-Limit"), "a Timbal habit only");
    }
  }

  @Test
  void syntropicSendsTheFieldsOfSeed001InItsOrder() {
    try (FakeSyntropic fake = FakeSyntropic.builder().apiVersion(FakeSyntropic.ApiVersion.MAY_2026).start()) {
      JsonNode list = Wire.get(fake.baseUrl() + "/sessions?limit=200").json();
      assertEquals(seed("sessions, total"), names(list));
      for (JsonNode summary : list.get("sessions")) {
        assertEquals(seed("id, workflow_id, workflow_name, execution_id, phase_id, phase_display, status, "
            + "agent_provider, agent_model, agent_model_display, repos, repos_display, input_tokens, output_tokens, "
            + "cache_creation_tokens, cache_read_tokens, total_tokens, total_tokens_display, total_cost_usd, "
            + "total_cost_display, duration_seconds, duration_display, started_at, completed_at"), names(summary));
        JsonNode detail = Wire.get(fake.baseUrl() + "/sessions/" + summary.get("id").asText()).json();
        assertEquals(seed("id, workflow_id, workflow_name, execution_id, phase_id, phase_display, milestone_id, "
            + "agent_provider, agent_model, agent_model_display, repos, repos_display, status, workspace_path, "
            + "input_tokens, input_tokens_display, output_tokens, output_tokens_display, cache_creation_tokens, "
            + "cache_creation_tokens_display, cache_read_tokens, cache_read_tokens_display, total_tokens, "
            + "total_tokens_display, total_cost_usd, total_cost_display, cost_by_model, operations, started_at, "
            + "completed_at, duration_seconds, duration_display, error_message, metadata"), names(detail));
        for (JsonNode op : detail.get("operations")) {
          assertEquals(seed("operation_id, operation_type, timestamp, duration_seconds, success, input_tokens, "
              + "output_tokens, total_tokens, tool_name, tool_use_id, tool_input, tool_output, message_role, "
              + "message_content, thinking_content, git, git_sha, git_message, git_branch, git_repo"), names(op));
          if (!op.get("git").isNull()) {
            assertEquals(seed("operation, sha, branch, repo, message, prev_branch, is_clone, remote, author, "
                + "files_changed, insertions, deletions, commits_count, commit_range, remote_url, details, "
                + "from_branch, to_branch, estimated_tokens_added, estimated_tokens_removed"), names(op.get("git")));
          }
        }
      }
      assertEquals(seed("detail"), names(Wire.get(fake.baseUrl() + "/sessions/nope").json()));
    }
  }

  @Test
  void agentScopeSendsTheFieldsOfTheVendorsModelsInTheirOrder() {
    // The order pydantic dumps the server's models in (agentscope da00849: SessionView, SessionRecord,
    // SessionConfig, AgentState, TeamDetailResponse, AgentView, Message), not seed 003's older shape.
    try (FakeAgentScope fake = FakeAgentScope.builder().streamEventDelay(Duration.ZERO).start()) {
      String agent = fake.agentIds("alice").get(0);
      fake.addSession(new FakeAgentScope.SessionSpec().userId("alice").agentId(agent).team(true));
      JsonNode list = Wire.get(fake.baseUrl() + "/sessions/?agent_id=" + agent, "x-user-id", "alice").json();
      assertEquals(seed("sessions, total"), names(list));
      int teams = 0;
      for (JsonNode view : list.get("sessions")) {
        assertEquals(seed("session, is_running, status, team"), names(view));
        JsonNode s = view.get("session");
        assertEquals(seed("id, updated_at, created_at, user_id, agent_id, source, source_schedule_id, source_chat_id, "
            + "source_channel_id, team_id, config, state"), names(s));
        assertEquals(seed("workspace_id, name, cwd, chat_model_config, fallback_chat_model_config, tts_model_config, "
            + "knowledge_config"), names(s.get("config")));
        assertEquals(seed("type, credential_id, model, parameters"), names(s.get("config").get("chat_model_config")));
        JsonNode state = s.get("state");
        assertEquals(seed("session_id, summary, context, reply_context, permission_context, tool_context, "
            + "tasks_context, middle_context"), names(state));
        assertEquals(seed("reply_id, cur_iter, structured_schema, structured_output"), names(state.get("reply_context")));
        assertEquals(seed("mode, working_directories, allow_rules, deny_rules, ask_rules"),
            names(state.get("permission_context")));
        assertEquals(seed("max_cache_files, max_cache_bytes, read_file_cache, activated_groups"),
            names(state.get("tool_context")));
        for (JsonNode task : state.get("tasks_context").get("tasks")) {
          assertEquals(seed("subject, description, metadata, created_at, state, id, owner, blocks, blocked_by"),
              names(task));
        }
        String id = s.get("id").asText();
        for (JsonNode m : fake.sessionJson(id).orElseThrow().get("state").get("context")) {
          assertEquals(seed("name, content, role, id, metadata, created_at, usage, finished_at, finished_reason, "
              + "structured_output, error"), names(m));
        }
        JsonNode team = view.get("team");
        if (!team.isNull()) {
          teams++;
          assertEquals(seed("team, leader_agent, members"), names(team));
          assertEquals(seed("id, updated_at, created_at, user_id, session_id, leader_agent_id, data"),
              names(team.get("team")));
          assertEquals(seed("name, description, member_ids, members"), names(team.get("team").get("data")));
          for (JsonNode member : team.get("team").get("data").get("members")) {
            assertEquals(seed("owner_id, agent_id, session_id, role"), names(member));
          }
          assertEquals(seed("id, updated_at, created_at, user_id, source, data, editable"),
              names(team.get("leader_agent")));
          assertEquals(seed("name, system_prompt, context_config, react_config, invite_config"),
              names(team.get("leader_agent").get("data")));
          assertEquals(seed("trigger_ratio, reserve_ratio, compression_prompt, summary_template, summary_schema, "
              + "tool_result_limit, max_image_num"), names(team.get("leader_agent").get("data").get("context_config")));
          assertEquals(seed("max_iters, structured_output_grace_iters, stop_on_reject, interruption_message, "
              + "interruption_raise_cancelled_error"), names(team.get("leader_agent").get("data").get("react_config")));
          assertEquals(seed("invitable, invite_description"),
              names(team.get("leader_agent").get("data").get("invite_config")));
          for (JsonNode member : team.get("members")) {
            assertEquals(seed("agent, session_id"), names(member));
          }
        }
      }
      assertTrue(teams > 0);
      assertEquals(seed("detail"), names(Wire.get(fake.baseUrl() + "/sessions/?agent_id=nope", "x-user-id", "alice").json()));
    }
  }
}
