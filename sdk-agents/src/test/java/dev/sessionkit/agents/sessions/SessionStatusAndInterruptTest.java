package dev.sessionkit.agents.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsWireMock.USER_ID;
import static dev.sessionkit.agents.testing.AgentsWireMock.assertQueryNames;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static dev.sessionkit.agents.testing.AgentsWireMock.onlyRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code GET /sessions/{id}/status} and {@code POST /sessions/{id}/interrupt} (agentscope#1984). */
class SessionStatusAndInterruptTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final AgentsClient agents = client(wm, sleeper);

  @Test
  void statusSendsTheAgentIdAndReadsTheStatus() {
    wm.stubFor(get(urlPathEqualTo("/sessions/sess-9c1e/status")).willReturn(okJson(
        "{\"session_id\": \"sess-9c1e\", \"status\": \"awaiting_permission\"}")));

    SessionStatusResponse status = agents.sessions().status(SessionRef.of("agt-7f3a", "sess-9c1e"));

    LoggedRequest request = onlyRequest(wm);
    assertEquals("GET", request.getMethod().getName());
    assertEquals(USER_ID, request.getHeader("x-user-id"));
    assertQueryNames(request, "agent_id");
    wm.verify(getRequestedFor(urlPathEqualTo("/sessions/sess-9c1e/status"))
        .withQueryParam("agent_id", equalTo("agt-7f3a")));
    assertEquals("sess-9c1e", status.sessionId());
    assertEquals(SessionStatus.AWAITING_PERMISSION, status.status());
    assertTrue(status.additionalProperties().isEmpty());
  }

  @Test
  void anUnknownStatusIsKeptAsSent() {
    wm.stubFor(get(urlPathEqualTo("/sessions/s-1/status")).willReturn(okJson(
        "{\"session_id\": \"s-1\", \"status\": \"compacting\", \"since\": 3}")));

    SessionStatusResponse status = agents.sessions().status(SessionRef.of("a-1", "s-1"));

    assertEquals("compacting", status.status().value());
    assertFalse(status.status().isKnown());
    assertEquals(3, status.additionalProperties().get("since").intValue());
  }

  @Test
  void statusIsAGetAndRetriedAfterAServerError() {
    wm.stubFor(get(urlPathEqualTo("/sessions/s-1/status")).inScenario("flaky").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo("/sessions/s-1/status")).inScenario("flaky").whenScenarioStateIs("ok")
        .willReturn(okJson("{\"session_id\": \"s-1\", \"status\": \"idle\"}")));

    assertEquals(SessionStatus.IDLE, agents.sessions().status(SessionRef.of("a-1", "s-1")).status());
    assertEquals(2, wm.findAll(getRequestedFor(urlPathEqualTo("/sessions/s-1/status"))).size());
    assertEquals(1, sleeper.sleeps().size());
  }

  @Test
  void theStatusOfAnotherUsersSessionIsNotFound() {
    wm.stubFor(get(urlPathEqualTo("/sessions/s-x/status")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Session 's-x' not found.\"}")));

    NotFoundException e =
        assertThrows(NotFoundException.class, () -> agents.sessions().status(SessionRef.of("a-1", "s-x")));

    assertEquals("Session 's-x' not found.", e.detail().message());
  }

  @Test
  void interruptPostsWithNoBodyAndReadsTheAcceptedAnswer() {
    wm.stubFor(post(urlPathEqualTo("/sessions/sess-9c1e/interrupt")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody("{\"session_id\": \"sess-9c1e\"}")));

    InterruptResponse accepted = agents.sessions().interrupt(SessionRef.of("agt-7f3a", "sess-9c1e"));

    LoggedRequest request = onlyRequest(wm);
    assertEquals("POST", request.getMethod().getName());
    assertEquals(USER_ID, request.getHeader("x-user-id"));
    assertQueryNames(request, "agent_id");
    assertEquals("agt-7f3a", request.queryParameter("agent_id").firstValue());
    assertEquals(0, request.getBody().length);
    assertEquals("sess-9c1e", accepted.sessionId());
  }

  @Test
  void interruptIsAPostAndNeverRetried() {
    wm.stubFor(post(urlPathEqualTo("/sessions/s-1/interrupt")).willReturn(aResponse().withStatus(503)));

    assertThrows(InternalServerException.class, () -> agents.sessions().interrupt(SessionRef.of("a-1", "s-1")));

    assertEquals(1, wm.findAll(postRequestedFor(urlPathEqualTo("/sessions/s-1/interrupt"))).size());
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void aMissingSessionIsRefusedBeforeAnyRequest() {
    assertEquals("session must not be null",
        assertThrows(NullPointerException.class, () -> agents.sessions().status(null)).getMessage());
    assertEquals("session must not be null",
        assertThrows(NullPointerException.class, () -> agents.sessions().interrupt(null)).getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void theAsyncMirrorsReturnTheSameAnswers() throws Exception {
    wm.stubFor(get(urlPathEqualTo("/sessions/s-1/status")).willReturn(okJson(
        "{\"session_id\": \"s-1\", \"status\": \"running\"}")));
    wm.stubFor(post(urlPathEqualTo("/sessions/s-1/interrupt")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withBody("{\"session_id\": \"s-1\"}")));

    assertEquals(SessionStatus.RUNNING,
        agents.async().sessions().status(SessionRef.of("a-1", "s-1")).get(30, TimeUnit.SECONDS).status());
    assertEquals("s-1",
        agents.async().sessions().interrupt(SessionRef.of("a-1", "s-1")).get(30, TimeUnit.SECONDS).sessionId());
    assertEquals(Duration.ZERO.toMillis(), sleeper.sleeps().size());
  }
}
