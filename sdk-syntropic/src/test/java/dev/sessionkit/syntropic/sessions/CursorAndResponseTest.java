package dev.sessionkit.syntropic.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.WithResponse;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.internal.SessionsQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Cursors that must be refused before any request, and the raw responses of single calls and of each page
 * of a walk, against WireMock.
 */
class CursorAndResponseTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private SyntropicClient syn;

  @BeforeEach
  void client() {
    syn = SyntropicClient.builder().baseUrl(wm.baseUrl() + "/api/v1").maxRetries(0).build();
  }

  private static String session(String id, String startedAt) {
    return "{\"id\":\"" + id + "\",\"status\":\"completed\",\"started_at\":\"" + startedAt + "\"}";
  }

  private static ResponseDefinitionBuilder page(String requestId, String... sessions) {
    return okJson("{\"sessions\":[" + String.join(",", sessions) + "],\"total\":" + sessions.length + "}")
        .withHeader("X-Request-Id", requestId);
  }

  /** Three pages of two on a server of May 2026, each response with its own request id. */
  private static void stubThreePages() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions?workflow_id=wf-a&limit=2")).willReturn(page("req-p1",
        session("A", "2026-05-01 10:00:00+00:00"), session("B", "2026-05-01 09:00:00+00:00"))));
    wm.stubFor(get(urlEqualTo("/api/v1/sessions?workflow_id=wf-a&started_before=2026-05-01T09%3A00%3A00Z&limit=2"))
        .willReturn(page("req-p2", session("B", "2026-05-01 09:00:00+00:00"), session("C", "2026-05-01 08:00:00+00:00"))));
    wm.stubFor(get(urlEqualTo("/api/v1/sessions?workflow_id=wf-a&started_before=2026-05-01T08%3A00%3A00Z&limit=2"))
        .willReturn(page("req-p3", session("C", "2026-05-01 08:00:00+00:00"))));
  }

  private static final ListSessionsRequest WF_A = ListSessionsRequest.builder().workflowId("wf-a").limit(2).build();

  /** A real cursor of {@link #WF_A}, made by the SDK from the first page; the requests it took are forgotten. */
  private String cursorOfWfA() {
    stubThreePages();
    String cursor = syn.sessions().list(WF_A).nextCursor().orElseThrow();
    wm.resetRequests();
    return cursor;
  }

  /** Every way a request reaches the wire: list, listAll, and their async forms. */
  private void assertEveryCallRefuses(ListSessionsRequest request, Consumer<IllegalArgumentException> check) {
    check.accept(assertThrows(IllegalArgumentException.class, () -> syn.sessions().list(request)));
    check.accept(assertThrows(IllegalArgumentException.class, () -> syn.sessions().listAll(request)));
    check.accept(assertThrows(IllegalArgumentException.class, () -> syn.async().sessions().list(request)));
    check.accept(assertThrows(IllegalArgumentException.class, () -> syn.async().sessions().listAll(request)));
  }

  @Test
  void aMalformedCursorIsRefusedByTheBuilder() {
    for (String bad : List.of("not a cursor", "", "eyJ2IjoxfQ", "%%%")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ListSessionsRequest.builder().cursor(bad).build());

      assertTrue(e.getMessage().startsWith("cursor "), e.getMessage());
    }
    assertEquals(Optional.empty(), ListSessionsRequest.builder().cursor((String) null).build().cursor());
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aCursorOfAnotherKindIsRefusedByTheBuilder() {
    ObjectNode state = JsonNodeFactory.instance.objectNode().put("t", "tok-1");
    String timbal = new CursorCodec("timbal.runs", ApiRequest.get("orgs", "o", "projects", "p", "runs").build(),
        Set.of("page_token")).encode(state);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ListSessionsRequest.builder().cursor(timbal).build());

    assertEquals("cursor was made by a listing of timbal.runs, not of syntropic.sessions: a cursor resumes only the"
        + " kind of listing that made it", e.getMessage());
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aCursorAndAPageAreRefusedTogether() {
    String cursor = cursorOfWfA();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> WF_A.toBuilder().cursor(cursor).page(2).build());

    assertEquals("ListSessionsRequest: cursor and page are two ways to say where the listing starts: set one (the cursor to go on after"
        + " a page of listAll or list, the page to ask for page 2 by number)", e.getMessage());
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aRequestPrintsOnlyTheStartOfItsCursor() {
    String cursor = cursorOfWfA();

    String printed = WF_A.toBuilder().cursor(cursor).build().toString();

    assertTrue(printed.endsWith(", cursor=" + cursor.substring(0, 16) + "\u2026}"), printed);
    assertTrue(cursor.length() > 17, cursor);
  }

  @Test
  void aCursorOfAnotherListingIsRefusedByEveryCallBeforeAnyRequest() {
    String cursor = cursorOfWfA();
    List<ListSessionsRequest> others = List.of(
        WF_A.toBuilder().workflowId("wf-b").cursor(cursor).build(),
        WF_A.toBuilder().workflowId((String) null).cursor(cursor).build(),
        WF_A.toBuilder().status("running").cursor(cursor).build(),
        // The caller's own bound is a filter: a cursor cannot be replayed over another window.
        WF_A.toBuilder().startedBefore(Instant.parse("2026-05-01T09:30:00Z")).cursor(cursor).build(),
        WF_A.toBuilder().startedAfter(Instant.parse("2026-01-01T00:00:00Z")).cursor(cursor).build());

    for (ListSessionsRequest other : others) {
      assertEveryCallRefuses(other, e -> assertEquals("cursor was made by another listing of syntropic.sessions"
          + " (other filters, or another org, project, agent or session): a cursor resumes only the listing that"
          + " made it", e.getMessage()));
    }

    wm.verify(0, anyRequestedFor(anyUrl()));
    // The cursor itself is good: its own listing resumes from it.
    List<String> rest = new ArrayList<>();
    syn.sessions().listAll(WF_A.toBuilder().cursor(cursor).build()).forEach(s -> rest.add(s.id()));
    assertEquals(List.of("C"), rest);
  }

  @Test
  void aCursorOfThisListingWithAStateItCannotHoldIsRefusedBeforeAnyRequest() throws Exception {
    CursorCodec codec = new CursorCodec(SessionsQuery.CURSOR_KIND, SessionsQuery.listRequest(WF_A).build(),
        Set.of("limit", "page_size", "page"));
    List<String> states = List.of("{\"b\":5,\"s\":\"\"}", "{\"b\":\"yesterday\",\"s\":\"\"}",
        "{\"b\":\"2026-05-01T09:00:00Z\",\"s\":[7]}", "{\"b\":\"2026-05-01T09:00:00Z\",\"s\":[]}",
        // Ids in full where their hashes belong, a hash cut short, and hashes unsorted.
        "{\"b\":\"2026-05-01T09:00:00Z\",\"s\":\"sess-000001\"}", "{\"b\":\"2026-05-01T09:00:00Z\",\"s\":\"AAAAAAAAAA\"}",
        "{\"b\":\"2026-05-01T09:00:00Z\",\"s\":\"BAAAAAAAAAAAAAAAAAAAAA\"}",
        "{\"b\":\"2026-05-01T09:00:00Z\",\"s\":\"\",\"t\":\"many\"}", "{\"b\":\"2026-05-01T09:00:00Z\"}",
        "{\"o\":-3}", "{\"o\":10,\"u\":\"x\"}", "{\"o\":10,\"u\":[\"u-00\"]}", "{\"o\":10,\"r\":1}");

    for (String state : states) {
      ListSessionsRequest request = WF_A.toBuilder().cursor(codec.encode(
          (ObjectNode) SessionKitJson.mapper().readTree(state))).build();
      assertEveryCallRefuses(request, e -> assertTrue(e.getMessage().startsWith("cursor is not a cursor SessionKit"
          + " made"), state + ": " + e.getMessage()));
    }

    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void aCursorWithOptionsThatReplaceAPagingParameterIsRefusedBeforeAnyRequest() {
    String cursor = cursorOfWfA();
    RequestOptions options = RequestOptions.builder().queryParam("started_before", "2026-01-01T00:00:00Z").build();
    ListSessionsRequest request = WF_A.toBuilder().cursor(cursor).build();

    assertThrows(IllegalArgumentException.class, () -> syn.sessions().list(request, options));
    assertThrows(IllegalArgumentException.class, () -> syn.async().sessions().list(request, options));

    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void eachPageOfAWalkCarriesItsOwnResponseAndCursor() {
    stubThreePages();
    List<String> requestIds = new ArrayList<>();
    List<Boolean> cursors = new ArrayList<>();
    List<List<String>> pages = new ArrayList<>();

    for (Page<Session> page : syn.sessions().listAll(WF_A).pages()) {
      requestIds.add(page.response().requestId().orElseThrow());
      assertEquals(200, page.response().statusCode());
      cursors.add(page.nextCursor().isPresent());
      List<String> ids = new ArrayList<>();
      page.items().forEach(s -> ids.add(s.id()));
      pages.add(ids);
    }

    assertEquals(List.of("req-p1", "req-p2", "req-p3"), requestIds);
    assertEquals(List.of(true, true, false), cursors);
    assertEquals(List.of(List.of("A", "B"), List.of("C"), List.of()), pages);
    wm.verify(3, getRequestedFor(anyUrl()));
  }

  @Test
  void aSingleCallKeepsItsResponseWithStatusHeadersAndRequestId() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/a1b2")).willReturn(okJson(Fixtures.read("session-detail.json"))
        .withHeader("X-Request-Id", "req-get").withHeader("X-Multi", "one", "two")));

    WithResponse<SessionDetail> r = WithResponse.call(o -> syn.sessions().get("a1b2", o));

    assertEquals("a1b2c3d4-0001", r.value().id());
    assertEquals(200, r.response().statusCode());
    assertEquals(Optional.of("req-get"), r.response().requestId());
    assertEquals(Optional.of("req-get"), r.response().header("x-REQUEST-id"));
    assertEquals(List.of("one", "two"), r.response().headerValues("x-multi"));
    assertEquals(List.of("one", "two"), r.response().headers().get("X-MULTI"));
  }

  @Test
  void anAsyncCallAndAListCallKeepTheirResponses() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/a1b2")).willReturn(okJson(Fixtures.read("session-detail.json"))
        .withHeader("x-request-id", "req-async")));
    stubThreePages();

    WithResponse<SessionDetail> async = WithResponse.callAsync(o -> syn.async().sessions().get("a1b2", o)).join();
    WithResponse<SessionList> list = WithResponse.call(o -> syn.sessions().list(WF_A, o));

    assertEquals("a1b2c3d4-0001", async.value().id());
    assertEquals(Optional.of("req-async"), async.response().requestId());
    assertEquals(Optional.of("req-p1"), list.response().requestId());
    assertTrue(list.value().nextCursor().isPresent());
  }

  @Test
  void anAsyncCallThatFailsStillFailsAsTheCallDoes() {
    wm.stubFor(get(urlEqualTo("/api/v1/sessions/nope")).willReturn(okJson("{\"detail\":\"Session not found: nope\"}")
        .withStatus(404)));

    CompletionException e = assertThrows(CompletionException.class,
        () -> WithResponse.callAsync(o -> syn.async().sessions().get("nope", o)).join());

    assertTrue(e.getCause() instanceof NotFoundException, e.toString());
  }

  @Test
  void theNextCursorIsNeitherJsonNorPartOfEquality() throws Exception {
    stubThreePages();
    SessionList withCursor = syn.sessions().list(WF_A);
    SessionList without = withCursor.toBuilder().nextCursor(Optional.empty()).build();

    String json = SessionKitJson.mapper().writeValueAsString(withCursor);
    SessionList read = SessionKitJson.mapper().readValue(json.replace("{\"sessions\"",
        "{\"nextCursor\":\"x\",\"sessions\""), SessionList.class);

    assertTrue(withCursor.nextCursor().isPresent());
    assertFalse(json.contains("ursor"), json);
    assertEquals(without, withCursor);
    assertEquals(without.hashCode(), withCursor.hashCode());
    assertEquals(without.toString(), withCursor.toString());
    assertEquals(Optional.empty(), read.nextCursor(), "a body cannot set it");
    assertEquals(Set.of("nextCursor"), read.additionalProperties().keySet());
  }
}
