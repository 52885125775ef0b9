package dev.sessionkit.agents.messages;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsWireMock.USER_ID;
import static dev.sessionkit.agents.testing.AgentsWireMock.assertQueryNames;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static dev.sessionkit.agents.testing.AgentsWireMock.onlyRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /sessions/{id}/messages}: the request, every block type, and offset paging as servers before
 * AgentScope 2.0.4.post1 do it (no {@code has_more}). Current servers' paging: {@link MessagePagingTest}.
 */
class MessageServiceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PATH = "/sessions/sess-9c1e/messages";

  /** A page with one message of every block type, an unknown block, and a message in the oldest shape. */
  static final String EVERY_BLOCK = """
      {"messages": [
        {"id": "msg-01", "name": "alice", "role": "user",
         "content": [
           {"type": "text", "text": "Draft the notes; the diagram is attached.", "id": "blk-01"},
           {"type": "data", "id": "blk-02", "name": "diagram.png",
            "source": {"type": "base64", "data": "iVBORw0KGgo=", "media_type": "image/png"}}],
         "metadata": {}, "created_at": "2026-05-01T09:00:05.120000", "finished_at": null, "usage": null},
        {"id": "msg-02", "name": "Scribe", "role": "assistant",
         "content": [
           {"type": "thinking", "thinking": "I should read the changelog first.", "id": "blk-03"},
           {"type": "tool_call", "id": "call-1", "name": "Read",
            "input": "{\\"file_path\\": \\"/srv/ws/docs/CHANGELOG.md\\"}", "state": "finished",
            "await_user_confirmation": true},
           {"type": "tool_result", "id": "call-1", "name": "Read", "state": "finished",
            "output": [{"type": "text", "text": "# Changelog", "id": "blk-05"},
                       {"type": "data", "source": {"type": "url", "url": "https://cdn.acme.example/c.png",
                                                   "media_type": "image/png"}}]},
           {"type": "tool_result", "id": "call-2", "name": "Bash", "output": "fatal: not a git repository",
            "state": "error"},
           {"type": "hint", "hint": "<team-message from=\\"Reviewer\\">Check the dates</team-message>",
            "source": "Reviewer", "id": "blk-06"},
           {"type": "audio_transcript", "id": "blk-07", "transcript": "ship it", "lang": "en"},
           {"type": "tool_call", "name": "Write"},
           {"type": "text", "text": "Here are the notes.", "id": "blk-08", "cited": true}],
         "metadata": {"model": "gpt-4o"}, "created_at": "2026-05-01T09:00:06",
         "finished_at": "2026-05-01T09:00:41.5", "usage": {"input_tokens": 1523, "output_tokens": 312}},
        {"name": "system", "content": "Context compressed.", "metadata": null}
      ], "is_running": true}""";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final AgentsClient agents = client(wm, sleeper);

  private static ListMessagesRequest.Builder request() {
    return ListMessagesRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e");
  }

  private static String page(int from, int count) {
    List<String> messages = new ArrayList<>();
    for (int i = from; i < from + count; i++) {
      messages.add("{\"id\": \"msg-" + i + "\", \"name\": \"alice\", \"role\": \"user\", \"content\": "
          + "[{\"type\": \"text\", \"text\": \"m" + i + "\"}], \"metadata\": {}}");
    }
    return "{\"messages\": [" + String.join(",", messages) + "], \"is_running\": " + (from == 0) + "}";
  }

  @Test
  void listSendsTheAgentIdOffsetAndLimit() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(page(0, 1))));

    agents.sessions().messages().list(request().offset(40).limit(20).build());

    LoggedRequest request = onlyRequest(wm);
    assertEquals("GET", request.getMethod().getName());
    assertEquals(USER_ID, request.getHeader("x-user-id"));
    assertQueryNames(request, "agent_id", "offset", "limit");
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("agent_id", equalTo("agt-7f3a"))
        .withQueryParam("offset", equalTo("40")).withQueryParam("limit", equalTo("20")));
  }

  @Test
  void theFirstRequestSendsNeitherCursorNorOffsetSoThatEveryServerStartsWhereItStarts() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(page(0, 1))));

    agents.sessions().messages().list(request().build());

    LoggedRequest request = onlyRequest(wm);
    assertQueryNames(request, "agent_id", "limit");
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("agent_id", equalTo("agt-7f3a"))
        .withQueryParam("limit", equalTo("200")));
  }

  @Test
  void listSendsBefore() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson("{\"messages\": [], \"is_running\": false, "
        + "\"has_more\": false}")));

    MessagePage page = agents.sessions().messages().list(request().before("msg-77").limit(20).build());

    assertQueryNames(onlyRequest(wm), "agent_id", "before", "limit");
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("before", equalTo("msg-77"))
        .withQueryParam("limit", equalTo("20")));
    assertEquals(List.of(), page.items());
    assertFalse(page.hasNextPage());
    assertEquals(MessageOrder.NEWEST_FIRST, page.order());
  }

  @Test
  void listReadsEveryBlockType() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(EVERY_BLOCK)));

    MessagePage page = agents.sessions().messages().list(request().build());

    assertTrue(page.running());
    assertFalse(page.hasNextPage());
    assertEquals(MessageOrder.OLDEST_FIRST, page.order());
    assertEquals(3, page.items().size());

    Message user = page.items().get(0);
    assertEquals(Optional.of("msg-01"), user.id());
    assertEquals(Optional.of(MessageRole.USER), user.role());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:05.12Z")), user.createdAt());
    assertEquals(Optional.empty(), user.finishedAt());
    assertEquals(Optional.empty(), user.usage());
    assertEquals(List.of(
        TextBlock.builder().text("Draft the notes; the diagram is attached.").id("blk-01").build(),
        DataBlock.builder().id("blk-02").name("diagram.png")
            .source(DataSource.base64("iVBORw0KGgo=", "image/png")).build()), user.content());

    Message reply = page.items().get(1);
    assertEquals(Optional.of(MessageRole.ASSISTANT), reply.role());
    assertEquals("gpt-4o", reply.metadata().get("model").asText());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:41.5Z")), reply.finishedAt());
    assertEquals(Optional.of(MessageUsage.builder().inputTokens(1523).outputTokens(312).build()), reply.usage());
    List<ContentBlock> blocks = reply.content();
    assertEquals(8, blocks.size());
    assertEquals(List.of("thinking", "tool_call", "tool_result", "tool_result", "hint", "audio_transcript",
        "tool_call", "text"), blocks.stream().map(ContentBlock::type).collect(Collectors.toList()));

    assertEquals(ThinkingBlock.builder().thinking("I should read the changelog first.").id("blk-03").build(),
        blocks.get(0));

    ToolCallBlock call = assertInstanceOf(ToolCallBlock.class, blocks.get(1));
    assertEquals("call-1", call.id());
    assertEquals("Read", call.name());
    assertEquals("{\"file_path\": \"/srv/ws/docs/CHANGELOG.md\"}", call.input());
    assertEquals(Optional.of(ToolCallState.FINISHED), call.state());
    assertTrue(call.additionalProperties().get("await_user_confirmation").booleanValue());

    ToolResultBlock read = assertInstanceOf(ToolResultBlock.class, blocks.get(2));
    assertEquals("call-1", read.id());
    assertEquals("Read", read.name());
    assertEquals(Optional.of(ToolResultState.of("finished")), read.state());
    assertFalse(read.output().isText());
    assertEquals(List.of(TextBlock.builder().text("# Changelog").id("blk-05").build(),
        DataBlock.builder().source(DataSource.url("https://cdn.acme.example/c.png", "image/png")).build()),
        read.output().blocks());
    assertEquals("# Changelog", read.output().asText());

    ToolResultBlock bash = assertInstanceOf(ToolResultBlock.class, blocks.get(3));
    assertEquals(Optional.of(ToolResultState.ERROR), bash.state());
    assertTrue(bash.output().isText());
    assertEquals(Optional.of("fatal: not a git repository"), bash.output().text());
    assertEquals(List.of(), bash.output().blocks());

    HintBlock hint = assertInstanceOf(HintBlock.class, blocks.get(4));
    assertEquals("<team-message from=\"Reviewer\">Check the dates</team-message>", hint.hint().asText());
    assertEquals(Optional.of("Reviewer"), hint.source());
    assertEquals(Optional.of("blk-06"), hint.id());

    UnknownBlock audio = assertInstanceOf(UnknownBlock.class, blocks.get(5));
    assertEquals("audio_transcript", audio.type());
    assertEquals("ship it", audio.raw().get("transcript").asText());
    assertEquals("en", audio.raw().get("lang").asText());

    // A known type without the fields it needs is kept whole too, not an error for the whole page.
    UnknownBlock broken = assertInstanceOf(UnknownBlock.class, blocks.get(6));
    assertEquals("{\"type\":\"tool_call\",\"name\":\"Write\"}", broken.raw().toString());

    TextBlock last = assertInstanceOf(TextBlock.class, blocks.get(7));
    assertEquals("Here are the notes.", last.text());
    assertTrue(last.additionalProperties().get("cited").booleanValue());
    assertEquals("Here are the notes.", reply.text());

    // The oldest shape: no id, no role, content as a plain string, metadata null.
    Message old = page.items().get(2);
    assertEquals(Optional.empty(), old.id());
    assertEquals(Optional.empty(), old.role());
    assertEquals(List.of(TextBlock.of("Context compressed.")), old.content());
    assertTrue(old.metadata().isEmpty());
  }

  @Test
  void listAllWalksAnOlderServerByOffsetAskingEachNextPageForOneMoreToKnowWhetherItIsTheLast() {
    // Five messages: the first page is full (the server does not say whether more follow: taken to), each
    // next page asks for limit + 1, and the one past the limit, not handed out, says that another follows.
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", absent()).willReturn(okJson(page(0, 2))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("2")).willReturn(okJson(page(2, 3))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("4")).willReturn(okJson(page(4, 1))));
    RequestOptions options = RequestOptions.builder().header("X-Trace", "walk-1").build();

    List<String> ids = new ArrayList<>();
    for (Message m : agents.sessions().messages().listAll(request().limit(2).build(), options)) {
      ids.add(m.id().orElseThrow());
    }

    assertEquals(List.of("msg-0", "msg-1", "msg-2", "msg-3", "msg-4"), ids);
    assertEquals(3, wm.findAll(getRequestedFor(urlPathEqualTo(PATH))).size());
    // The options of the first call reach every page.
    wm.verify(1, getRequestedFor(urlPathEqualTo(PATH)).withHeader("X-Trace", equalTo("walk-1"))
        .withQueryParam("limit", equalTo("2")).withQueryParam("offset", absent())
        .withHeader("x-user-id", equalTo(USER_ID)));
    wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)).withHeader("X-Trace", equalTo("walk-1"))
        .withQueryParam("limit", equalTo("3")).withHeader("x-user-id", equalTo(USER_ID)));
  }

  @Test
  void atTheLargestLimitAnOlderServerCannotBeAskedForOneMoreSoAFullPageIsTakenToHaveASuccessor() {
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", absent()).willReturn(okJson(page(0, 200))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("200")).willReturn(okJson(page(200, 5))));

    long count = agents.sessions().messages().listAll(request().build()).stream().count();

    assertEquals(205, count);
    wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("limit", equalTo("200")));
  }

  @Test
  void optionsThatWouldReplaceTheCursorOffsetOrLimitAreRefusedBeforeAnyRequest() {
    for (String owned : List.of("before", "offset", "limit")) {
      RequestOptions options = RequestOptions.builder().queryParam(owned, "1").build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> agents.sessions().messages().listAll(request().build(), options));
      assertTrue(e.getMessage().startsWith("RequestOptions.queryParam(\"" + owned + "\") would replace"),
          e.getMessage());
      // A page walks on with nextPage(), so a single page refuses them too; the request has all three.
      assertThrows(IllegalArgumentException.class, () -> agents.sessions().messages().list(request().build(), options));
      assertThrows(IllegalArgumentException.class,
          () -> agents.async().sessions().messages().listAll(request().build(), options));
    }
    assertEquals(0, wm.findAll(getRequestedFor(urlPathEqualTo(PATH))).size());
  }

  @Test
  void onAnOlderServerAFullFirstPageThatIsTheLastCostsOneEmptyRequest() {
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("10")).willReturn(okJson(page(10, 2))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("12")).willReturn(okJson(page(12, 0))));

    List<Message> all = agents.sessions().messages().listAll(request().offset(10).limit(2).build()).stream()
        .collect(Collectors.toList());

    assertEquals(2, all.size());
    assertEquals(2, wm.findAll(getRequestedFor(urlPathEqualTo(PATH))).size());
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("10"))
        .withQueryParam("limit", equalTo("2")));
    wm.verify(getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("12"))
        .withQueryParam("limit", equalTo("3")));
  }

  @Test
  void eachPageSaysWhetherARunWasActiveAndTheLastHasNoNext() {
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", absent()).willReturn(okJson(page(0, 2))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("2")).willReturn(okJson(page(2, 1))));

    MessagePage first = agents.sessions().messages().list(request().limit(2).build());
    MessagePage second = first.nextPage();

    assertTrue(first.running());
    assertTrue(first.hasNextPage());
    assertFalse(second.running());
    assertFalse(second.hasNextPage());
    assertEquals(List.of("msg-2"), second.items().stream().map(m -> m.id().orElseThrow())
        .collect(Collectors.toList()));
    NoSuchElementException e = assertThrows(NoSuchElementException.class, second::nextPage);
    assertEquals("this is the last page of messages", e.getMessage());
    Page<Message> asPage = first;
    assertEquals(2, asPage.items().size());
  }

  @Test
  void theAsyncMirrorPagesOnTheExecutor() throws Exception {
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", absent()).willReturn(okJson(page(0, 2))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("2")).willReturn(okJson(page(2, 1))));
    List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());

    agents.async().sessions().messages().listAll(request().limit(2).build())
        .forEach(m -> ids.add(m.id().orElseThrow())).get(30, java.util.concurrent.TimeUnit.SECONDS);
    MessagePage first = agents.async().sessions().messages().list(request().limit(2).build())
        .get(30, java.util.concurrent.TimeUnit.SECONDS);

    assertEquals(List.of("msg-0", "msg-1", "msg-2"), ids);
    assertEquals(2, first.items().size());
  }

  @Test
  void aMissingSessionIsNotFound() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Session not found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> agents.sessions().messages().list(request().build()));

    assertEquals("Session not found", e.detail().message());
  }

  @Test
  void theLimitOffsetAndCursorAreCheckedBeforeAnyRequest() {
    assertEquals("limit must be between 1 and 200, was 0",
        assertThrows(IllegalArgumentException.class, () -> request().limit(0).build()).getMessage());
    assertEquals("limit must be between 1 and 200, was 201",
        assertThrows(IllegalArgumentException.class, () -> request().limit(201).build()).getMessage());
    assertEquals("offset must be at least 0, was -1",
        assertThrows(IllegalArgumentException.class, () -> request().offset(-1).build()).getMessage());
    assertEquals("sessionId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> ListMessagesRequest.builder().agentId("a").sessionId(" ").build()).getMessage());
    assertEquals("before must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> request().before(" ").build()).getMessage());
    assertEquals("ListMessagesRequest: before and offset are two server versions' ways to page: set one, not "
        + "both (before on AgentScope 2.0.4.post1 and newer, offset before it)",
        assertThrows(IllegalStateException.class, () -> request().before("m").offset(3).build()).getMessage());
    assertEquals("Cannot build ListMessagesRequest, some of required attributes are not set [sessionId]",
        assertThrows(IllegalStateException.class, () -> ListMessagesRequest.builder().agentId("a").build())
            .getMessage());
    assertEquals("agentId", assertThrows(NullPointerException.class,
        () -> ListMessagesRequest.builder().agentId(null)).getMessage());
    assertEquals(200, request().build().limit());
    assertEquals(0, request().build().offset());
    assertEquals(Optional.empty(), request().build().before());
  }

  @Test
  void aSessionRefSetsBothIdsOfAListing() {
    assertEquals(request().build(),
        ListMessagesRequest.builder().session(SessionRef.of("agt-7f3a", "sess-9c1e")).build());
    assertEquals("session must not be null", assertThrows(NullPointerException.class,
        () -> ListMessagesRequest.builder().session(null)).getMessage());
  }
}
