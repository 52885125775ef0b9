package dev.sessionkit.syntropic.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.syntropic.SyntropicClient;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The parameters and fields of servers after May 2026, whose {@code GET /sessions} pages ({@code page},
 * {@code page_size}, {@code q}, a {@code total} of all matches, {@code status_counts},
 * {@code excluded_undated}) and whose sessions carry their delegation and unpriced observations; and how
 * the client tells them from a server of May 2026 by the response alone.
 */
class PagingServerTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String OLD_PAGE = "{\"sessions\":[],\"total\":0}";

  private SyntropicClient syn;

  @BeforeEach
  void client() {
    syn = SyntropicClient.builder().baseUrl(wm.baseUrl() + "/api/v1").maxRetries(0).build();
  }

  @Test
  void listSendsQPageAndThePageSizeUnderBothNames() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(Fixtures.read("session-list-paged.json"))));

    syn.sessions().list(ListSessionsRequest.builder().workflowId("wf-review").q("D7E8").page(2).limit(2).build());

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions?workflow_id=wf-review&q=D7E8&limit=2&page=2"))
        .withHeader("Accept", equalTo("application/json"))
        .withHeader("Authorization", absent()));
  }

  @Test
  void listReadsThePageMetadataOfAPagingServer() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(Fixtures.read("session-list-paged.json"))));

    SessionList list = syn.sessions().list(ListSessionsRequest.builder().page(2).limit(2).build());

    assertTrue(list.paged());
    assertEquals(Optional.of(37L), list.total());
    assertEquals(Optional.of(37L), list.totalMatches());
    assertEquals(Optional.of(2), list.page());
    assertEquals(Optional.of(2), list.pageSize());
    assertEquals(Optional.of(3L), list.excludedUndated());
    assertEquals(Optional.of(Map.of("completed", 30L, "running", 4L, "failed", 3L)), list.statusCounts());
    assertEquals(Map.of(), list.additionalProperties());
    assertEquals(2, list.sessions().size());
  }

  @Test
  void listReadsEveryFieldOfADelegateSessionOfAPagingServer() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(Fixtures.read("session-list-paged.json"))));

    List<Session> sessions = syn.sessions().list(ListSessionsRequest.builder().build()).sessions();

    Session delegate = sessions.get(0);
    assertEquals("d7e8f9a0-0002", delegate.id());
    assertEquals(Optional.of("wf-review"), delegate.workflowId());
    assertEquals(Optional.of("PR review"), delegate.workflowName());
    assertEquals(Optional.of("exec-91"), delegate.executionId());
    assertEquals(Optional.of("phase-3-verify"), delegate.phaseId());
    assertEquals(Optional.of("d7e8f9a0-0001"), delegate.parentSessionId());
    assertEquals(Optional.of("d7e8f9a0-0001"), delegate.rootSessionId());
    assertEquals(Optional.of("Verify"), delegate.phaseDisplay());
    assertEquals(SessionStatus.RUNNING, delegate.status());
    assertEquals(Optional.of("codex"), delegate.agentProvider());
    assertEquals(Optional.of("gpt-5.6-sol"), delegate.agentModel());
    assertEquals(Optional.of("GPT-5.6 Sol"), delegate.agentModelDisplay());
    assertEquals(List.of("acme/api"), delegate.repos());
    assertEquals(Optional.of("api"), delegate.reposDisplay());
    assertEquals(1200, delegate.inputTokens());
    assertEquals(300, delegate.outputTokens());
    assertEquals(0, delegate.cacheCreationTokens());
    assertEquals(5000, delegate.cacheReadTokens());
    assertEquals(6500, delegate.totalTokens());
    assertEquals(Optional.of("6.5k"), delegate.totalTokensDisplay());
    SessionAssertions.assertExactly("0.0150", delegate.totalCostUsd());
    assertEquals(Optional.of(">=$0.02 (partial)"), delegate.totalCostDisplay());
    assertEquals(Optional.of(2L), delegate.unpricedObservationCount());
    assertEquals(Optional.of(41.5), delegate.durationSeconds());
    assertEquals(Optional.of("41s"), delegate.durationDisplay());
    assertEquals(Optional.of(Instant.parse("2026-09-30T08:15:00.5Z")), delegate.startedAt());
    assertEquals(Optional.empty(), delegate.completedAt());
    assertEquals(Map.of(), delegate.additionalProperties());

    Session leader = sessions.get(1);
    assertEquals(Optional.empty(), leader.parentSessionId(), "a leader has no parent: null on the wire");
    assertEquals(Optional.of(leader.id()), leader.rootSessionId(), "a leader is its own root");
    assertEquals(Optional.of(0L), leader.unpricedObservationCount());
    assertEquals(Optional.of(Instant.parse("2026-09-30T08:00:00Z")), leader.startedAt());
  }

  @Test
  void getReadsDelegationUnpricedObservationsAndOperationErrors() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/d7e8")).willReturn(okJson(Fixtures.read("session-detail-paged.json"))));

    SessionDetail d = syn.sessions().get("d7e8");

    assertEquals("d7e8f9a0-0002", d.id());
    assertEquals(Optional.of("d7e8f9a0-0001"), d.parentSessionId());
    assertEquals(Optional.of("d7e8f9a0-0001"), d.rootSessionId());
    assertEquals(Optional.of(2L), d.unpricedObservationCount());
    assertEquals(SessionStatus.FAILED, d.status());
    assertEquals(Optional.empty(), d.milestoneId());
    assertEquals(Optional.of("/workspaces/exec-91"), d.workspacePath());
    assertEquals(Optional.of("1.2k"), d.inputTokensDisplay());
    assertEquals(Optional.of("300"), d.outputTokensDisplay());
    assertEquals(Optional.of("0"), d.cacheCreationTokensDisplay());
    assertEquals(Optional.of("5.0k"), d.cacheReadTokensDisplay());
    assertEquals(1, d.costByModel().size());
    SessionAssertions.assertExactly("0.0150", d.costByModel().get("gpt-5.6-sol"));
    assertEquals(Optional.of("verify failed: 2 tests"), d.errorMessage());
    assertEquals(Map.of(), d.metadata());
    assertEquals(Optional.of(Instant.parse("2026-09-30T08:15:42Z")), d.completedAt());
    assertEquals(Map.of(), d.additionalProperties());

    Operation failed = d.operations().get(0);
    assertEquals("obs-21", failed.operationId());
    assertEquals(OperationType.TOOL_EXECUTION_COMPLETED, failed.operationType());
    assertEquals(Optional.of(Instant.parse("2026-09-30T08:15:20.25Z")), failed.timestamp());
    assertEquals(Optional.of(3.5), failed.durationSeconds());
    assertEquals(Optional.of(false), failed.success());
    assertEquals(Optional.of("npm test exited with 1"), failed.errorMessage());
    assertEquals(Optional.empty(), failed.inputTokens());
    assertEquals(Optional.of("Bash"), failed.toolName());
    assertEquals(Optional.of("call_7"), failed.toolUseId());
    assertEquals(Optional.of(JsonNodeFactory.instance.objectNode().put("command", "npm test")), failed.toolInput());
    assertEquals(Optional.of("2 failing"), failed.toolOutput());
    assertEquals(Optional.empty(), failed.git());
    assertEquals(Map.of(), failed.additionalProperties());

    Operation message = d.operations().get(1);
    assertEquals(Optional.of(true), message.success(), "the server sends true where it recorded no outcome");
    assertEquals(Optional.empty(), message.errorMessage());
    assertEquals(Optional.of(1500L), message.totalTokens());
    assertEquals(Optional.of("Two tests still fail."), message.messageContent());
  }

  @Test
  void aServerOfMay2026ReportsNoPageMetadataAndNoNewFields() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(Fixtures.read("session-list.json"))));

    SessionList list = syn.sessions().list(ListSessionsRequest.builder().page(1).build());

    assertFalse(list.paged());
    assertEquals(Optional.of(2L), list.total());
    assertEquals(Optional.empty(), list.totalMatches());
    assertEquals(Optional.empty(), list.page());
    assertEquals(Optional.empty(), list.pageSize());
    assertEquals(Optional.empty(), list.statusCounts());
    assertEquals(Optional.empty(), list.excludedUndated());
    Session s = list.sessions().get(0);
    assertEquals(Optional.empty(), s.parentSessionId());
    assertEquals(Optional.empty(), s.rootSessionId());
    assertEquals(Optional.empty(), s.unpricedObservationCount(), "not reported is not 0");
  }

  @Test
  void aPageThatAServerOfMay2026IgnoresIsAnErrorNotPageOne() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(OLD_PAGE)));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> syn.sessions().list(ListSessionsRequest.builder().page(3).build()));

    assertTrue(e.getMessage().startsWith("page 3 was asked for, but the server's answer has no page nor page_size"),
        e.getMessage());
  }

  @Test
  void aSearchThatAServerOfMay2026IgnoresIsAnErrorNotEverySession() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(OLD_PAGE)));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> syn.sessions().list(ListSessionsRequest.builder().q("abc").build()));
    SessionKitException all = assertThrows(SessionKitException.class,
        () -> syn.sessions().listAll(ListSessionsRequest.builder().q("abc").build()).stream().count());

    assertTrue(e.getMessage().startsWith("q was set, but the server's answer has no page nor page_size"), e.getMessage());
    assertEquals(e.getMessage(), all.getMessage());
  }

  @Test
  void listAllRefusesAPageAndPagingOptionsBeforeAnyRequest() {
    ListSessionsRequest paged = ListSessionsRequest.builder().page(2).build();

    IllegalArgumentException sync = assertThrows(IllegalArgumentException.class, () -> syn.sessions().listAll(paged));
    IllegalArgumentException async = assertThrows(IllegalArgumentException.class,
        () -> syn.async().sessions().listAll(paged));
    for (String name : List.of("page", "page_size", "limit", "started_before")) {
      RequestOptions options = RequestOptions.builder().queryParam(name, "1").build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> syn.sessions().listAll(ListSessionsRequest.builder().build(), options));
      assertTrue(e.getMessage().contains("queryParam(\"" + name + "\")"), e.getMessage());
    }

    assertEquals("page must not be set for listAll, which walks every page itself; was 2 (set it for list)",
        sync.getMessage());
    assertEquals(sync.getMessage(), async.getMessage());
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void listAllReachesSessionsWithoutStartedAtThatBoundedPagesLeaveOut() {
    // A, B, C dated (newest first), U undated: the server lists U last, and leaves it out of every bounded page.
    stub("?limit=2", page(4, 1, 0, session("A", "2026-09-30 10:00:00+00:00"),
        session("B", "2026-09-30 09:00:00+00:00")));
    stub("?started_before=2026-09-30T09%3A00%3A00Z&limit=2", page(2, 1, 1,
        session("B", "2026-09-30 09:00:00+00:00"), session("C", "2026-09-30 08:00:00+00:00")));
    stub("?started_before=2026-09-30T08%3A00%3A00Z&limit=2", page(1, 1, 1,
        session("C", "2026-09-30 08:00:00+00:00")));
    stub("?page=2&limit=2", page(4, 2, 0, session("C", "2026-09-30 08:00:00+00:00"), session("U", null)));

    List<String> ids = syn.sessions().listAll(ListSessionsRequest.builder().limit(2).build()).stream()
        .map(Session::id).collect(Collectors.toList());

    assertEquals(List.of("A", "B", "C", "U"), ids);
    assertEquals(4, wm.getAllServeEvents().size());
  }

  @Test
  void withATimeBoundOfTheCallersOwnUndatedSessionsStayOutsideTheWindow() {
    stub("?started_after=2026-01-01T00%3A00%3A00Z&limit=2", page(1, 1, 1,
        session("A", "2026-09-30 10:00:00+00:00")));

    List<String> ids = syn.sessions().listAll(ListSessionsRequest.builder().limit(2)
        .startedAfter(Instant.parse("2026-01-01T00:00:00Z")).build()).stream().map(Session::id)
        .collect(Collectors.toList());

    assertEquals(List.of("A"), ids);
    assertEquals(1, wm.getAllServeEvents().size());
  }

  @Test
  void aPageNotNewestFirstStopsTheWalkInsteadOfLosingSessions() {
    stub("?limit=2", page(3, 1, 0, session("A", "2026-09-30 08:00:00+00:00"),
        session("B", "2026-09-30 09:00:00+00:00")));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> syn.sessions().listAll(ListSessionsRequest.builder().limit(2).build()).stream().count());

    assertTrue(e.getMessage().contains("it does not list newest first"), e.getMessage());
  }

  @Test
  void aServerThatCapsThePageBelowTheLimitStopsTheWalkInsteadOfEndingEarly() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson(
        "{\"sessions\":[],\"total\":500,\"page\":1,\"page_size\":100,\"excluded_undated\":0,\"status_counts\":{}}")));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> syn.sessions().listAll(ListSessionsRequest.builder().build()).stream().count());

    assertEquals("asked the server for pages of 200 sessions, and it answered with page_size 100; listAll cannot"
        + " tell its last page from a short one. Set ListSessionsRequest.limit to at most 100", e.getMessage());
  }

  private static void stub(String query, String body) {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions" + query)).willReturn(okJson(body)));
  }

  private static String page(long total, int page, long excludedUndated, String... sessions) {
    return "{\"sessions\":[" + String.join(",", sessions) + "],\"total\":" + total + ",\"page\":" + page
        + ",\"page_size\":2,\"excluded_undated\":" + excludedUndated + ",\"status_counts\":{\"completed\":" + total + "}}";
  }

  private static String session(String id, String startedAt) {
    return "{\"id\":\"" + id + "\",\"workflow_id\":null,\"phase_id\":null,\"status\":\"completed\","
        + "\"agent_provider\":null,\"started_at\":" + (startedAt == null ? "null" : "\"" + startedAt + "\"") + "}";
  }
}
