package dev.sessionkit.agents.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsWireMock.USER_ID;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static dev.sessionkit.agents.testing.AgentsWireMock.onlyRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.messages.DataBlock;
import dev.sessionkit.agents.messages.DataSource;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /chat/}: the three forms of input, and 409 while a run is active. */
class ChatTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String ACCEPTED = "{\"status\": \"started\", \"session_id\": \"sess-9c1e\"}";

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final AgentsClient agents = client(wm, sleeper);

  private static ChatRequest.Builder chat() {
    return ChatRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e");
  }

  @Test
  void oneMessageIsSentAsAnObject() {
    wm.stubFor(post(urlPathEqualTo("/chat/")).willReturn(okJson(ACCEPTED)));

    ChatResponse response = agents.sessions().chat(chat().input(Message.user("alice", "What changed since 2.3?")).build());

    assertEquals("started", response.status());
    assertEquals("sess-9c1e", response.sessionId());
    LoggedRequest request = onlyRequest(wm);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/chat/", request.getUrl());
    assertEquals(USER_ID, request.getHeader("x-user-id"));
    // No id, no times, no usage: fields the caller did not set are left to the server, never sent as null.
    wm.verify(postRequestedFor(urlPathEqualTo("/chat/")).withRequestBody(equalToJson("""
        {"agent_id": "agt-7f3a", "session_id": "sess-9c1e",
         "input": {"name": "alice", "role": "user", "metadata": {},
                   "content": [{"type": "text", "text": "What changed since 2.3?"}]}}""")));
  }

  @Test
  void aListOfMessagesIsSentAsAnArray() {
    wm.stubFor(post(urlPathEqualTo("/chat/")).willReturn(okJson(ACCEPTED)));
    Message withImage = Message.builder().name("alice").role(MessageRole.USER).putMetadata("client", TextNode.valueOf("cli"))
        .addContent(TextBlock.of("Is this chart right?"))
        .addContent(DataBlock.builder().source(DataSource.url("https://cdn.acme.example/chart.png", "image/png"))
            .name("chart.png").build())
        .build();

    agents.sessions().chat(chat().input(List.of(Message.user("alice", "Hi"), withImage)).build());

    wm.verify(postRequestedFor(urlPathEqualTo("/chat/")).withRequestBody(equalToJson("""
        {"agent_id": "agt-7f3a", "session_id": "sess-9c1e", "input": [
          {"name": "alice", "role": "user", "metadata": {}, "content": [{"type": "text", "text": "Hi"}]},
          {"name": "alice", "role": "user", "metadata": {"client": "cli"}, "content": [
            {"type": "text", "text": "Is this chart right?"},
            {"type": "data", "name": "chart.png",
             "source": {"type": "url", "url": "https://cdn.acme.example/chart.png", "media_type": "image/png"}}]}
        ]}""")));
  }

  @Test
  void resumeSendsAnExplicitNullInput() {
    wm.stubFor(post(urlPathEqualTo("/chat/")).willReturn(okJson(ACCEPTED)));

    agents.sessions().chat(chat().resume().build());

    // equalToJson tells {"input": null} from a missing "input".
    wm.verify(postRequestedFor(urlPathEqualTo("/chat/")).withRequestBody(equalToJson(
        "{\"agent_id\": \"agt-7f3a\", \"session_id\": \"sess-9c1e\", \"input\": null}")));
  }

  @Test
  void anEmptyListIsNotANullInput() {
    wm.stubFor(post(urlPathEqualTo("/chat/")).willReturn(okJson(ACCEPTED)));

    agents.sessions().chat(chat().input(List.<Message>of()).build());

    wm.verify(postRequestedFor(urlPathEqualTo("/chat/")).withRequestBody(equalToJson(
        "{\"agent_id\": \"agt-7f3a\", \"session_id\": \"sess-9c1e\", \"input\": []}")));
  }

  @Test
  void aRunAlreadyActiveIsAConflictThatIsNeverRetried() {
    wm.stubFor(post(urlPathEqualTo("/chat/")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"detail\": \"Session sess-9c1e is already running\"}")));

    ConflictException e = assertThrows(ConflictException.class, () -> agents.sessions().chat(
        chat().resume().build(), RequestOptions.builder().maxRetries(5).build()));

    assertEquals(409, e.statusCode());
    assertEquals("Session sess-9c1e is already running", e.detail().message());
    assertEquals("409 Conflict from POST /chat/: Session sess-9c1e is already running", e.getMessage());
    assertEquals(1, wm.findAll(postRequestedFor(urlPathEqualTo("/chat/"))).size());
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void requestOptionsReachTheWire() {
    wm.stubFor(post(urlPathEqualTo("/chat/")).willReturn(okJson(ACCEPTED)));

    agents.sessions().chat(chat().resume().build(), RequestOptions.builder().header("X-Request-Id", "r-9").build());

    wm.verify(postRequestedFor(urlPathEqualTo("/chat/")).withHeader("X-Request-Id", equalTo("r-9"))
        .withHeader("x-user-id", equalTo(USER_ID)));
  }

  @Test
  void theInputMustBeChosen() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> chat().build());
    assertEquals("Cannot build ChatRequest, some of required attributes are not set [input]", e.getMessage());
    assertEquals("Cannot build ChatRequest, some of required attributes are not set [agentId]",
        assertThrows(IllegalStateException.class, () -> ChatRequest.builder().sessionId("s").resume().build())
            .getMessage());
    assertEquals("Cannot build ChatRequest, some of required attributes are not set [sessionId]",
        assertThrows(IllegalStateException.class, () -> ChatRequest.builder().agentId("a").resume().build())
            .getMessage());
    assertEquals("message must not be null",
        assertThrows(NullPointerException.class, () -> chat().input((Message) null)).getMessage());
    assertEquals("messages must not be null",
        assertThrows(NullPointerException.class, () -> chat().input((List<Message>) null)).getMessage());
    assertEquals("input", assertThrows(NullPointerException.class, () -> chat().input((ChatInput) null))
        .getMessage());
  }

  @Test
  void blankIdsAreRefusedByBuild() {
    assertEquals("agentId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> ChatRequest.builder().agentId(" ").sessionId("s").resume().build()).getMessage());
    assertEquals("sessionId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> ChatRequest.builder().agentId("a").sessionId("").resume().build()).getMessage());
    assertEquals("agentId", assertThrows(NullPointerException.class, () -> ChatRequest.builder().agentId(null))
        .getMessage());
  }

  @Test
  void aSessionRefSetsBothIdsAndComesBack() {
    SessionRef ref = SessionRef.of("agt-7f3a", "sess-9c1e");

    ChatRequest r = ChatRequest.builder().session(ref).resume().build();

    assertEquals(chat().resume().build(), r);
    assertEquals(ref, r.ref());
    assertEquals("ChatRequest{agentId=agt-7f3a, sessionId=sess-9c1e, input=ChatInput{resume}}", r.toString());
    assertEquals(r, r.toBuilder().build());
    assertEquals("session must not be null",
        assertThrows(NullPointerException.class, () -> ChatRequest.builder().session(null)).getMessage());
  }

  @Test
  void theThreeInputsAreDistinct() {
    Message hi = Message.user("alice", "Hi");
    ChatInput one = ChatInput.of(hi);
    ChatInput list = ChatInput.of(List.of(hi));
    ChatInput resume = ChatInput.resume();

    assertEquals(Optional.of(hi), one.message());
    assertEquals(Optional.empty(), one.messages());
    assertFalse(one.isResume());
    assertEquals(Optional.of(List.of(hi)), list.messages());
    assertEquals(Optional.empty(), list.message());
    assertFalse(list.isResume());
    assertTrue(resume.isResume());
    assertEquals(Optional.empty(), resume.message());
    assertFalse(one.equals(list));
    assertEquals(chat().input(hi).build(), chat().input(one).build());
    assertEquals("ChatInput{resume}", resume.toString());
  }
}
