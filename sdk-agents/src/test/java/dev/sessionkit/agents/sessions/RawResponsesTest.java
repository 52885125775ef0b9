package dev.sessionkit.agents.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsFixtures.SESSION_LIST;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A successful call's HTTP response next to its value ({@link WithResponse}), through the AgentScope client's
 * blocking and async services. Each page's response of a message walk: {@code MessageCursorTest}.
 */
class RawResponsesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final AgentsClient agents = client(wm, new RecordingSleeper());

  private static void stubStatus(String requestId) {
    wm.stubFor(get(urlPathEqualTo("/sessions/sess-1/status")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json")
        .withHeader("X-Request-Id", requestId)
        .withHeader("X-RateLimit-Policy", "100;w=60", "1000;w=3600")
        .withBody("{\"session_id\": \"sess-1\", \"status\": \"idle\"}")));
  }

  @Test
  void aBlockingCallGivesItsValueStatusHeadersAndRequestId() {
    stubStatus("req-status-1");

    WithResponse<SessionStatusResponse> r =
        WithResponse.call(o -> agents.sessions().status(SessionRef.of("agt-1", "sess-1"), o));

    assertEquals(SessionStatus.IDLE, r.value().status());
    ResponseInfo response = r.response();
    assertEquals(200, response.statusCode());
    assertEquals(Optional.of("req-status-1"), response.requestId());
    assertEquals(Optional.of("req-status-1"), response.header("x-request-id"));
    assertEquals(Optional.of("application/json"), response.header("CONTENT-TYPE"));
    assertEquals(List.of("100;w=60", "1000;w=3600"), response.headerValues("x-ratelimit-policy"));
    assertEquals(List.of("100;w=60", "1000;w=3600"), response.headers().get("X-RATELIMIT-POLICY"));
    assertEquals(List.of(), response.headerValues("x-not-sent"));
  }

  @Test
  void theStatusIsTheOneTheServerSentAndTheCallersOwnObserverStillSeesIt() {
    wm.stubFor(post(urlPathEqualTo("/sessions/sess-1/interrupt")).willReturn(aResponse().withStatus(202)
        .withHeader("Content-Type", "application/json").withHeader("x-request-id", "req-int")
        .withBody("{\"session_id\": \"sess-1\"}")));
    List<ResponseInfo> observed = new java.util.ArrayList<>();

    WithResponse<InterruptResponse> r = WithResponse.call(RequestOptions.builder().onResponse(observed::add).build(),
        o -> agents.sessions().interrupt(SessionRef.of("agt-1", "sess-1"), o));

    assertEquals("sess-1", r.value().sessionId());
    assertEquals(202, r.response().statusCode());
    assertEquals(List.of(r.response()), observed);
  }

  @Test
  void anAsyncCallGivesItsResponseToo() throws Exception {
    stubStatus("req-async-7");

    WithResponse<SessionStatusResponse> r = WithResponse.callAsync(
        o -> agents.async().sessions().status(SessionRef.of("agt-1", "sess-1"), o)).get(30, TimeUnit.SECONDS);

    assertEquals(SessionStatus.IDLE, r.value().status());
    assertEquals(200, r.response().statusCode());
    assertEquals(Optional.of("req-async-7"), r.response().requestId());
    assertEquals(List.of("100;w=60", "1000;w=3600"), r.response().headerValues("X-Ratelimit-Policy"));
  }

  @Test
  void theSessionListsResponseSitsNextToItsTotal() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(aResponse().withStatus(200)
        .withHeader("Content-Type", "application/json").withHeader("x-request-id", "req-list")
        .withBody(SESSION_LIST)));

    WithResponse<SessionList> r = WithResponse.call(
        o -> agents.sessions().list(ListSessionsRequest.builder().agentId("agt-7f3a").build(), o));

    assertEquals(Optional.of(1L), r.value().total());
    assertEquals(Optional.of("req-list"), r.response().requestId());
  }
}
