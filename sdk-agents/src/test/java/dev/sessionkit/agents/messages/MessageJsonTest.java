package dev.sessionkit.agents.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.agents.state.PermissionBehavior;
import dev.sessionkit.agents.state.PermissionRule;
import dev.sessionkit.agents.testing.VendorData;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.usage.TokenUsage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Messages and their blocks with every field agentscope's models define (message/_base.py, message/_block.py at
 * da00849): how a reply ended, why it failed, its structured output, cache tokens, block times.
 */
class MessageJsonTest {
  private final SessionKitJson json = new SessionKitJson(ZoneId.of("UTC"));
  private final ObjectMapper mapper = SessionKitJson.mapper();
  private final ObjectReader msgReader = json.readerFor(Message.class);

  private static final Optional<Instant> T0 = Optional.of(Instant.parse("2026-08-20T09:14:04.123456Z"));

  @Test
  void aReplyWhoseRunFailedReadsWithItsErrorTyped() throws Exception {
    Message reply = msgReader.readValue("{\"name\": \"Friday\", \"content\": [], \"role\": \"assistant\", "
        + "\"id\": \"msg-9\", \"metadata\": {}, \"created_at\": \"2026-08-20T09:14:04.123456\", \"usage\": null, "
        + "\"finished_at\": \"2026-08-20T09:14:05\", \"finished_reason\": \"error\", \"structured_output\": null, "
        + "\"error\": {\"type\": \"authentication\", \"message\": \"The model's API key was rejected\"}}");

    assertEquals(Message.builder().id("msg-9").name("Friday").role(MessageRole.ASSISTANT).createdAt(T0)
        .finishedAt(Instant.parse("2026-08-20T09:14:05Z")).finishedReason(ReplyFinishedReason.ERROR)
        .error(ReplyError.builder().type(ReplyErrorType.AUTHENTICATION).message("The model's API key was rejected")
            .build())
        .build(), reply);
    assertEquals(Map.of(), reply.additionalProperties());
    assertEquals(Optional.empty(), reply.structuredOutput());
    assertEquals(Optional.empty(), reply.usage());
    assertEquals("", reply.text());
  }

  @Test
  void aCompletedReplyWithAStructuredOutputAndCacheTokens() throws Exception {
    Message reply = msgReader.readValue("{\"name\": \"Friday\", \"role\": \"assistant\", \"content\": "
        + "[{\"type\": \"text\", \"text\": \"Filed.\"}], \"usage\": {\"input_tokens\": 120, \"output_tokens\": 15, "
        + "\"cache_input_tokens\": 100, \"cache_creation_input_tokens\": 20}, \"finished_reason\": \"completed\", "
        + "\"structured_output\": {\"ticket\": \"OPS-12\", \"priority\": 2}}");

    assertEquals(Optional.of(ReplyFinishedReason.COMPLETED), reply.finishedReason());
    assertEquals(mapper.readTree("{\"ticket\": \"OPS-12\", \"priority\": 2}"), reply.structuredOutput().orElseThrow());
    assertEquals(Optional.empty(), reply.error());
    MessageUsage usage = reply.usage().orElseThrow();
    assertEquals(120, usage.inputTokens());
    assertEquals(15, usage.outputTokens());
    assertEquals(100, usage.cacheInputTokens());
    assertEquals(20, usage.cacheCreationInputTokens());
    assertEquals(Map.of(), usage.additionalProperties());
  }

  @Test
  void aMessageFromAServerBeforeTheseFieldsReadsThemEmpty() throws Exception {
    Message old = msgReader.readValue("{\"name\": \"Friday\", \"role\": \"assistant\", \"content\": [], "
        + "\"usage\": {\"input_tokens\": 5, \"output_tokens\": 7}}");

    assertEquals(Optional.empty(), old.finishedReason());
    assertEquals(Optional.empty(), old.error());
    assertEquals(Optional.empty(), old.structuredOutput());
    assertEquals(0, old.usage().orElseThrow().cacheInputTokens());
    assertEquals(0, old.usage().orElseThrow().cacheCreationInputTokens());
  }

  @Test
  void anUnknownFinishedReasonOrErrorTypeIsKept() throws Exception {
    Message reply = msgReader.readValue("{\"name\": \"Friday\", \"role\": \"assistant\", \"content\": [], "
        + "\"finished_reason\": \"handed_off\", \"error\": {\"type\": \"budget\", \"message\": \"Over budget\"}}");

    assertEquals("handed_off", reply.finishedReason().orElseThrow().value());
    assertFalse(reply.finishedReason().orElseThrow().isKnown());
    assertEquals("budget", reply.error().orElseThrow().type().value());
    assertFalse(reply.error().orElseThrow().type().isKnown());
    assertTrue(ReplyErrorType.SETUP.isKnown());
    assertEquals(ReplyFinishedReason.EXCEED_MAX_ITERS, ReplyFinishedReason.of("exceed_max_iters"));
  }

  @Test
  void aReplyIsWrittenWithTheServersNamesAndReadBackEqual() throws Exception {
    Message reply = Message.builder().id("msg-9").name("Friday").role(MessageRole.ASSISTANT)
        .finishedReason(ReplyFinishedReason.ERROR).structuredOutput(mapper.readTree("{\"a\": 1}"))
        .error(ReplyError.builder().type(ReplyErrorType.UPSTREAM).message("502 from the model").build())
        .usage(MessageUsage.builder().inputTokens(1).outputTokens(2).cacheInputTokens(3).cacheCreationInputTokens(4)
            .build())
        .build();

    JsonNode written = mapper.readTree(mapper.writeValueAsString(reply));

    assertEquals("error", written.get("finished_reason").asText());
    assertEquals(mapper.readTree("{\"type\": \"upstream\", \"message\": \"502 from the model\"}"), written.get("error"));
    assertEquals(1, written.get("structured_output").get("a").intValue());
    assertEquals(mapper.readTree("{\"input_tokens\": 1, \"output_tokens\": 2, \"cache_input_tokens\": 3, "
        + "\"cache_creation_input_tokens\": 4}"), written.get("usage"));
    assertEquals(reply, msgReader.readValue(written));
  }

  @Test
  void aReplyErrorNeedsItsMessage() {
    assertThrows(IllegalStateException.class, () -> ReplyError.builder().type(ReplyErrorType.INTERNAL).build());
  }

  @Test
  void everyBlockReadsItsTimes() throws Exception {
    String times = "\"created_at\": \"2026-08-20T09:14:04.123456\", \"finished_at\": \"2026-08-20T09:14:06\"";
    Optional<Instant> t1 = Optional.of(Instant.parse("2026-08-20T09:14:06Z"));
    ObjectReader blocks = json.readerFor(ContentBlock.class);

    TextBlock text = blocks.readValue("{\"type\": \"text\", \"text\": \"Hi\", \"id\": \"b1\", " + times + "}");
    assertEquals(TextBlock.builder().text("Hi").id("b1").createdAt(T0).finishedAt(t1).build(), text);
    ThinkingBlock thinking = blocks.readValue("{\"type\": \"thinking\", \"thinking\": \"\", \"id\": \"b2\", "
        + "\"redacted_thinking_data\": \"EqQB\", " + times + "}");
    assertEquals(ThinkingBlock.builder().thinking("").id("b2").createdAt(T0).finishedAt(t1)
        .putAdditionalProperties("redacted_thinking_data", mapper.readTree("\"EqQB\"")).build(), thinking);
    HintBlock hint = blocks.readValue("{\"type\": \"hint\", \"hint\": \"Be brief\", \"source\": null, " + times + "}");
    assertEquals(HintBlock.builder().hint(TextOrBlocks.of("Be brief")).createdAt(T0).finishedAt(t1).build(), hint);
    DataBlock data = blocks.readValue("{\"type\": \"data\", \"source\": {\"type\": \"url\", "
        + "\"url\": \"https://cdn.acme.example/a.png\", \"media_type\": \"image/png\"}, \"name\": null, " + times + "}");
    assertEquals(DataBlock.builder().source(DataSource.url("https://cdn.acme.example/a.png", "image/png"))
        .createdAt(T0).finishedAt(t1).build(), data);
  }

  @Test
  void aToolCallReadsItsStateAndSuggestedRules() throws Exception {
    ToolCallBlock call = json.readerFor(ContentBlock.class).readValue("{\"type\": \"tool_call\", \"id\": \"call-1\", "
        + "\"name\": \"Bash\", \"input\": \"{\\\"command\\\": \\\"rm -rf build\\\"}\", \"state\": \"asking\", "
        + "\"suggested_rules\": [{\"tool_name\": \"Bash\", \"rule_content\": \"rm -rf build\", \"behavior\": \"allow\", "
        + "\"source\": \"session\"}], \"created_at\": \"2026-08-20T09:14:04.123456\", \"finished_at\": null}");

    assertEquals(ToolCallBlock.builder().id("call-1").name("Bash").input("{\"command\": \"rm -rf build\"}")
        .state(ToolCallState.ASKING).addSuggestedRules(PermissionRule.builder().toolName("Bash")
            .ruleContent("rm -rf build").behavior(PermissionBehavior.ALLOW).source("session").build())
        .createdAt(T0).build(), call);
    assertEquals(Optional.empty(), call.finishedAt());
    assertEquals(Map.of(), call.additionalProperties());

    for (ToolCallState known : List.of(ToolCallState.PENDING, ToolCallState.ASKING, ToolCallState.ALLOWED,
        ToolCallState.SUBMITTED, ToolCallState.FINISHED)) {
      assertEquals(known, ToolCallState.of(known.value()));
      assertTrue(known.isKnown());
    }
    ToolCallBlock parked = json.readerFor(ToolCallBlock.class).readValue(
        "{\"id\": \"c\", \"name\": \"Bash\", \"input\": \"{}\", \"state\": \"parked\"}");
    assertEquals("parked", parked.state().orElseThrow().value());
    assertFalse(parked.state().orElseThrow().isKnown());
  }

  @Test
  void aToolResultReadsItsStateAndMetadata() throws Exception {
    ToolResultBlock result = json.readerFor(ContentBlock.class).readValue("{\"type\": \"tool_result\", "
        + "\"id\": \"call-1\", \"name\": \"Bash\", \"output\": \"denied by rule\", \"state\": \"denied\", "
        + "\"metadata\": {\"rule\": \"deny_rules.Bash[0]\"}, \"created_at\": \"2026-08-20T09:14:04.123456\", "
        + "\"finished_at\": \"2026-08-20T09:14:06\"}");

    assertEquals(ToolResultBlock.builder().id("call-1").name("Bash").output(TextOrBlocks.of("denied by rule"))
        .state(ToolResultState.DENIED).putMetadata("rule", mapper.readTree("\"deny_rules.Bash[0]\"")).createdAt(T0)
        .finishedAt(Instant.parse("2026-08-20T09:14:06Z")).build(), result);

    for (ToolResultState known : List.of(ToolResultState.SUCCESS, ToolResultState.ERROR, ToolResultState.INTERRUPTED,
        ToolResultState.DENIED, ToolResultState.RUNNING)) {
      assertEquals(known, ToolResultState.of(known.value()));
    }
    assertFalse(ToolResultState.of("finished").isKnown());
  }

  @Test
  void aDataSourceWithoutItsTypeTakesItFromItsFields() throws Exception {
    ObjectReader sources = json.readerFor(DataSource.class);

    DataSource url = sources.readValue("{\"url\": \"https://cdn.acme.example/a.png\", \"media_type\": \"image/png\"}");
    DataSource inline = sources.readValue("{\"data\": \"AAAA\", \"media_type\": \"audio/wav\"}");
    DataSource other = sources.readValue("{\"type\": \"file_id\", \"file_id\": \"f-1\"}");

    assertEquals(DataSource.url("https://cdn.acme.example/a.png", "image/png"), url);
    assertEquals(DataSource.base64("AAAA", "audio/wav"), inline);
    assertEquals("file_id", other.type());
    assertEquals("f-1", other.additionalProperties().get("file_id").asText());
  }

  @Test
  void theMessagesTheServersModelsWriteAreReadWithEveryField() throws Exception {
    JsonNode page = mapper.readTree(VendorData.agentScope("messages-page.json"));
    List<Message> messages = List.of(msgReader.readValue(page.get("messages").get(0)),
        msgReader.readValue(page.get("messages").get(1)));

    assertEquals(Message.builder().id("msg-1").name("alice").role(MessageRole.USER).createdAt(T0)
        .addContent(TextBlock.builder().text("What is 2+2?").id("00000000000000000000000000000003").createdAt(T0)
            .build())
        .build(), messages.get(0));
    assertEquals(Message.builder().id("msg-2").name("Friday").role(MessageRole.ASSISTANT).createdAt(T0)
        .addContent(ThinkingBlock.builder().thinking("Simple arithmetic.").id("00000000000000000000000000000004")
            .createdAt(T0).build())
        .addContent(ToolCallBlock.builder().id("call-1").name("calculator").input("{\"expr\": \"2+2\"}")
            .state(ToolCallState.PENDING).createdAt(T0).build())
        .addContent(ToolResultBlock.builder().id("call-1").name("calculator").state(ToolResultState.RUNNING)
            .output(TextOrBlocks.of(List.of(TextBlock.builder().text("4").id("00000000000000000000000000000005")
                .createdAt(T0).build())))
            .createdAt(T0).build())
        .addContent(TextBlock.builder().text("2+2 is 4.").id("00000000000000000000000000000006").createdAt(T0)
            .build())
        .usage(MessageUsage.builder().inputTokens(120).outputTokens(15).cacheInputTokens(100).build())
        .finishedAt(Instant.parse("2026-08-20T09:15:30Z"))
        .build(), messages.get(1));
    // 100 of its 120 input tokens were read from the cache.
    assertEquals(TokenUsage.builder().input(20).output(15).cacheRead(100).build(),
        messages.get(1).tokens());
    for (Message m : messages) {
      assertEquals(Map.of(), m.additionalProperties());
      assertEquals(Map.of(), m.metadata());
      for (ContentBlock b : m.content()) {
        assertFalse(b instanceof UnknownBlock, b.toString());
      }
    }
    assertInstanceOf(ToolCallBlock.class, messages.get(1).content().get(1));
  }
}
