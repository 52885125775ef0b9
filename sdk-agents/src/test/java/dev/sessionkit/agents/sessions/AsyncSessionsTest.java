package dev.sessionkit.agents.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsFixtures.SESSION_LIST;
import static dev.sessionkit.agents.testing.AgentsFixtures.SESSION_RECORD;
import static dev.sessionkit.agents.testing.AgentsWireMock.USER_ID;
import static dev.sessionkit.agents.testing.AgentsWireMock.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code agents.async().sessions()}: the same requests, on the client's executor. */
class AsyncSessionsTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final List<String> ran = new CopyOnWriteArrayList<>();
  private final Executor executor = task -> {
    Thread t = new Thread(task, "agents-async-" + ran.size());
    ran.add(t.getName());
    t.start();
  };
  private final AgentsClient agents = builder(wm, new RecordingSleeper()).executor(executor).build();

  @Test
  void everyCallHasAnAsyncMirrorThatRunsOnTheExecutor() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson(SESSION_LIST)));
    wm.stubFor(post(urlPathEqualTo("/sessions/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"session_id\": \"sess-new-1\"}")));
    wm.stubFor(patch(urlPathEqualTo("/sessions/sess-9c1e")).willReturn(okJson(SESSION_RECORD)));
    wm.stubFor(delete(urlPathEqualTo("/sessions/sess-9c1e")).willReturn(aResponse().withStatus(204)));
    wm.stubFor(post(urlPathEqualTo("/chat/")).willReturn(okJson("{\"status\": \"started\", \"session_id\": \"sess-9c1e\"}")));
    AsyncSessionService async = agents.async().sessions();

    SessionList list = async.list(ListSessionsRequest.builder().agentId("agt-7f3a").build()).get(30, TimeUnit.SECONDS);
    CreateSessionResponse created = async.create(CreateSessionRequest.builder().agentId("agt-7f3a").build(),
        RequestOptions.builder().header("X-Trace", "t-2").build()).get(30, TimeUnit.SECONDS);
    SessionRecord updated = async.update(UpdateSessionRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e")
        .clearFallbackChatModelConfig().build()).get(30, TimeUnit.SECONDS);
    async.delete(SessionRef.of("agt-7f3a", "sess-9c1e")).get(30, TimeUnit.SECONDS);
    ChatResponse chat = async.chat(ChatRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e")
        .input(Message.user("alice", "Go on")).build()).get(30, TimeUnit.SECONDS);

    assertEquals("sess-9c1e", list.sessions().get(0).session().id());
    assertEquals("sess-new-1", created.sessionId());
    assertEquals("sess-9c1e", updated.id());
    assertEquals("started", chat.status());
    assertEquals(5, ran.size());
    wm.verify(postRequestedFor(urlPathEqualTo("/sessions/")).withHeader("X-Trace", equalTo("t-2")));
    wm.verify(patchRequestedFor(urlPathEqualTo("/sessions/sess-9c1e")).withRequestBody(equalToJson("{\"fallback_chat_model_config\": null}"))
        .withHeader("x-user-id", equalTo(USER_ID)));
    wm.verify(deleteRequestedFor(urlPathEqualTo("/sessions/sess-9c1e")).withQueryParam("agent_id", equalTo("agt-7f3a")));
  }

  @Test
  void aFailureCompletesTheFutureWithTheTypedException() {
    wm.stubFor(post(urlPathEqualTo("/chat/")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"already running\"}")));

    ExecutionException e = assertThrows(ExecutionException.class, () -> agents.async().sessions()
        .chat(ChatRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e").resume().build())
        .get(30, TimeUnit.SECONDS));

    ConflictException conflict = assertInstanceOf(ConflictException.class, e.getCause());
    assertEquals("already running", conflict.detail().message());
  }

  @Test
  void aBadArgumentFailsTheFuture() {
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> agents.async().sessions().delete(null).get(30, TimeUnit.SECONDS));

    assertTrue(e.getCause() instanceof NullPointerException, e.toString());
    assertEquals("session must not be null", e.getCause().getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }
}
