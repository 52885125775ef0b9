package dev.sessionkit.agents.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.agents.messages.MessageUsage;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.agents.messages.TextOrBlocks;
import dev.sessionkit.agents.testing.VendorData;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.usage.TokenUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The agent state as agentscope's models define it (state/_state.py at da00849): the reply context of servers
 * since 2.0.5, the top-level reply fields of older ones, the middleware context.
 */
class AgentStateJsonTest {
  private final ObjectMapper mapper = SessionKitJson.mapper();
  private final ObjectReader reader = new SessionKitJson(ZoneId.of("UTC")).readerFor(AgentState.class);

  @Test
  void aCurrentServersReplyContextIsReadWithEveryField() throws Exception {
    AgentState state = reader.readValue("{\"session_id\": \"4f1c\", \"reply_context\": {\"reply_id\": \"msg-02\", "
        + "\"cur_iter\": 3, \"structured_schema\": {\"type\": \"object\", \"required\": [\"ticket\"]}, "
        + "\"structured_output\": {\"ticket\": \"OPS-12\"}}, \"middle_context\": {\"inbox\": {\"cursor\": 7}}}");

    ReplyContext reply = state.replyContext();
    assertEquals(ReplyContext.builder().replyId("msg-02").curIter(3)
        .structuredSchema(mapper.readTree("{\"type\": \"object\", \"required\": [\"ticket\"]}"))
        .structuredOutput(mapper.readTree("{\"ticket\": \"OPS-12\"}")).build(), reply);
    assertEquals(Map.of(), reply.additionalProperties());
    assertEquals("msg-02", state.replyId());
    assertEquals(3, state.curIter());
    assertEquals(Map.of("inbox", mapper.readTree("{\"cursor\": 7}")), state.middleContext());
    assertEquals(Optional.of("4f1c"), state.sessionId());
    assertEquals(Map.of(), state.additionalProperties());
  }

  @Test
  void anOlderServersTopLevelReplyFieldsAreReadIntoTheReplyContextAndWrittenBackThere() throws Exception {
    // The shape of agentscope 2.0.4.post1's AgentState: reply_id and cur_iter at the top, no reply_context, and
    // blocks and messages without the fields of later releases.
    AgentState state = reader.readValue("{\"session_id\": \"sess-old\", \"summary\": \"\", \"context\": "
        + "[{\"name\": \"alice\", \"content\": [{\"type\": \"text\", \"text\": \"hi\", \"id\": \"blk-1\"}], "
        + "\"role\": \"user\", \"id\": \"msg-1\", \"metadata\": {}, \"created_at\": \"2026-07-16T10:00:00.5\", "
        + "\"finished_at\": null, \"usage\": null}], \"reply_id\": \"msg-02\", \"cur_iter\": 2, "
        + "\"permission_context\": {\"mode\": \"default\", \"working_directories\": {}, \"allow_rules\": {}, "
        + "\"deny_rules\": {}, \"ask_rules\": {}}, \"tool_context\": {\"max_cache_files\": 100, "
        + "\"max_cache_bytes\": 25000.0, \"read_file_cache\": [], \"activated_groups\": []}, "
        + "\"tasks_context\": {\"tasks\": []}, \"middle_context\": {}}");

    assertEquals(ReplyContext.builder().replyId("msg-02").curIter(2).build(), state.replyContext());
    assertEquals("msg-02", state.replyId());
    assertEquals(2, state.curIter());
    assertEquals(Map.of(), state.additionalProperties());
    assertEquals(Optional.of("sess-old"), state.sessionId());
    assertEquals(List.of(Message.builder().id("msg-1").name("alice").role(MessageRole.USER)
        .addContent(TextBlock.builder().text("hi").id("blk-1").build())
        .createdAt(Instant.parse("2026-07-16T10:00:00.5Z")).build()), state.context());
    assertEquals(PermissionContext.builder().build(), state.permissionContext());
    assertEquals(ToolContext.builder().maxCacheFiles(100).maxCacheBytes(new BigDecimal("25000.0")).build(),
        state.toolContext());
    assertEquals(TasksContext.builder().build(), state.tasksContext());
    assertEquals(Map.of(), state.middleContext());

    JsonNode written = mapper.readTree(mapper.writeValueAsString(state));
    assertFalse(written.has("reply_id"));
    assertFalse(written.has("cur_iter"));
    assertEquals(mapper.readTree("{\"reply_id\": \"msg-02\", \"cur_iter\": 2}"), written.get("reply_context"));
    assertEquals(state, reader.readValue(mapper.writeValueAsString(state)));
  }

  @Test
  void aReplyContextOfItsOwnWinsOverTopLevelFieldsWhichAreThenKept() throws Exception {
    AgentState state = reader.readValue("{\"reply_context\": {\"reply_id\": \"msg-09\", \"cur_iter\": 1}, "
        + "\"reply_id\": \"msg-02\", \"cur_iter\": 3}");

    assertEquals(ReplyContext.builder().replyId("msg-09").curIter(1).build(), state.replyContext());
    assertEquals(Map.of("reply_id", mapper.readTree("\"msg-02\""), "cur_iter", mapper.readTree("3")),
        state.additionalProperties());
  }

  @Test
  void aNullTopLevelFieldReadsAsAbsent() throws Exception {
    AgentState state = reader.readValue("{\"reply_id\": null, \"cur_iter\": null}");

    assertEquals(ReplyContext.builder().build(), state.replyContext());
    assertEquals(Map.of(), state.additionalProperties());
  }

  @Test
  void aTopLevelFieldOfAnotherShapeIsKeptAsSent() throws Exception {
    AgentState state = reader.readValue("{\"reply_id\": 42, \"cur_iter\": \"three\"}");

    assertEquals(ReplyContext.builder().build(), state.replyContext());
    assertEquals(Map.of("reply_id", mapper.readTree("42"), "cur_iter", mapper.readTree("\"three\"")),
        state.additionalProperties());
  }

  @Test
  void aStateWithoutReplyFieldsHasAnEmptyReplyContext() throws Exception {
    AgentState state = reader.readValue("{}");

    assertEquals(Optional.empty(), state.replyContext().replyId());
    assertEquals(0, state.replyContext().curIter());
    assertEquals(Optional.empty(), state.replyContext().structuredSchema());
    assertEquals(Optional.empty(), state.replyContext().structuredOutput());
    assertEquals("", state.replyId());
    assertEquals(0, state.curIter());
    assertEquals(Map.of(), state.middleContext());
    assertEquals(Optional.empty(), state.sessionId());
  }

  @Test
  void theContextsTokensAddUpEachMessagesReadingWithItsCacheCounts() {
    AgentState state = AgentState.builder()
        // Anthropic's counts (cache writes): the input excludes the cache tokens already.
        .addContext(Message.builder().name("Friday").usage(MessageUsage.builder().inputTokens(120).outputTokens(15)
            .cacheInputTokens(100).cacheCreationInputTokens(20).build()).build())
        .addContext(Message.builder().name("Friday").usage(MessageUsage.builder().inputTokens(10).outputTokens(5).build())
            .build())
        // OpenAI's: 1500 of the 2000 prompt tokens were read from the cache.
        .addContext(Message.builder().name("Friday").usage(MessageUsage.builder().inputTokens(2000).outputTokens(50)
            .cacheInputTokens(1500).build()).build())
        .build();

    assertEquals(TokenUsage.builder().input(120 + 10 + 500).output(15 + 5 + 50).cacheRead(100 + 1500)
        .cacheCreation(20).build(), state.tokens());
  }

  @Test
  void aPermissionRulesBehaviourIsAnOpenSet() throws Exception {
    ObjectReader rules = new SessionKitJson(ZoneId.of("UTC")).readerFor(PermissionRule.class);

    for (PermissionBehavior known : List.of(PermissionBehavior.ALLOW, PermissionBehavior.DENY, PermissionBehavior.ASK,
        PermissionBehavior.PASSTHROUGH)) {
      PermissionRule rule = rules.readValue("{\"tool_name\": \"Bash\", \"rule_content\": null, \"behavior\": \""
          + known.value() + "\", \"source\": \"session\"}");
      assertEquals(Optional.of(known), rule.behavior());
      assertTrue(known.isKnown());
    }
    PermissionRule later = rules.readValue("{\"tool_name\": \"Bash\", \"behavior\": \"ask_once\"}");
    assertEquals("ask_once", later.behavior().orElseThrow().value());
    assertFalse(later.behavior().orElseThrow().isKnown());
  }

  @Test
  void aTaskWithoutAnIdIsRead() throws Exception {
    Task task = new SessionKitJson(ZoneId.of("UTC")).readerFor(Task.class).readValue(
        "{\"subject\": \"Collect merged PRs\", \"description\": \"Since 2.3\", \"metadata\": {}}");

    assertEquals(Optional.empty(), task.id());
    assertEquals("Collect merged PRs", task.subject());
    assertEquals(TaskState.PENDING, task.state());
  }

  @Test
  void theStateTheServersModelsWriteIsReadWithEveryField() throws Exception {
    String body = VendorData.agentScope("sessions-list.json");
    JsonNode session = mapper.readTree(body).get("sessions").get(0).get("session");
    // Read from the text, not a tree: a tree keeps 25000.0 as 2.5E+4.
    AgentState state = reader.at("/sessions/0/session/state").readValue(body);

    // The state's own id is not the session's.
    assertEquals(Optional.of("00000000000000000000000000000001"), state.sessionId());
    assertFalse(state.sessionId().orElseThrow().equals(session.get("id").asText()));
    assertEquals(TextOrBlocks.of(""), state.summary());
    assertEquals(List.of(), state.context());
    assertEquals(ReplyContext.builder().replyId("00000000000000000000000000000002").build(), state.replyContext());
    assertEquals(PermissionContext.builder().build(), state.permissionContext());
    assertEquals(PermissionMode.DEFAULT, state.permissionContext().mode());
    assertEquals(ToolContext.builder().maxCacheFiles(100).maxCacheBytes(new BigDecimal("25000.0")).build(),
        state.toolContext());
    assertEquals(TasksContext.builder().build(), state.tasksContext());
    assertEquals(Map.of(), state.middleContext());
    assertEquals(Map.of(), state.additionalProperties());
    assertEquals(TokenUsage.zero(), state.tokens());
  }
}
