package dev.sessionkit.timbal.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.timbal.testing.TimbalFixtures.RUN_DETAIL;
import static dev.sessionkit.timbal.testing.TimbalWireMock.client;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.ResponseInfo;
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.TimbalClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The HTTP response next to the parsed value, for one call, blocking and async, through WithResponse. */
class RawResponseTest {
  private static final String RUN = "/orgs/acme/projects/support-bot/runs/run_01";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TimbalClient timbal = client(wm, new RecordingSleeper());
  private final GetRunRequest run01 = GetRunRequest.builder().runId("run_01").build();

  private static void stubRun() {
    wm.stubFor(get(urlPathEqualTo(RUN)).willReturn(okJson(RUN_DETAIL).withStatus(200)
        .withHeader("x-request-id", "req_8f2c").withHeader("RateLimit-Remaining", "97")
        .withHeader("Vary", "Accept-Encoding", "Authorization")));
  }

  @Test
  void aBlockingCallGivesItsValueAndItsResponse() {
    stubRun();

    WithResponse<RunDetail> r = WithResponse.call(o -> timbal.runs().get(run01, o));

    assertEquals("068c4458382e79bb80006dc019ac3039", r.value().id());
    ResponseInfo response = r.response();
    assertEquals(200, response.statusCode());
    assertEquals("req_8f2c", response.requestId().orElseThrow());
    assertEquals("97", response.header("ratelimit-remaining").orElseThrow());
    assertEquals("97", response.headers().get("RATELIMIT-REMAINING").get(0));
    assertEquals(List.of("Accept-Encoding", "Authorization"), response.headerValues("vary"));
    assertTrue(response.header("x-absent").isEmpty());
  }

  @Test
  void anAsyncCallGivesItsValueAndItsResponse() throws Exception {
    stubRun();

    WithResponse<RunDetail> r = WithResponse.callAsync(o -> timbal.async().runs().get(run01, o))
        .get(10, TimeUnit.SECONDS);

    assertEquals("068c4458382e79bb80006dc019ac3039", r.value().id());
    assertEquals("req_8f2c", r.response().requestId().orElseThrow());
  }

  @Test
  void theOptionsGivenAreKeptAndTheirOwnObserverStillSeesTheResponse() {
    stubRun();
    List<ResponseInfo> observed = new ArrayList<>();
    RequestOptions options = RequestOptions.builder().header("X-Trace", "t-1").onResponse(observed::add).build();

    WithResponse<RunDetail> r = WithResponse.call(options, o -> timbal.runs().get(run01, o));

    assertEquals(List.of(r.response()), observed);
    wm.verify(getRequestedFor(urlPathEqualTo(RUN)).withHeader("X-Trace",
        com.github.tomakehurst.wiremock.client.WireMock.equalTo("t-1")));
  }

  @Test
  void afterARetryTheResponseIsTheOneThatSucceeded() {
    wm.stubFor(get(urlPathEqualTo(RUN)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("x-request-id", "req_failed")).willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(RUN)).inScenario("flaky").whenScenarioStateIs("ok")
        .willReturn(okJson(RUN_DETAIL).withHeader("x-request-id", "req_ok")));

    WithResponse<RunDetail> r = WithResponse.call(o -> timbal.runs().get(run01, o));

    assertEquals("req_ok", r.response().requestId().orElseThrow());
  }

  @Test
  void aFailedCallThrowsAsUsualWithItsResponseOnTheException() {
    wm.stubFor(get(urlPathEqualTo(RUN)).willReturn(aResponse().withStatus(404).withHeader("x-request-id", "req_404")
        .withBody("{\"code\": \"not_found\", \"message\": \"run not found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> WithResponse.call(o -> timbal.runs().get(run01, o)));
    assertEquals("req_404", e.requestId().orElseThrow());
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> WithResponse.callAsync(o -> timbal.async().runs().get(run01, o)).get(10, TimeUnit.SECONDS));
    assertTrue(async.getCause() instanceof NotFoundException, String.valueOf(async.getCause()));
  }

  @Test
  void aCallThatReadsNoResponseIsAnErrorNotAnEmptyResponse() {
    ListRunsRequest all = ListRunsRequest.builder().build();

    IllegalStateException lazy = assertThrows(IllegalStateException.class,
        () -> WithResponse.call(o -> timbal.runs().listAll(all, o)));
    assertTrue(lazy.getMessage().startsWith("the call read no response"), lazy.getMessage());
    assertThrows(IllegalStateException.class, () -> WithResponse.call(o -> timbal.runs().listAll(all)));
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void anAsyncCallWithABadArgumentThrowsOnTheCallingThreadAsTheCallItselfDoes() {
    TimbalClient noDefaults = dev.sessionkit.timbal.testing.TimbalWireMock.builder(wm, new RecordingSleeper()).build();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WithResponse.callAsync(o -> noDefaults.async().runs().get(run01, o)));
    assertTrue(e.getMessage().startsWith("orgId is not set"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }
}
