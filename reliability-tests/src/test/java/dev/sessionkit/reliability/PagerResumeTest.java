package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An auto-pager whose walk stops on a page that fails for good (a 503 that outlasts the retries) resumes
 * from the last page it handed out: {@code nextPage()} on it again fetches the failed page, and the walk goes
 * on without losing or repeating an item. One test per paging style: Timbal runs (cursor), Syntropic
 * sessions (keyset on {@code started_at}), AgentScope messages ({@code before} on current servers, offset on
 * older ones).
 */
@ExtendWith(SecretsNeverLogged.class)
class PagerResumeTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String RUNS = Endpoints.TIMBAL_PROJECT + "/runs";
  private static final String SYN_SESSIONS = Endpoints.SYN_PREFIX + "/sessions";
  private static final String MESSAGES = "/agents/sessions/" + Endpoints.SESSION_ID + "/messages";

  /** What a walk saw before it failed: the items and the last page handed out. */
  private static final class Walk<T> {
    final List<T> items = new ArrayList<>();
    Page<T> last;
    RuntimeException failure;
  }

  /** Walks {@code pager} page by page until it ends or a page fails. */
  private static <T> Walk<T> walk(AutoPager<T> pager) {
    Walk<T> walk = new Walk<>();
    Iterator<Page<T>> pages = pager.pages().iterator();
    try {
      while (pages.hasNext()) {
        walk.last = pages.next();
        walk.items.addAll(walk.last.items());
      }
    } catch (RuntimeException e) {
      walk.failure = e;
    }
    return walk;
  }

  /** Goes on from {@code page}, which was handed out already, to the end. */
  private static <T> List<T> resume(Page<T> page) {
    List<T> items = new ArrayList<>();
    Page<T> current = page;
    while (current.hasNextPage()) {
      current = current.nextPage();
      items.addAll(current.items());
    }
    return items;
  }

  private static <T> List<String> ids(List<T> items, Function<T, String> id) {
    return items.stream().map(id).collect(Collectors.toList());
  }

  private static String run(String id) {
    return "{\"id\": \"" + id + "\", \"idempotency_key\": \"key-" + id + "\", \"status\": \"success\","
        + " \"created_at\": \"2026-04-30T16:20:11Z\", \"cost_usd\": 0.0125, \"cost_credits\": 12.5,"
        + " \"user\": {\"id\": \"usr_42\"}, \"workforce\": {\"id\": \"wf_support\", \"name\": \"Support agent\"}}";
  }

  private static String runsPage(String next, String... ids) {
    return "{\"runs\": [" + Stream.of(ids).map(PagerResumeTest::run).collect(Collectors.joining(", "))
        + "], \"next_page_token\": " + (next == null ? "null" : "\"" + next + "\"") + "}";
  }

  private static MappingBuilder runsWithToken(String token) {
    return get(urlPathEqualTo(RUNS)).withQueryParam("page_token", token == null ? absent() : equalTo(token));
  }

  private static final String OUTAGE = "{\"code\": \"unavailable\", \"message\": \"maintenance\"}";

  @Test
  void aTimbalRunListingResumesFromItsLastPageAfterAPageFailedForGood() {
    wm.stubFor(runsWithToken(null).willReturn(okJson(runsPage("tok-2", "r1", "r2"))));
    wm.stubFor(runsWithToken("tok-2").willReturn(aResponse().withStatus(503).withBody(OUTAGE)));
    wm.stubFor(runsWithToken("tok-3").willReturn(okJson(runsPage(null, "r5"))));
    Clients clients = Clients.at(wm.baseUrl());

    Walk<Run> walk = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD,
        () -> walk(clients.timbal.runs().listAll(ListRunsRequest.builder().status("success").build())));

    assertEquals(List.of("r1", "r2"), ids(walk.items, Run::id));
    assertEquals(InternalServerException.class, walk.failure.getClass());
    wm.verify(3, getRequestedFor(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("tok-2")));

    wm.stubFor(runsWithToken("tok-2").willReturn(okJson(runsPage("tok-3", "r3", "r4"))));
    List<Run> rest = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD, () -> resume(walk.last));

    assertEquals(List.of("r3", "r4", "r5"), ids(rest, Run::id));
    wm.verify(1, getRequestedFor(urlPathEqualTo(RUNS)).withQueryParam("page_token", absent()));
    wm.verify(1, getRequestedFor(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("tok-3"))
        .withQueryParam("status", equalTo("success")));
  }

  @Test
  void aTimbalPageCanBeFetchedAgainFromTheSamePageObject() {
    // Page's contract: nextPage() may be called from any thread, and each call fetches anew. A caller that
    // lost what the first call returned (its processing failed) asks again.
    wm.stubFor(runsWithToken(null).willReturn(okJson(runsPage("tok-2", "r1", "r2"))));
    wm.stubFor(runsWithToken("tok-2").willReturn(okJson(runsPage("tok-3", "r3", "r4"))));
    wm.stubFor(runsWithToken("tok-3").willReturn(okJson(runsPage(null, "r5"))));
    Clients clients = Clients.at(wm.baseUrl());
    Page<Run> first = clients.timbal.runs().list(ListRunsRequest.builder().build());

    List<Run> once = resume(first);
    List<Run> again = resume(first);

    assertEquals(List.of("r3", "r4", "r5"), ids(once, Run::id));
    assertEquals(List.of("r3", "r4", "r5"), ids(again, Run::id));
  }

  private static String synSession(String id, String startedAt) {
    return "{\"id\": \"" + id + "\", \"workflow_id\": \"wf-release\", \"status\": \"completed\", \"total_cost_usd\":"
        + " \"0.120000\", \"started_at\": \"" + startedAt + "\", \"completed_at\": null}";
  }

  private static String synPage(String... sessions) {
    return "{\"sessions\": [" + String.join(", ", sessions) + "], \"total\": " + sessions.length + "}";
  }

  private static MappingBuilder synBefore(String bound, int limit) {
    return get(urlPathEqualTo(SYN_SESSIONS)).withQueryParam("limit", equalTo(String.valueOf(limit)))
        .withQueryParam("workflow_id", equalTo("wf-release"))
        .withQueryParam("started_before", bound == null ? absent() : equalTo(bound));
  }

  @Test
  void aSyntropicKeysetListingResumesFromItsLastPageWithTiesAtTheBoundNeitherLostNorRepeated() {
    String s1 = synSession("s1", "2026-05-01 12:00:05+00:00");
    String s2 = synSession("s2", "2026-05-01 12:00:04.5+00:00");
    String s3 = synSession("s3", "2026-05-01 12:00:04.5+00:00");
    String s4 = synSession("s4", "2026-05-01 12:00:03+00:00");
    String s5 = synSession("s5", "2026-05-01 12:00:01+00:00");
    String bound = "2026-05-01T12:00:04.500Z";
    // What a real server answers: newest first, at most `limit`, at or before the inclusive bound.
    wm.stubFor(synBefore(null, 2).willReturn(okJson(synPage(s1, s2))));
    wm.stubFor(synBefore(bound, 2).willReturn(aResponse().withStatus(503).withBody(OUTAGE)));
    wm.stubFor(synBefore(bound, 200).willReturn(okJson(synPage(s2, s3, s4, s5))));
    Clients clients = Clients.at(wm.baseUrl());
    ListSessionsRequest request = ListSessionsRequest.builder().workflowId("wf-release").limit(2).build();

    Walk<Session> walk = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD,
        () -> walk(clients.syntropic.sessions().listAll(request)));

    assertEquals(List.of("s1", "s2"), ids(walk.items, Session::id));
    assertEquals(InternalServerException.class, walk.failure.getClass());

    // Back up: the page at s2's time brings s2 again (the bound is inclusive) beside s3, which shares it;
    // then a page of only seen items at that time is widened once to the largest page, which reaches on.
    wm.stubFor(synBefore(bound, 2).willReturn(okJson(synPage(s2, s3))));
    List<Session> rest = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD, () -> resume(walk.last));

    assertEquals(List.of("s3", "s4", "s5"), ids(rest, Session::id));
  }

  @Test
  void aKeysetListingEndsWithoutRepeatsWhenTheServerIgnoresTheBound() {
    // A server (or a proxy that drops the query) that ignores started_before sends the first page again and
    // again: the walk must neither repeat sessions nor go on for ever.
    String s1 = synSession("s1", "2026-05-01 12:00:05+00:00");
    String s2 = synSession("s2", "2026-05-01 12:00:04+00:00");
    wm.stubFor(get(urlPathEqualTo(SYN_SESSIONS)).willReturn(okJson(synPage(s1, s2))));
    Clients clients = Clients.at(wm.baseUrl());
    ListSessionsRequest request = ListSessionsRequest.builder().limit(2).build();

    Walk<Session> walk = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD,
        () -> walk(clients.syntropic.sessions().listAll(request)));

    assertEquals(List.of("s1", "s2"), ids(walk.items, Session::id));
    assertEquals(null, walk.failure);
  }

  private static String msg(String id) {
    return "{\"id\": \"" + id + "\", \"name\": \"alice\", \"role\": \"user\", \"content\": [{\"type\": \"text\","
        + " \"text\": \"message " + id + "\"}], \"metadata\": {}, \"created_at\": \"2026-05-01T09:00:05\"}";
  }

  /** A page as both server versions send it, oldest first; {@code hasMore} null for a server before 2.0.4.post1. */
  private static String msgPage(Boolean hasMore, String... ids) {
    return "{\"messages\": [" + Stream.of(ids).map(PagerResumeTest::msg).collect(Collectors.joining(", "))
        + "], \"is_running\": false" + (hasMore == null ? "" : ", \"has_more\": " + hasMore) + "}";
  }

  /** A current server's page: the latest (no cursor), or the one before a message. */
  private static MappingBuilder messagesBefore(String before) {
    return get(urlPathEqualTo(MESSAGES))
        .withQueryParam("before", before == null ? absent() : equalTo(before))
        .withQueryParam("limit", equalTo("2")).withQueryParam("agent_id", equalTo(Endpoints.AGENT_ID));
  }

  /** An older server's page: from an offset (the first has none), asked for with the given limit. */
  private static MappingBuilder messagesAt(int offset, int limit) {
    return get(urlPathEqualTo(MESSAGES))
        .withQueryParam("offset", offset == 0 ? absent() : equalTo(String.valueOf(offset)))
        .withQueryParam("limit", equalTo(String.valueOf(limit))).withQueryParam("agent_id", equalTo(Endpoints.AGENT_ID));
  }

  private static ListMessagesRequest twoAPage() {
    return ListMessagesRequest.builder().agentId(Endpoints.AGENT_ID).sessionId(Endpoints.SESSION_ID).limit(2).build();
  }

  @Test
  void anAgentScopeMessageListingResumesFromItsLastPageAfterAPageFailedForGood() {
    wm.stubFor(messagesBefore(null).willReturn(okJson(msgPage(true, "m4", "m5"))));
    wm.stubFor(messagesBefore("m4").willReturn(aResponse().withStatus(503).withBody("{\"detail\": \"restarting\"}")));
    wm.stubFor(messagesBefore("m2").willReturn(okJson(msgPage(false, "m1"))));
    Clients clients = Clients.at(wm.baseUrl());

    Walk<Message> walk = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD,
        () -> walk(clients.agents.sessions().messages().listAll(twoAPage())));

    assertEquals(List.of("m5", "m4"), ids(walk.items, m -> m.id().orElseThrow()));
    InternalServerException failure = (InternalServerException) walk.failure;
    assertEquals("restarting", failure.detail().message());

    wm.stubFor(messagesBefore("m4").willReturn(okJson(msgPage(true, "m2", "m3"))));
    List<Message> rest = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD, () -> resume(walk.last));

    assertEquals(List.of("m3", "m2", "m1"), ids(rest, m -> m.id().orElseThrow()));
    wm.verify(1, getRequestedFor(urlPathEqualTo(MESSAGES)).withQueryParam("before", equalTo("m2")));
  }

  @Test
  void anOlderServersMessageListingResumesFromItsLastPageAfterAPageFailedForGood() {
    wm.stubFor(messagesAt(0, 2).willReturn(okJson(msgPage(null, "m1", "m2"))));
    wm.stubFor(messagesAt(2, 3).willReturn(aResponse().withStatus(503).withBody("{\"detail\": \"restarting\"}")));
    wm.stubFor(messagesAt(4, 3).willReturn(okJson(msgPage(null, "m5"))));
    Clients clients = Clients.at(wm.baseUrl());

    Walk<Message> walk = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD,
        () -> walk(clients.agents.sessions().messages().listAll(twoAPage())));

    assertEquals(List.of("m1", "m2"), ids(walk.items, m -> m.id().orElseThrow()));
    assertEquals("restarting", ((InternalServerException) walk.failure).detail().message());

    // The page after asks for one message more than the limit: the third says whether more follow.
    wm.stubFor(messagesAt(2, 3).willReturn(okJson(msgPage(null, "m3", "m4", "m5"))));
    List<Message> rest = assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD, () -> resume(walk.last));

    assertEquals(List.of("m3", "m4", "m5"), ids(rest, m -> m.id().orElseThrow()));
    wm.verify(1, getRequestedFor(urlPathEqualTo(MESSAGES)).withQueryParam("offset", equalTo("4")));
  }

  @Test
  void aFailedPageSurfacesFromTheIteratorAsTheTypedException() {
    wm.stubFor(messagesBefore(null).willReturn(okJson(msgPage(true, "m1", "m2"))));
    wm.stubFor(messagesBefore("m1").willReturn(aResponse().withStatus(503)));
    Clients clients = Clients.at(wm.baseUrl());
    Iterator<Message> items = clients.agents.sessions().messages().listAll(twoAPage()).iterator();

    assertEquals("m2", items.next().id().orElseThrow());
    assertEquals("m1", items.next().id().orElseThrow());
    assertThrows(InternalServerException.class, items::hasNext);
  }
}
