package dev.sessionkit.timbal.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.timbal.testing.TimbalFixtures.REACTION;
import static dev.sessionkit.timbal.testing.TimbalFixtures.REACTION_2;
import static dev.sessionkit.timbal.testing.TimbalFixtures.minimalRun;
import static dev.sessionkit.timbal.testing.TimbalFixtures.runsPage;
import static dev.sessionkit.timbal.testing.TimbalWireMock.assertQueryNames;
import static dev.sessionkit.timbal.testing.TimbalWireMock.client;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.TimbalClient;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Resuming run and reaction listings from a page's cursor: exactly the rest, and nothing else accepted. */
class CursorResumeTest {
  private static final String RUNS = "/orgs/acme/projects/support-bot/runs";
  private static final String REACTIONS = RUNS + "/run_01/reactions";
  private static final List<String> ALL = List.of("r1", "r2", "r3", "r4", "r5", "r6", "r7");

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TimbalClient timbal = client(wm, new RecordingSleeper());
  private final ListRunsRequest running = ListRunsRequest.builder().status("running").build();

  /** Four pages of runs (3, 2, 1, 1), each with its own request id, and the page tokens t2, t3, t4. */
  @BeforeEach
  void stubFourPages() {
    stubRuns(null, "t2", "req-1", "r1", "r2", "r3");
    stubRuns("t2", "t3", "req-2", "r4", "r5");
    stubRuns("t3", "t4", "req-3", "r6");
    stubRuns("t4", "", "req-4", "r7");
  }

  private static void stubRuns(String token, String next, String requestId, String... ids) {
    String[] runs = new String[ids.length];
    for (int i = 0; i < ids.length; i++) {
      runs[i] = minimalRun(ids[i]);
    }
    wm.stubFor(get(urlPathEqualTo(RUNS))
        .withQueryParam("page_token", token == null ? absent() : equalTo(token))
        .willReturn(okJson(runsPage(next, runs)).withHeader("X-Request-Id", requestId)
            .withHeader("X-RateLimit-Scope", "org", "project")));
  }

  private static List<String> ids(Iterable<Run> runs) {
    List<String> out = new ArrayList<>();
    runs.forEach(r -> out.add(r.id()));
    return out;
  }

  private static List<LoggedRequest> sent() {
    return wm.findAll(getRequestedFor(urlPathEqualTo(RUNS)));
  }

  @Test
  void aListingResumedFromEachPagesCursorYieldsExactlyTheRunsAfterThatPage() {
    List<String> cursors = new ArrayList<>();
    List<Integer> seenSoFar = new ArrayList<>();
    int seen = 0;
    for (Page<Run> page : timbal.runs().listAll(running).pages()) {
      seen += page.items().size();
      assertEquals(page.hasNextPage(), page.nextCursor().isPresent(), "a cursor exactly where more follow");
      page.nextCursor().ifPresent(cursors::add);
      seenSoFar.add(seen);
    }
    assertEquals(3, cursors.size());

    List<String> tokens = List.of("t2", "t3", "t4");
    for (int i = 0; i < cursors.size(); i++) {
      wm.resetRequests();
      ListRunsRequest resumed = running.toBuilder().cursor(cursors.get(i)).build();

      assertEquals(ALL.subList(seenSoFar.get(i), ALL.size()), ids(timbal.runs().listAll(resumed)));

      List<LoggedRequest> wire = sent();
      assertEquals(cursors.size() - i, wire.size(), "one request per page left, none before");
      // The resumed walk starts with the token the original walk sent next, and keeps the filters.
      assertEquals(tokens.get(i), wire.get(0).queryParameter("page_token").firstValue());
      for (LoggedRequest r : wire) {
        assertQueryNames(r, "status", "page_token");
        assertEquals("running", r.queryParameter("status").firstValue());
      }
    }
  }

  @Test
  void aCursorSavedAfterAPageResumesTheWalkInANewClientAsAJobWouldAfterACrash() {
    String checkpoint = null;
    List<String> written = new ArrayList<>();
    for (Page<Run> page : timbal.runs().listAll(running).pages()) {
      page.items().forEach(r -> written.add(r.id()));
      checkpoint = page.nextCursor().orElse(null);
      if (written.size() == 5) {
        break; // the job dies after its second page
      }
    }
    wm.resetRequests();

    TimbalClient restarted = client(wm, new RecordingSleeper());
    restarted.runs().listAll(running.toBuilder().cursor(checkpoint).build()).forEach(r -> written.add(r.id()));

    assertEquals(ALL, written, "every run exactly once");
    assertEquals(List.of("t3", "t4"), sent().stream().map(r -> r.queryParameter("page_token").firstValue())
        .collect(Collectors.toList()));
  }

  @Test
  void listFromACursorIsThePageAfterItAndWalksOnFromThere() {
    String cursor = timbal.runs().list(running).nextCursor().orElseThrow();
    wm.resetRequests();

    ListRunsRequest resumed = running.toBuilder().cursor(cursor).build();
    // A log line shows the cursor's start, not kilobytes of it.
    assertTrue(resumed.toString().endsWith(", cursor=" + cursor.substring(0, 16) + "…}"), resumed.toString());
    Page<Run> second = timbal.runs().list(resumed);
    Page<Run> third = second.nextPage();

    assertEquals(List.of("r4", "r5"), ids(second.items()));
    assertEquals(List.of("r6"), ids(third.items()));
    assertEquals(List.of("t2", "t3"), sent().stream().map(r -> r.queryParameter("page_token").firstValue())
        .collect(Collectors.toList()));
    Page<Run> last = third.nextPage();
    assertFalse(last.hasNextPage());
    assertTrue(last.nextCursor().isEmpty(), "no cursor on the last page");
  }

  @Test
  void anAsyncListingResumesFromACursorToo() throws Exception {
    String cursor = timbal.runs().list(running).nextCursor().orElseThrow();
    List<String> ids = new CopyOnWriteArrayList<>();

    timbal.async().runs().listAll(running.toBuilder().cursor(cursor).build()).forEach(r -> ids.add(r.id()))
        .get(10, TimeUnit.SECONDS);

    assertEquals(ALL.subList(3, ALL.size()), ids);
    Page<Run> page = timbal.async().runs().list(running.toBuilder().cursor(cursor).build()).get(10, TimeUnit.SECONDS);
    assertEquals(List.of("r4", "r5"), ids(page.items()));
  }

  @Test
  void eachPageCarriesTheResponseItWasReadFrom() {
    List<String> requestIds = new ArrayList<>();
    for (Page<Run> page : timbal.runs().listAll(running).pages()) {
      assertEquals(200, page.response().statusCode());
      page.response().requestId().ifPresent(requestIds::add);
      // Header names compare case-insensitively, and a repeated header keeps all its values.
      assertEquals(page.response().header("x-request-id"), page.response().header("X-REQUEST-ID"));
      assertEquals(List.of("org", "project"), page.response().headerValues("x-ratelimit-scope"));
    }
    assertEquals(List.of("req-1", "req-2", "req-3", "req-4"), requestIds);
  }

  @Test
  void aMalformedCursorIsRefusedByTheBuilder() {
    String notBase64 = "not a cursor!";
    String notJson = Base64.getUrlEncoder().withoutPadding().encodeToString("runs after r3".getBytes());
    String newer = Base64.getUrlEncoder().withoutPadding().encodeToString(
        "{\"v\":9,\"k\":\"timbal.runs\",\"l\":\"x\",\"s\":{}}".getBytes());

    for (String bad : List.of(notBase64, notJson, "")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> ListRunsRequest.builder().cursor(bad).build());
      assertTrue(e.getMessage().startsWith("cursor "), e.getMessage());
    }
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ListRunsRequest.builder().cursor(newer).build());
    assertEquals("cursor was written by a newer SessionKit (cursor format 9; this version reads up to 1): resume"
        + " with the version that made it, or a newer one", e.getMessage());
    assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void aCursorOfAnotherKindOfListingIsRefusedByTheBuilder() {
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).willReturn(okJson(
        "{\"reactions\": [" + REACTION + "], \"next_page_token\": \"rp2\"}")));
    ListReactionsRequest reactions = ListReactionsRequest.builder().runId("run_01").build();
    String reactionCursor = timbal.runs().reactions().list(reactions).nextCursor().orElseThrow();
    String runCursor = timbal.runs().list(running).nextCursor().orElseThrow();
    wm.resetRequests();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ListRunsRequest.builder().cursor(reactionCursor).build());
    assertEquals("cursor was made by a listing of timbal.reactions, not of timbal.runs: a cursor resumes only the"
        + " kind of listing that made it", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ListReactionsRequest.builder().runId("run_01").cursor(runCursor).build());
    assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void aCursorOfAnotherListingIsRefusedWhenTheCallIsMadeBeforeAnyRequest() {
    String cursor = timbal.runs().list(running).nextCursor().orElseThrow();
    wm.resetRequests();
    ListRunsRequest otherFilter = ListRunsRequest.builder().status("error").cursor(cursor).build();
    ListRunsRequest otherProject = running.toBuilder().projectId("billing-bot").cursor(cursor).build();
    ListRunsRequest sameFiltersOtherOrder = running.toBuilder().sortOrder(SortOrder.ASC).cursor(cursor).build();

    for (ListRunsRequest wrong : List.of(otherFilter, otherProject, sameFiltersOtherOrder)) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> timbal.runs().listAll(wrong));
      assertEquals("cursor was made by another listing of timbal.runs (other filters, or another org, project,"
          + " agent or session): a cursor resumes only the listing that made it", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> timbal.runs().list(wrong));
      assertThrows(IllegalArgumentException.class, () -> timbal.async().runs().list(wrong));
      assertThrows(IllegalArgumentException.class, () -> timbal.async().runs().listAll(wrong));
    }
    assertEquals(0, wm.findAll(anyRequestedFor(anyUrl())).size());
  }

  @Test
  void aServerThatSendsTheResumedTokenBackIsALoopNotAnEndlessWalk() {
    String cursor = timbal.runs().list(running).nextCursor().orElseThrow(); // resumes at t2
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("t2"))
        .willReturn(okJson(runsPage("t2", minimalRun("r4")))));

    var runs = timbal.runs().listAll(running.toBuilder().cursor(cursor).build()).iterator();

    SessionKitException e = assertThrows(SessionKitException.class, runs::hasNext);
    assertTrue(e.getMessage().startsWith("the server sent page token \"t2\" a second time"), e.getMessage());
  }

  @Test
  void reactionsResumeFromEachPagesCursor() {
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).withQueryParam("page_token", absent())
        .willReturn(okJson("{\"reactions\": [" + REACTION + "], \"next_page_token\": \"rp2\"}")));
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).withQueryParam("page_token", equalTo("rp2"))
        .willReturn(okJson("{\"reactions\": [" + REACTION_2 + "], \"next_page_token\": null}")));
    ListReactionsRequest forRun01 = ListReactionsRequest.builder().runId("run_01").build();

    Page<Reaction> first = timbal.runs().reactions().list(forRun01);
    wm.resetRequests();
    List<String> rest = new ArrayList<>();
    timbal.runs().reactions().listAll(forRun01.toBuilder().cursor(first.nextCursor().orElseThrow()).build())
        .forEach(r -> rest.add(r.id()));

    assertEquals(List.of("rx_5522"), rest);
    List<LoggedRequest> wire = wm.findAll(getRequestedFor(urlPathEqualTo(REACTIONS)));
    assertEquals(1, wire.size());
    assertEquals("rp2", wire.get(0).queryParameter("page_token").firstValue());
    // Another run's listing does not take this run's cursor.
    ListReactionsRequest otherRun = ListReactionsRequest.builder().runId("run_02")
        .cursor(first.nextCursor().orElseThrow()).build();
    assertThrows(IllegalArgumentException.class, () -> timbal.runs().reactions().listAll(otherRun));
  }

  /**
   * Cursors saved by this version must resume with later patch versions. The listing's fingerprint hashes the
   * first request as sent, so a change to how a filter goes on the wire (a parameter's name, a time format, a
   * new default parameter) would turn every saved cursor away: these strings, written once by this version,
   * catch it. Change the encoding only with a path that still reads them.
   */
  @Test
  void cursorsSavedByThisVersionStillResumeTheirListing() {
    ListRunsRequest filtered = ListRunsRequest.builder().status("error").userId("usr_7Hq2")
        .from(java.time.Instant.parse("2026-01-01T00:00:00Z")).to(java.time.Instant.parse("2026-03-01T00:00:00Z"))
        .sortBy(RunSortField.COST_USD).sortOrder(SortOrder.DESC).roots(true).build();
    String runs = "eyJ2IjoxLCJrIjoidGltYmFsLnJ1bnMiLCJsIjoia1pwTkMzVFZsdW9lWEF6TyIsInMiOnsidCI6InQ5In19";
    String reactions = "eyJ2IjoxLCJrIjoidGltYmFsLnJlYWN0aW9ucyIsImwiOiJoOTVOQkdvQUpNQXBwNmdDIiwicyI6eyJ0IjoicnA5In19";
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("t9"))
        .willReturn(okJson(runsPage(null, minimalRun("r9")))));
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).withQueryParam("page_token", equalTo("rp9"))
        .willReturn(okJson("{\"reactions\": [" + REACTION_2 + "], \"next_page_token\": null}")));

    assertEquals(List.of("r9"), ids(timbal.runs().listAll(filtered.toBuilder().cursor(runs).build())));
    assertEquals("rx_5522", timbal.runs().reactions().list(ListReactionsRequest.builder().runId("run_01")
        .cursor(reactions).build()).items().get(0).id());
  }
}
