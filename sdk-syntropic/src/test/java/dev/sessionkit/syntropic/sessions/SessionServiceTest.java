package dev.sessionkit.syntropic.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.UnprocessableEntityException;
import dev.sessionkit.core.errors.ValidationError;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.syntropic.SyntropicClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sessions calls against WireMock: the exact requests, and the error paths. */
class SessionServiceTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private SyntropicClient syn;

  @BeforeEach
  void client() {
    syn = SyntropicClient.builder()
        .baseUrl(wm.baseUrl() + "/api/v1")
        .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build())
        .build();
  }

  @Test
  void listSendsEveryFilterAndStatusesWinsOverStatus() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(Fixtures.read("session-list.json"))));

    syn.sessions().list(ListSessionsRequest.builder()
        .workflowId("wf-review")
        .status("completed")
        .statuses(List.of("running", "failed"))
        .startedAfter(Instant.parse("2026-05-01T00:00:00Z"))
        .startedBefore(Instant.parse("2026-05-02T12:30:00.123456Z"))
        .limit(200)
        .build());

    // The whole URL: parameter order, the comma-joined statuses, times in UTC with Z, no `status`.
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions?workflow_id=wf-review&statuses=running%2Cfailed"
        + "&started_after=2026-05-01T00%3A00%3A00Z&started_before=2026-05-02T12%3A30%3A00.123456Z&limit=200"
        + ""))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("User-Agent", matching("SessionKit/.* \\(syntropic; Java \\d+\\)"))
        .withHeader("Authorization", absent()));
  }

  @Test
  void listWithoutFiltersSendsNoParameterAndLeavesTheLimitToTheServer() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson("{\"sessions\":[],\"total\":0}")));

    SessionList list = syn.sessions().list(ListSessionsRequest.builder().build());

    assertEquals(List.of(), list.sessions());
    assertEquals(Optional.of(0L), list.total());
    assertFalse(list.paged());
    assertEquals(Optional.empty(), list.totalMatches());
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions")));
  }

  @Test
  void listSendsTheLegacySingleStatusWhenNoStatusesAreSet() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson("{\"sessions\":[],\"total\":0}")));

    syn.sessions().list(ListSessionsRequest.builder().status(SessionStatus.RUNNING).limit(1).build());

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions?status=running&limit=1")));
  }

  @Test
  void listReadsEveryFieldOfTheRealServersFormat() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(Fixtures.read("session-list.json"))));

    SessionList list = syn.sessions().list(ListSessionsRequest.builder().build());

    assertEquals(Optional.of(2L), list.total());
    assertEquals(Optional.empty(), list.totalMatches(), "the old server's total is the size of the page");
    assertEquals(2, list.sessions().size());
    SessionAssertions.assertFullSession(list.sessions().get(0));
    SessionAssertions.assertSparseSession(list.sessions().get(1));
    assertTrue(list.additionalProperties().isEmpty());
  }

  @Test
  void getReadsEveryFieldOfTheDetailAndItsOperations() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/a1b2")).willReturn(okJson(Fixtures.read("session-detail.json"))));

    SessionDetail detail = syn.sessions().get("a1b2");

    SessionAssertions.assertFullDetail(detail);
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions/a1b2")).withHeader("Accept", equalTo("application/json")));
  }

  @Test
  void getEncodesTheIdAsOnePathSegment() {
    wm.stubFor(get(anyUrl()).willReturn(okJson(Fixtures.read("session-detail.json"))));

    syn.sessions().get("a/b c?d");

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions/a%2Fb%20c%3Fd")));
  }

  @Test
  void getOfAnUnknownIdIsNotFoundWithTheServersDetail() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/zz")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Session not found: zz\"}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> syn.sessions().get("zz"));

    assertEquals(404, e.statusCode());
    assertEquals("Session not found: zz", e.detail().message());
    assertEquals("404 Not Found from GET /api/v1/sessions/zz: Session not found: zz", e.getMessage());
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions/zz")));
  }

  @Test
  void anAmbiguousPrefixIsAConflictAndIsNeverRetried() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/a1")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"detail\": \"Ambiguous Session prefix 'a1' matches 2: a1b2c3d4-0001, a1b2c3d4-0002\"}")));

    ConflictException e = assertThrows(ConflictException.class, () -> syn.sessions().get("a1"));

    assertEquals(409, e.statusCode());
    assertEquals("Ambiguous Session prefix 'a1' matches 2: a1b2c3d4-0001, a1b2c3d4-0002", e.detail().message());
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions/a1")));
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void fastApiValidationErrorsAreReachableEntryByEntry() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"detail\": [{\"type\": \"less_than_equal\", \"loc\": [\"query\", \"limit\"],"
            + " \"msg\": \"Input should be less than or equal to 200\", \"input\": \"500\", \"ctx\": {\"le\": 200}},"
            + " {\"type\": \"datetime_from_date_parsing\", \"loc\": [\"query\", \"started_after\"],"
            + " \"msg\": \"Input should be a valid datetime or date, invalid character in year\","
            + " \"input\": \"yesterday\", \"ctx\": {\"error\": \"invalid character in year\"}}]}")));

    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> syn.sessions().list(ListSessionsRequest.builder().build()));

    List<ValidationError> errors = e.detail().validationErrors();
    assertEquals(2, errors.size());
    ValidationError limit = errors.get(0);
    assertEquals(List.of("query", "limit"), limit.location());
    assertEquals("Input should be less than or equal to 200", limit.message());
    assertEquals("less_than_equal", limit.type().orElseThrow());
    assertEquals("500", limit.input().orElseThrow().asText());
    assertEquals(200, limit.context().orElseThrow().get("le").asInt());
    assertEquals(List.of("query", "started_after"), errors.get(1).location());
    assertEquals("yesterday", errors.get(1).input().orElseThrow().asText());
    assertEquals("query.limit: Input should be less than or equal to 200; query.started_after: Input should be a"
        + " valid datetime or date, invalid character in year", e.detail().message());
    wm.verify(1, getRequestedFor(urlPathEqualTo("/api/v1/sessions")));
  }

  @Test
  void aListThatFailsWith503IsRetriedAfterTheBackoff() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503).withHeader("Retry-After", "2")).willSetStateTo("up"));
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(okJson(Fixtures.read("session-list.json"))));

    SessionList list = syn.sessions().list(ListSessionsRequest.builder().build());

    assertEquals(2, list.sessions().size());
    assertEquals(List.of(Duration.ofSeconds(2)), sleeper.sleeps());
    wm.verify(2, getRequestedFor(urlPathEqualTo("/api/v1/sessions")));
  }

  @Test
  void aSessionWithoutItsRequiredStatusIsAParseErrorThatNamesIt() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/a1b2")).willReturn(okJson("{\"id\": \"a1b2\"}")));

    ResponseParseException e = assertThrows(ResponseParseException.class, () -> syn.sessions().get("a1b2"));

    assertTrue(e.getMessage().contains("status"), e.getMessage());
    assertTrue(e.getMessage().startsWith("could not read the response of GET http://"), e.getMessage());
  }

  @Test
  void aTimestampThatIsNoTimestampIsAParseError() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(
        "{\"sessions\": [{\"id\": \"s\", \"status\": \"running\", \"started_at\": \"yesterday\"}], \"total\": 1}")));

    ResponseParseException e = assertThrows(ResponseParseException.class,
        () -> syn.sessions().list(ListSessionsRequest.builder().build()));

    assertTrue(e.getMessage().contains("not a timestamp: \"yesterday\""), e.getMessage());
  }

  @Test
  void requestOptionsApplyToTheCall() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(aResponse().withStatus(503)));
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions/a1b2")).willReturn(okJson(Fixtures.read("session-detail.json"))));
    RequestOptions options = RequestOptions.builder().maxRetries(0).header("X-Trace", "t-1")
        .queryParam("debug", "1").build();

    assertThrows(dev.sessionkit.core.errors.InternalServerException.class,
        () -> syn.sessions().list(ListSessionsRequest.builder().limit(5).build(), options));
    syn.sessions().get("a1b2", options);

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions?limit=5&debug=1")).withHeader("X-Trace", equalTo("t-1")));
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions/a1b2?debug=1")).withHeader("X-Trace", equalTo("t-1")));
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void aBlankOrNullIdIsRefusedBeforeAnyRequest() {
    IllegalArgumentException blank = assertThrows(IllegalArgumentException.class, () -> syn.sessions().get(" "));
    NullPointerException none = assertThrows(NullPointerException.class, () -> syn.sessions().get(null));
    IllegalArgumentException async = assertThrows(IllegalArgumentException.class, () -> syn.async().sessions().get(""));
    NullPointerException asyncNone = assertThrows(NullPointerException.class, () -> syn.async().sessions().get(null));

    assertEquals("id must not be blank", blank.getMessage());
    assertEquals("id must not be null", none.getMessage());
    assertEquals("id must not be blank", async.getMessage());
    assertEquals("id must not be null", asyncNone.getMessage());
    assertTrue(wm.getAllServeEvents().isEmpty());
  }

  @Test
  void asyncCallsThrowANullRequestOrNullOptionsOnTheCallingThreadBeforeAnyRequest() {
    AsyncSessionService async = syn.async().sessions();
    ListSessionsRequest all = ListSessionsRequest.builder().build();

    List<NullPointerException> nullRequest = List.of(
        assertThrows(NullPointerException.class, () -> async.list(null)),
        assertThrows(NullPointerException.class, () -> async.listAll(null)));
    List<NullPointerException> nullOptions = List.of(
        assertThrows(NullPointerException.class, () -> async.list(all, null)),
        assertThrows(NullPointerException.class, () -> async.listAll(all, null)),
        assertThrows(NullPointerException.class, () -> async.get("a1b2", null)));

    nullRequest.forEach(e -> assertEquals("request", e.getMessage()));
    nullOptions.forEach(e -> assertEquals("options", e.getMessage()));
    assertTrue(wm.getAllServeEvents().isEmpty());
  }

  @Test
  void asyncListAndGetCompleteWithTheSameModels() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(Fixtures.read("session-list.json"))));
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/a1b2")).willReturn(okJson(Fixtures.read("session-detail.json"))));

    SessionList list = syn.async().sessions().list(ListSessionsRequest.builder().statuses(SessionStatus.FAILED).build(),
        RequestOptions.builder().header("X-Trace", "t-2").build()).join();
    SessionDetail detail = syn.async().sessions().get("a1b2").join();

    SessionAssertions.assertFullSession(list.sessions().get(0));
    SessionAssertions.assertFullDetail(detail);
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions?statuses=failed")).withHeader("X-Trace", equalTo("t-2")));
  }

  @Test
  void asyncFailuresCompleteTheFutureWithTheTypedException() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/a1")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"ambiguous\"}")));

    CompletionException e = assertThrows(CompletionException.class, () -> syn.async().sessions().get("a1").join());

    assertInstanceOf(ConflictException.class, e.getCause());
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions/a1")));
    assertFalse(e.getCause().getMessage().isEmpty());
  }
}
