package dev.sessionkit.agents.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How blocks, {@link TextOrBlocks} and messages are written, and read back the same. */
class ContentBlockJsonTest {
  private final SessionKitJson json = new SessionKitJson(ZoneId.of("UTC"));
  private final ObjectMapper mapper = SessionKitJson.mapper();

  private ContentBlock roundTrip(ContentBlock block) throws Exception {
    return json.readerFor(ContentBlock.class).readValue(mapper.writeValueAsString(block));
  }

  @Test
  void everyBlockWritesItsTypeAndOnlyTheFieldsItHas() throws Exception {
    assertEquals("{\"type\":\"text\",\"text\":\"Hi\"}", mapper.writeValueAsString(TextBlock.of("Hi")));
    assertEquals("{\"type\":\"thinking\",\"thinking\":\"Hmm\",\"id\":\"b1\"}",
        mapper.writeValueAsString(ThinkingBlock.builder().thinking("Hmm").id("b1").build()));
    assertEquals("{\"type\":\"hint\",\"hint\":\"Be brief\",\"source\":\"system\"}",
        mapper.writeValueAsString(HintBlock.builder().hint(TextOrBlocks.of("Be brief")).source("system").build()));
    assertEquals("{\"type\":\"tool_call\",\"id\":\"c1\",\"name\":\"Read\",\"input\":\"{}\","
        + "\"suggested_rules\":[]}",
        mapper.writeValueAsString(ToolCallBlock.builder().id("c1").name("Read").input("{}").build()));
    assertEquals("{\"type\":\"tool_result\",\"id\":\"c1\",\"name\":\"Read\",\"output\":[{\"type\":\"text\","
        + "\"text\":\"ok\"}],\"state\":\"success\",\"metadata\":{}}",
        mapper.writeValueAsString(ToolResultBlock.builder().id("c1").name("Read").state(ToolResultState.SUCCESS)
            .output(TextOrBlocks.of(List.of(TextBlock.of("ok")))).build()));
    assertEquals("{\"type\":\"data\",\"source\":{\"type\":\"base64\",\"data\":\"AAAA\",\"media_type\":\"audio/wav\"}}",
        mapper.writeValueAsString(DataBlock.builder().source(DataSource.base64("AAAA", "audio/wav")).build()));
  }

  @Test
  void everyBlockReadsBackEqual() throws Exception {
    List<ContentBlock> blocks = List.of(
        TextBlock.builder().text("Hi").id("b0").build(),
        ThinkingBlock.builder().thinking("Hmm").build(),
        HintBlock.builder().hint(TextOrBlocks.of(List.of(TextBlock.of("a")))).build(),
        ToolCallBlock.builder().id("c1").name("Bash").input("{\"command\": \"ls\"}").state(ToolCallState.PENDING).build(),
        ToolResultBlock.builder().id("c1").name("Bash").output(TextOrBlocks.of("a.txt")).build(),
        DataBlock.builder().source(DataSource.url("https://x.example/a.mp3", "audio/mpeg")).name("a.mp3").build(),
        new UnknownBlock(mapper.readTree("{\"type\": \"video\", \"frames\": 3}")));
    for (ContentBlock block : blocks) {
      assertEquals(block, roundTrip(block), block.type());
    }
  }

  @Test
  void anUnknownBlockIsWrittenBackAsSent() throws Exception {
    JsonNode sent = mapper.readTree("{\"type\": \"citation\", \"url\": \"https://x.example\", \"span\": [3, 9]}");
    UnknownBlock block = assertInstanceOf(UnknownBlock.class, json.readerFor(ContentBlock.class).readValue(sent));

    assertEquals("citation", block.type());
    assertEquals(sent, mapper.valueToTree(block));
    // The raw JSON is a copy: changing it changes nothing in the block.
    ((com.fasterxml.jackson.databind.node.ObjectNode) block.raw()).put("url", "changed");
    assertEquals("https://x.example", block.raw().get("url").asText());
  }

  @Test
  void textOrBlocksReadsEveryForm() throws Exception {
    ObjectReader reader = json.readerFor(TextOrBlocks.class);

    TextOrBlocks text = reader.readValue("\"plain\"");
    assertEquals(Optional.of("plain"), text.text());
    assertEquals("\"plain\"", mapper.writeValueAsString(text));

    TextOrBlocks list = reader.readValue("[{\"type\": \"text\", \"text\": \"a\"}, null, "
        + "{\"type\": \"thinking\", \"thinking\": \"x\"}, {\"type\": \"text\", \"text\": \"b\"}]");
    assertEquals(3, list.blocks().size());
    assertEquals("a\nb", list.asText());
    assertEquals(Optional.empty(), list.text());

    TextOrBlocks single = reader.readValue("{\"type\": \"text\", \"text\": \"one\"}");
    assertEquals(List.of(TextBlock.of("one")), single.blocks());

    assertEquals(TextOrBlocks.of("42"), reader.readValue("42"));
    assertEquals(TextOrBlocks.empty(), reader.readValue("null"));
    assertEquals("", TextOrBlocks.empty().asText());
  }

  @Test
  void aMessageForTheServerLeavesOutWhatItDoesNotHave() throws Exception {
    Message hello = Message.user("alice", "Hello");

    assertEquals("{\"name\":\"alice\",\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\"Hello\"}],"
        + "\"metadata\":{}}", mapper.writeValueAsString(hello));
    assertEquals("Hello", hello.text());
  }

  @Test
  void aMessageReadBackIsEqual() throws Exception {
    Message msg = Message.builder().id("msg-1").name("Scribe").role(MessageRole.ASSISTANT)
        .addContent(TextBlock.of("Done"), ToolCallBlock.builder().id("c").name("Read").build())
        .createdAt(Instant.parse("2026-05-01T09:00:06.123456Z"))
        .usage(MessageUsage.builder().inputTokens(5).outputTokens(7).build())
        .build();

    Message back = json.readerFor(Message.class).readValue(mapper.writeValueAsString(msg));

    assertEquals(msg, back);
    assertTrue(mapper.writeValueAsString(msg).contains("\"created_at\":\"2026-05-01T09:00:06.123456Z\""));
  }

  @Test
  void toolArgumentsAreKeptAsJsonTextAndParsedOnDemand() throws Exception {
    ToolCallBlock text = json.readerFor(ToolCallBlock.class).readValue(
        "{\"type\": \"tool_call\", \"id\": \"c1\", \"name\": \"Read\", \"input\": \"{\\\"file_path\\\": \\\"/a.md\\\"}\"}");
    ToolCallBlock object = json.readerFor(ToolCallBlock.class).readValue(
        "{\"type\": \"tool_call\", \"id\": \"c2\", \"name\": \"Read\", \"input\": {\"file_path\": \"/a.md\"}}");
    ToolCallBlock streaming = ToolCallBlock.builder().id("c3").name("Read").input("{\"file_pa").build();

    assertEquals("{\"file_path\": \"/a.md\"}", text.input());
    assertEquals("{\"file_path\":\"/a.md\"}", object.input());
    assertEquals("/a.md", text.parsedInput().orElseThrow().get("file_path").asText());
    assertEquals(text.parsedInput(), object.parsedInput());
    assertEquals(Optional.empty(), streaming.parsedInput());
    assertEquals(Optional.empty(), ToolCallBlock.builder().id("c4").name("Read").build().parsedInput());
  }

  @Test
  void anUnknownRoleIsKept() throws Exception {
    Message msg = json.readerFor(Message.class).readValue("{\"name\": \"bot\", \"role\": \"tool\", \"content\": []}");

    assertEquals("tool", msg.role().orElseThrow().value());
    assertEquals(false, msg.role().orElseThrow().isKnown());
    assertEquals(MessageRole.USER, MessageRole.of("user"));
  }
}
