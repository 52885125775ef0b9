package dev.sessionkit.agents.messages;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsWireMock.assertQueryNames;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static dev.sessionkit.agents.testing.MessageServers.PATH;
import static dev.sessionkit.agents.testing.MessageServers.body;
import static dev.sessionkit.agents.testing.MessageServers.id;
import static dev.sessionkit.agents.testing.MessageServers.stubCurrentServer;
import static dev.sessionkit.agents.testing.MessageServers.stubOlderServer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.testing.MessageServers;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Message cursors ({@link MessagePage#nextCursor()}, {@link ListMessagesRequest#cursor()}) and each page's
 * response, on both server versions ({@link MessageServers}).
 */
class MessageCursorTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** 230 messages, 50 a page: 5 pages, the last one short. */
  private static final int SIZE = 230;
  private static final int LIMIT = 50;
  private static final int PAGES = 5;

  private final AgentsClient agents = client(wm, new RecordingSleeper());

  /** The two server versions, their stubs and what a resumed walk sends. */
  enum Server {
    /** AgentScope 2.0.4.post1 and newer: newest first, by {@code before}. */
    CURRENT {
      @Override
      void stub() {
        stubCurrentServer(wm, SIZE, LIMIT);
      }

      @Override
      List<String> walkOrder() {
        return ids(IntStream.range(0, SIZE).map(i -> SIZE - 1 - i));
      }

      @Override
      void assertRequestForPage(LoggedRequest sent, int page) {
        assertQueryNames(sent, "agent_id", "before", "limit");
        assertEquals(id(SIZE - LIMIT * page), sent.queryParameter("before").firstValue(), "before of page " + page);
        assertEquals(String.valueOf(LIMIT), sent.queryParameter("limit").firstValue());
      }
    },
    /** Servers before 2.0.4.post1: oldest first, by {@code offset}, each next page asked with a lookahead. */
    OLDER {
      @Override
      void stub() {
        stubOlderServer(wm, SIZE, LIMIT);
      }

      @Override
      List<String> walkOrder() {
        return ids(IntStream.range(0, SIZE));
      }

      @Override
      void assertRequestForPage(LoggedRequest sent, int page) {
        assertQueryNames(sent, "agent_id", "offset", "limit");
        assertEquals(String.valueOf(LIMIT * page), sent.queryParameter("offset").firstValue(), "offset of page " + page);
        assertEquals(String.valueOf(LIMIT + 1), sent.queryParameter("limit").firstValue(), "the lookahead");
      }
    };

    abstract void stub();

    /** Every message id in the order of a whole walk. */
    abstract List<String> walkOrder();

    /** Asserts the request of page {@code page} (0 the first) of a walk, as any page after the first sends it. */
    abstract void assertRequestForPage(LoggedRequest sent, int page);
  }

  /** One page as a walk saw it. */
  private record Seen(List<String> ids, Optional<String> cursor, String requestId, MessageOrder order) {}

  private static ListMessagesRequest.Builder request() {
    return ListMessagesRequest.builder().agentId("agt-1").sessionId("sess-1").limit(LIMIT);
  }

  private static List<String> ids(IntStream indexes) {
    return indexes.mapToObj(MessageServers::id).collect(Collectors.toList());
  }

  private static List<String> ids(List<Message> messages) {
    return messages.stream().map(m -> m.id().orElseThrow()).collect(Collectors.toList());
  }

  private List<Seen> walk(AgentsClient client, ListMessagesRequest request) {
    List<Seen> seen = new ArrayList<>();
    for (Page<Message> page : client.sessions().messages().listAll(request).pages()) {
      MessagePage p = (MessagePage) page;
      seen.add(new Seen(ids(p.items()), p.nextCursor(), p.response().requestId().orElseThrow(), p.order()));
    }
    return seen;
  }

  private static List<LoggedRequest> requests() {
    return wm.findAll(getRequestedFor(urlPathEqualTo(PATH)));
  }

  private static void assertNoRequest() {
    assertEquals(List.of(), wm.findAll(anyRequestedFor(anyUrl())), "requests sent");
  }

  /** The cursor of page {@code page} (0 the first) of a whole walk of the server. */
  private String cursorOfPage(Server server, int page) {
    server.stub();
    String cursor = walk(agents, request().build()).get(page).cursor().orElseThrow();
    wm.resetAll();
    return cursor;
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void listAllFromEveryPagesCursorYieldsExactlyTheRestInOrderWithTheRequestsTheWalkWouldHaveMade(Server server) {
    server.stub();
    List<Seen> pages = walk(agents, request().build());

    assertEquals(PAGES, pages.size());
    List<String> all = pages.stream().flatMap(p -> p.ids().stream()).collect(Collectors.toList());
    assertEquals(server.walkOrder(), all);
    assertEquals(Optional.empty(), pages.get(PAGES - 1).cursor(), "the last page has no cursor");
    for (int k = 0; k < PAGES - 1; k++) {
      String cursor = pages.get(k).cursor().orElseThrow(() -> new AssertionError("a page with a next has a cursor"));
      assertTrue(cursor.matches("[A-Za-z0-9_-]+"), "URL-safe: " + cursor);

      wm.resetRequests();
      List<String> rest = agents.sessions().messages().listAll(request().cursor(cursor).build()).stream()
          .map(m -> m.id().orElseThrow()).collect(Collectors.toList());

      assertEquals(all.subList(LIMIT * (k + 1), SIZE), rest, "resumed after page " + k);
      List<LoggedRequest> sent = requests();
      assertEquals(PAGES - 1 - k, sent.size(), "one request a remaining page, none past the end");
      for (int j = 0; j < sent.size(); j++) {
        assertEquals("agt-1", sent.get(j).queryParameter("agent_id").firstValue());
        server.assertRequestForPage(sent.get(j), k + 1 + j);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void theAsyncListingResumesFromACursorWithTheSameRequests(Server server) throws Exception {
    String cursor = cursorOfPage(server, 1);
    server.stub();
    List<String> rest = new java.util.concurrent.CopyOnWriteArrayList<>();

    agents.async().sessions().messages().listAll(request().cursor(cursor).build()).forEach(m -> rest.add(m.id().orElseThrow()))
        .get(30, java.util.concurrent.TimeUnit.SECONDS);

    assertEquals(server.walkOrder().subList(2 * LIMIT, SIZE), rest);
    List<LoggedRequest> sent = requests();
    assertEquals(PAGES - 2, sent.size());
    for (int j = 0; j < sent.size(); j++) {
      server.assertRequestForPage(sent.get(j), 2 + j);
    }
    MessagePage page = agents.async().sessions().messages().list(request().cursor(cursor).build())
        .get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertEquals(server.walkOrder().subList(2 * LIMIT, 3 * LIMIT), ids(page.items()));
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void aCheckpointSavedWhileIteratingPagesResumesInAFreshClientWithEveryMessageExactlyOnce(Server server) {
    server.stub();
    List<String> handled = new ArrayList<>();
    String checkpoint = null;
    for (Page<Message> page : agents.sessions().messages().listAll(request().build()).pages()) {
      handled.addAll(ids(page.items()));
      checkpoint = page.nextCursor().orElseThrow();
      if (handled.size() == 2 * LIMIT) {
        break; // the job dies here, after saving its checkpoint
      }
    }
    wm.resetRequests();

    AgentsClient restarted = client(wm, new RecordingSleeper());
    for (Message m : restarted.sessions().messages().listAll(request().cursor(checkpoint).build())) {
      handled.add(m.id().orElseThrow());
    }

    assertEquals(server.walkOrder(), handled);
    assertEquals(SIZE, new HashSet<>(handled).size());
    List<LoggedRequest> sent = requests();
    assertEquals(PAGES - 2, sent.size());
    server.assertRequestForPage(sent.get(0), 2);
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void listFromACursorAndItsNextPagesAreThePagesTheWalkHad(Server server) {
    server.stub();
    List<Seen> pages = walk(agents, request().build());

    for (int k = 0; k < PAGES - 1; k++) {
      wm.resetRequests();
      MessagePage page = agents.sessions().messages().list(request().cursor(pages.get(k).cursor().get()).build());
      for (int j = k + 1; j < PAGES; j++) {
        Seen expected = pages.get(j);
        assertEquals(expected.ids(), ids(page.items()), "page " + j + " resumed after page " + k);
        assertEquals(expected.cursor(), page.nextCursor(), "page " + j + "'s cursor");
        assertEquals(expected.cursor().isPresent(), page.hasNextPage());
        assertEquals(expected.order(), page.order());
        assertEquals(expected.requestId(), page.response().requestId().orElseThrow());
        if (page.hasNextPage()) {
          page = page.nextPage();
        }
      }
      assertEquals(PAGES - 1 - k, requests().size());
    }
  }

  @ParameterizedTest
  @EnumSource(Server.class)
  void eachPageOfAWalkCarriesItsOwnResponse(Server server) {
    server.stub();

    List<Seen> pages = walk(agents, request().build());

    List<String> expected = server == Server.CURRENT
        ? List.of("before-none", "before-msg-0180", "before-msg-0130", "before-msg-0080", "before-msg-0030")
        : List.of("offset-0", "offset-50", "offset-100", "offset-150", "offset-200");
    assertEquals(expected, pages.stream().map(Seen::requestId).collect(Collectors.toList()));
    MessagePage first = agents.sessions().messages().list(request().build());
    assertEquals(200, first.response().statusCode());
    assertEquals(Optional.of("application/json"), first.response().header("CONTENT-TYPE"));
    assertEquals(expected.get(1), first.nextPage().response().requestId().orElseThrow());
  }

  @Test
  void aCursorSavedFromThisVersionStaysReadable() {
    // A message cursor of format 1 for agt-1/sess-1 at "before msg-0180", as this version wrote it: later
    // versions must go on reading it.
    String saved = "eyJ2IjoxLCJrIjoiYWdlbnRzY29wZS5tZXNzYWdlcyIsImwiOiJ0clJLQXJHSDFXem5GS0M0IiwicyI6eyJiIjoibXNn"
        + "LTAxODAifX0";
    stubCurrentServer(wm, SIZE, LIMIT);

    MessagePage page = agents.sessions().messages().list(request().cursor(saved).build());

    assertEquals(ids(IntStream.range(130, 180).map(i -> 309 - i)), ids(page.items()));
    assertEquals(id(180), requests().get(0).queryParameter("before").firstValue());
  }

  // Refused cursors: an IllegalArgumentException naming `cursor`, before any request.

  @Test
  void aMalformedCursorIsRefusedByTheBuilder() {
    for (String bad : List.of("", " ", "not a cursor", "e30", "AAAA", "eyJ2IjoxfQ", "eyJ2Ijo5LCJrIjoiYWdlbnRzY29wZS"
        + "5tZXNzYWdlcyIsImwiOiJ4IiwicyI6e319")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> request().cursor(bad).build(), "\"" + bad + "\"");
      assertTrue(e.getMessage().startsWith("cursor "), e.getMessage());
    }
    assertNoRequest();
  }

  @Test
  void aCursorOfAnotherKindIsRefusedByTheBuilder() {
    String timbal = new CursorCodec("timbal.runs", ApiRequest.get("runs").build(), Set.of("page_token"))
        .encode(JsonNodeFactory.instance.objectNode().put("t", "tok-2"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> request().cursor(timbal).build());

    assertEquals("cursor was made by a listing of timbal.runs, not of agentscope.messages: a cursor resumes only "
        + "the kind of listing that made it", e.getMessage());
    assertNoRequest();
  }

  @Test
  void aCursorOfAnotherSessionOrAgentIsRefusedWhenTheCallIsMadeNotWhenItIsIterated() {
    String cursor = cursorOfPage(Server.CURRENT, 1);

    for (ListMessagesRequest other : List.of(request().sessionId("sess-2").cursor(cursor).build(),
        request().agentId("agt-2").cursor(cursor).build())) {
      IllegalArgumentException list = assertThrows(IllegalArgumentException.class,
          () -> agents.sessions().messages().list(other));
      assertTrue(list.getMessage().startsWith("cursor was made by another listing of agentscope.messages"),
          list.getMessage());
      // listAll fetches lazily, yet refuses the cursor when called.
      assertThrows(IllegalArgumentException.class, () -> agents.sessions().messages().listAll(other));
      assertThrows(IllegalArgumentException.class, () -> agents.async().sessions().messages().listAll(other));
      // The async list too throws on the calling thread, as every async call does with a bad argument.
      assertThrows(IllegalArgumentException.class, () -> agents.async().sessions().messages().list(other));
    }
    assertNoRequest();
  }

  @Test
  void aCursorOfThisListingWithoutAPlaceToStartIsRefused() {
    CursorCodec codec = new CursorCodec("agentscope.messages", ApiRequest.get("sessions", "sess-1", "messages")
        .query("agent_id", "agt-1").build(), Set.of("before", "offset", "limit"));
    Function<Function<ObjectNode, ObjectNode>, String> cursor =
        state -> codec.encode(state.apply(JsonNodeFactory.instance.objectNode()));

    for (String bad : List.of(cursor.apply(s -> s), cursor.apply(s -> s.put("o", 0)), cursor.apply(s -> s.put("o", -50)),
        cursor.apply(s -> s.put("o", "50")), cursor.apply(s -> s.put("b", "")), cursor.apply(s -> s.put("b", 7)),
        cursor.apply(s -> s.put("b", "msg-0180").put("o", 50)))) {
      ListMessagesRequest r = request().cursor(bad).build();
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> agents.sessions().messages().listAll(r));
      assertEquals("cursor is not a cursor SessionKit made (it holds neither a message to page before nor an "
          + "offset); pass on exactly the string a page's nextCursor() gave", e.getMessage());
    }
    // The same codec with a place is this listing's: the fingerprint in the test is the service's.
    stubCurrentServer(wm, SIZE, LIMIT);
    assertEquals(id(179), agents.sessions().messages().list(request().cursor(cursor.apply(s -> s.put("b", "msg-0180")))
        .build()).items().get(0).id().orElseThrow());
  }

  @Test
  void aCursorGoesWithNeitherBeforeNorOffset() {
    String cursor = cursorOfPage(Server.CURRENT, 0);

    IllegalStateException before = assertThrows(IllegalStateException.class,
        () -> request().cursor(cursor).before(id(10)).build());
    IllegalStateException offset = assertThrows(IllegalStateException.class,
        () -> request().cursor(cursor).offset(50).build());

    assertEquals("ListMessagesRequest: cursor says where to start, and so do before: set one of them (a cursor "
        + "resumes a listing where one of its pages ended)", before.getMessage());
    assertEquals("ListMessagesRequest: cursor says where to start, and so do offset: set one of them (a cursor "
        + "resumes a listing where one of its pages ended)", offset.getMessage());
    // offset(0) is the default: no place of its own.
    assertEquals(Optional.of(cursor), request().cursor(cursor).offset(0).build().cursor());
    // Clearing what contradicts the cursor, or the cursor itself, makes the request whole again.
    assertEquals(Optional.of(cursor), request().cursor(cursor).before(id(10)).before((String) null).build().cursor());
    assertEquals(Optional.of(id(10)), request().cursor(cursor).before(id(10)).cursor((String) null).build().before());
    assertNoRequest();
  }

  @Test
  void nullClearsACursorSoALoopCanPassTheLastPagesCursorAsItComes() {
    String cursor = cursorOfPage(Server.CURRENT, 0);
    ListMessagesRequest resumed = request().cursor(cursor).build();
    String none = null;

    ListMessagesRequest fromTheStart = resumed.toBuilder().cursor(none).build();

    assertEquals(Optional.empty(), fromTheStart.cursor());
    assertEquals(request().build(), fromTheStart);
    assertEquals(Optional.empty(), request().before(id(10)).before(none).build().before());
    assertNoRequest();
  }

  // The walk's checks hold for a resumed walk.

  @Test
  void aBeforeCursorAnsweredByAnOlderServerFailsAfterTheFirstResponse() {
    String cursor = cursorOfPage(Server.CURRENT, 0);
    stubOlderServer(wm, SIZE, LIMIT);

    SessionKitException list = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().list(request().cursor(cursor).build()));
    SessionKitException listAll = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().cursor(cursor).build()).forEach(m -> { }));

    assertEquals("cursor was made by a `before` walk (AgentScope 2.0.4.post1 or newer), but this server pages by "
        + "offset (it sent no has_more: a server before 2.0.4.post1) and ignores before: the server changed "
        + "version since; list again without the cursor", list.getMessage());
    assertEquals(list.getMessage(), listAll.getMessage());
    assertEquals(2, requests().size());
    assertEquals(id(180), requests().get(0).queryParameter("before").firstValue());
  }

  @Test
  void anOffsetCursorAnsweredByACurrentServerFailsAfterTheFirstResponse() {
    String cursor = cursorOfPage(Server.OLDER, 0);
    // A current server ignores offset and answers the latest page, whatever the limit.
    wm.stubFor(get(urlPathEqualTo(PATH)).willReturn(okJson(body(179, 230, "true"))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().cursor(cursor).build()).forEach(m -> { }));

    assertEquals("cursor was made by an offset walk (a server before AgentScope 2.0.4.post1), but this server "
        + "pages by `before` (it sent has_more: 2.0.4.post1 or newer) and ignores offset: the server was upgraded "
        + "since; list again without the cursor", e.getMessage());
    LoggedRequest only = requests().get(0);
    assertEquals(1, requests().size());
    assertEquals("50", only.queryParameter("offset").firstValue());
    assertEquals("51", only.queryParameter("limit").firstValue());
  }

  @Test
  void aResumedOffsetWalkAsksForTheLookaheadOnlyBelowTheLargestPage() {
    stubOlderServer(wm, 450, ListMessagesRequest.MAX_LIMIT);
    ListMessagesRequest largest = request().limit(ListMessagesRequest.MAX_LIMIT).build();
    String cursor = agents.sessions().messages().list(largest).nextCursor().orElseThrow();
    wm.resetRequests();

    List<String> rest = ids(agents.sessions().messages().listAll(largest.toBuilder().cursor(cursor).build()).stream()
        .collect(Collectors.toList()));

    assertEquals(ids(IntStream.range(200, 450)), rest);
    assertEquals(List.of("200", "400"), requests().stream().map(r -> r.queryParameter("offset").firstValue())
        .collect(Collectors.toList()));
    assertEquals(List.of("200", "200"), requests().stream().map(r -> r.queryParameter("limit").firstValue())
        .collect(Collectors.toList()));
  }

  @Test
  void aResumedWalkWhoseCursorMessageIsGoneFailsInsteadOfEndingEarly() {
    String cursor = cursorOfPage(Server.CURRENT, 0);
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo(id(180)))
        .willReturn(okJson(body(0, 0, "false"))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().cursor(cursor).build()).forEach(m -> { }));

    assertTrue(e.getMessage().startsWith("the server sent no messages before message msg-0180 of session sess-1"),
        e.getMessage());
  }

  @Test
  void aResumedWalkThatGetsTheCursorMessageAgainFails() {
    String cursor = cursorOfPage(Server.CURRENT, 0);
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo(id(180)))
        .willReturn(okJson(body(180, 230, "true"))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().list(request().cursor(cursor).build()));

    assertEquals("the server sent message msg-0180 of session sess-1 again on the next page: it ignores `before`, "
        + "so paging would repeat the same messages for ever; stopping", e.getMessage());
  }

  @Test
  void aResumedWalkThatComesBackToItsCursorFails() {
    String cursor = cursorOfPage(Server.CURRENT, 0);
    // Before msg-0180 the page 130..179 (cursor msg-0130), then before msg-0130 a page whose oldest is
    // msg-0180 again: no message repeats the page before, but the cursor the walk started from comes back.
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo(id(180)))
        .willReturn(okJson(body(130, 180, "true"))));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo(id(130)))
        .willReturn(okJson(body(180, 230, "true"))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> agents.sessions().messages().listAll(request().cursor(cursor).build()).forEach(m -> { }));

    assertEquals("the server sent message msg-0180 of session sess-1 again as the cursor of page 2: it ignores "
        + "`before`, so paging would repeat the same messages for ever; stopping", e.getMessage());
  }
}
