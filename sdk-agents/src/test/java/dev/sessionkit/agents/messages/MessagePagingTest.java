package dev.sessionkit.agents.messages;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static dev.sessionkit.agents.testing.MessageServers.PATH;
import static dev.sessionkit.agents.testing.MessageServers.body;
import static dev.sessionkit.agents.testing.MessageServers.id;
import static dev.sessionkit.agents.testing.MessageServers.stubCurrentServer;
import static dev.sessionkit.agents.testing.MessageServers.stubOlderServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.testing.MessageServers;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Messages paging on both server versions ({@link MessageServers}). */
class MessagePagingTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final int SESSION_SIZE = 1000;

  private final AgentsClient agents = client(wm, new RecordingSleeper());

  private static ListMessagesRequest.Builder request() {
    return ListMessagesRequest.builder().agentId("agt-1").sessionId("sess-1");
  }

  private List<LoggedRequest> requests() {
    return wm.findAll(getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void aCurrentServerIsWalkedBackFromTheLatestMessageByBeforeEachMessageOnceNewestFirstIn20Requests() {
    stubCurrentServer(wm, SESSION_SIZE, 50);

    List<String> ids = agents.sessions().messages().listAll(request().limit(50).build()).stream()
        .map(m -> m.id().orElseThrow()).collect(Collectors.toList());

    List<String> newestFirst = IntStream.range(0, SESSION_SIZE).map(i -> SESSION_SIZE - 1 - i)
        .mapToObj(MessageServers::id).collect(Collectors.toList());
    assertEquals(newestFirst, ids);
    List<LoggedRequest> sent = requests();
    assertEquals(20, sent.size());
    // The first asks for the latest page; each next one for the messages before the oldest in hand.
    assertEquals(List.of("agent_id", "limit"), List.copyOf(sent.get(0).getQueryParams().keySet()).stream().sorted()
        .collect(Collectors.toList()));
    for (int k = 1; k < 20; k++) {
      assertEquals(id(SESSION_SIZE - 50 * k), sent.get(k).queryParameter("before").firstValue());
      assertFalse(sent.get(k).queryParameter("offset").isPresent());
      assertEquals("50", sent.get(k).queryParameter("limit").firstValue());
      assertEquals("agt-1", sent.get(k).queryParameter("agent_id").firstValue());
    }
  }

  @Test
  void anOlderServerIsWalkedForwardByOffsetEachMessageOnceOldestFirstIn20Requests() {
    stubOlderServer(wm, SESSION_SIZE, 50);

    List<String> ids = agents.sessions().messages().listAll(request().limit(50).build()).stream()
        .map(m -> m.id().orElseThrow()).collect(Collectors.toList());

    assertEquals(IntStream.range(0, SESSION_SIZE).mapToObj(MessageServers::id).collect(Collectors.toList()), ids);
    List<LoggedRequest> sent = requests();
    assertEquals(20, sent.size());
    assertFalse(sent.get(0).queryParameter("offset").isPresent());
    assertEquals("50", sent.get(0).queryParameter("limit").firstValue());
    for (int k = 1; k < 20; k++) {
      assertEquals(String.valueOf(50 * k), sent.get(k).queryParameter("offset").firstValue());
      assertEquals("51", sent.get(k).queryParameter("limit").firstValue());
      assertFalse(sent.get(k).queryParameter("before").isPresent());
    }
  }

  @Test
  void pagesSayTheirOrderAndListTellsTheTruthAboutTheNextPage() {
    stubCurrentServer(wm, 120, 50);

    MessagePage latest = agents.sessions().messages().list(request().limit(50).build());
    MessagePage middle = latest.nextPage();
    MessagePage oldest = middle.nextPage();

    assertEquals(MessageOrder.NEWEST_FIRST, latest.order());
    assertTrue(latest.hasNextPage());
    assertEquals(id(119), latest.items().get(0).id().orElseThrow());
    assertEquals(id(70), latest.items().get(49).id().orElseThrow());
    assertTrue(middle.hasNextPage());
    // A short last page: the server says has_more false.
    assertEquals(20, oldest.items().size());
    assertFalse(oldest.hasNextPage());
    assertEquals(id(0), oldest.items().get(19).id().orElseThrow());
  }

  @Test
  void aFullPageWithHasMoreFalseIsTheLastAndAShortOneWithHasMoreTrueIsNot() {
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", absent()).willReturn(okJson(body(10, 60, "false"))));
    assertFalse(agents.sessions().messages().list(request().limit(50).build()).hasNextPage());

    wm.resetAll();
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", absent()).willReturn(okJson(body(10, 13, "true"))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo(id(10)))
        .willReturn(okJson(body(0, 10, "false"))));
    MessagePage first = agents.sessions().messages().list(request().limit(50).build());
    assertTrue(first.hasNextPage());
    assertEquals(10, first.nextPage().items().size());
  }

  @Test
  void aServerThatIgnoresBeforeEndsTheWalkWithAClearErrorInsteadOfRepeatingTheLatestPageForEver() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body(950, 1000, "true"))));

    List<Message> seen = new ArrayList<>();
    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().limit(50).build()).forEach(seen::add));

    assertEquals(50, seen.size());
    assertEquals(2, requests().size());
    assertEquals("the server sent message msg-0999 of session sess-1 again on the next page: it ignores `before`, "
        + "so paging would repeat the same messages for ever; stopping", e.getMessage());
  }

  @Test
  void aServerThatIgnoresOffsetEndsTheWalkWithAClearError() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body(0, 50, null))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().limit(50).build()).stream().count());

    assertEquals(2, requests().size());
    assertTrue(e.getMessage().contains("it ignores `offset`"), e.getMessage());
  }

  @Test
  void aServerThatCyclesThroughPagesIsCaughtByItsRepeatedCursor() {
    // Page A (before absent) -> B (before msg-0950) -> A again (before msg-0900): each page new to the one
    // before it, but the cursor msg-0950 comes back from another depth.
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", absent()).willReturn(okJson(body(950, 1000, "true"))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo(id(950)))
        .willReturn(okJson(body(900, 950, "true"))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo(id(900)))
        .willReturn(okJson(body(950, 1000, "true"))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().limit(50).build()).stream().count());

    assertEquals("the server sent message msg-0950 of session sess-1 again as the cursor of page 3: it ignores "
        + "`before`, so paging would repeat the same messages for ever; stopping", e.getMessage());
  }

  @Test
  void aCursorTheServerNoLongerKnowsEndsTheWalkWithAnErrorInsteadOfDroppingTheOlderMessages() {
    // The server answers an unknown `before` with ([], has_more: false): after a page that said older messages
    // remain, that means the cursor message is gone, not that the session ends there.
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", absent()).willReturn(okJson(body(950, 1000, "true"))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo(id(950)))
        .willReturn(okJson(body(0, 0, "false"))));

    List<Message> seen = new ArrayList<>();
    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().limit(50).build()).forEach(seen::add));

    assertEquals(50, seen.size());
    assertEquals("the server sent no messages before message msg-0950 of session sess-1 on page 2, although the "
        + "page before said older ones remain: it no longer knows that message (deleted during the walk?); list "
        + "again", e.getMessage());
  }

  @Test
  void aCallersCursorWithNothingBeforeItIsAnEmptyLastPage() {
    // On the first page there is no page before to contradict: the oldest message has nothing before it.
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body(0, 0, "false"))));

    MessagePage page = agents.sessions().messages().list(request().before(id(0)).build());

    assertEquals(List.of(), page.items());
    assertFalse(page.hasNextPage());
  }

  @Test
  void anOffsetSentToACurrentServerFailsInsteadOfReturningTheLatestMessages() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body(950, 1000, "true"))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().list(request().offset(100).limit(50).build()));

    assertEquals("offset(100) was set, but this server pages by `before` (it sent has_more: AgentScope "
        + "2.0.4.post1 or newer) and ignores offset; page with before(messageId)", e.getMessage());
    assertEquals("100", requests().get(0).queryParameter("offset").firstValue());
  }

  @Test
  void aCursorSentToAnOlderServerFailsInsteadOfReturningTheFirstMessages() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body(0, 50, null))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().list(request().before(id(70)).limit(50).build()));

    assertEquals("before was set, but this server pages by offset (it sent no has_more: AgentScope before "
        + "2.0.4.post1) and ignores before; page with offset(n)", e.getMessage());
  }

  @Test
  void aServerThatChangesHowItPagesDuringTheWalkEndsIt() {
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", absent()).willReturn(okJson(body(0, 50, null))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("offset", equalTo("50"))
        .willReturn(okJson(body(950, 1000, "true"))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().limit(50).build()).stream().count());

    assertEquals("the server started sending has_more on page 2 of session sess-1's messages: it changed how it "
        + "pages during the walk (upgraded?); list again", e.getMessage());
  }

  @Test
  void anEmptyPageThatClaimsMoreCannotBePagedBefore() {
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body(0, 0, "true"))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().list(request().build()));

    assertEquals("the server sent an empty page of messages with has_more: true after 0 pages; there is no "
        + "message to page before", e.getMessage());
  }

  @Test
  void theAsyncWalkOfACurrentServerIsTheSame() throws Exception {
    stubCurrentServer(wm, 130, 50);
    List<String> ids = java.util.Collections.synchronizedList(new ArrayList<>());

    agents.async().sessions().messages().listAll(request().limit(50).build())
        .forEach(m -> ids.add(m.id().orElseThrow())).get(30, TimeUnit.SECONDS);

    assertEquals(IntStream.range(0, 130).map(i -> 129 - i).mapToObj(MessageServers::id)
        .collect(Collectors.toList()), ids);
    assertEquals(3, requests().size());
  }
}
