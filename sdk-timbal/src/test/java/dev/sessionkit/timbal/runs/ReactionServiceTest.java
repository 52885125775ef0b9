package dev.sessionkit.timbal.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.timbal.testing.TimbalFixtures.REACTION;
import static dev.sessionkit.timbal.testing.TimbalFixtures.REACTION_2;
import static dev.sessionkit.timbal.testing.TimbalWireMock.BEARER;
import static dev.sessionkit.timbal.testing.TimbalWireMock.assertQueryNames;
import static dev.sessionkit.timbal.testing.TimbalWireMock.client;
import static dev.sessionkit.timbal.testing.TimbalWireMock.onlyRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.errors.UnprocessableEntityException;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.TimbalClient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ReactionServiceTest {
  private static final String REACTIONS = "/orgs/acme/projects/support-bot/runs/run_01/reactions";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TimbalClient timbal = client(wm, sleeper);
  private final ListReactionsRequest forRun01 = ListReactionsRequest.builder().runId("run_01").build();

  private static String page(String token, String... reactions) {
    return "{\"reactions\": [" + String.join(",", reactions) + "], \"next_page_token\": "
        + (token == null ? "null" : "\"" + token + "\"") + "}";
  }

  @Test
  void listReadsEveryFieldOfAReaction() {
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).willReturn(okJson(page(null, REACTION, REACTION_2))));

    Page<Reaction> page = timbal.runs().reactions().list(forRun01);

    LoggedRequest request = onlyRequest(wm);
    assertEquals(REACTIONS, request.getUrl());
    assertQueryNames(request);
    assertEquals(BEARER, request.getHeader("Authorization"));
    assertFalse(page.hasNextPage());
    Reaction full = page.items().get(0);
    assertEquals("rx_5521", full.id());
    assertEquals("usr_7Hq2", full.user().id());
    assertEquals(Optional.of("maria.lopez@acme.example"), full.user().email());
    assertEquals(Optional.of("María López"), full.user().name());
    assertEquals(Optional.of("https://cdn.timbal.ai/u/usr_7Hq2.png"), full.user().photoUrl());
    assertEquals(Sentiment.NEGATIVE, full.sentiment());
    assertEquals(Instant.parse("2026-03-15T08:02:41.377Z"), full.createdAt());
    assertEquals(Optional.of("Refunded the wrong order"), full.feedback());
    assertTrue(full.additionalProperties().isEmpty());

    // The API does not document the user's shape: a bare id is read as a user with only an id.
    Reaction bare = page.items().get(1);
    assertEquals(RunUser.builder().id("usr_9").build(), bare.user());
    assertEquals(Sentiment.POSITIVE, bare.sentiment());
    assertEquals(Optional.empty(), bare.feedback());
  }

  @Test
  void listAllFollowsTheCursorWithTheCallsOptionsOnEveryPage() {
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).withQueryParam("page_token", absent())
        .willReturn(okJson(page("rp2", REACTION))));
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).withQueryParam("page_token", equalTo("rp2"))
        .willReturn(okJson(page("", REACTION_2))));
    RequestOptions options = RequestOptions.builder().header("X-Audit", "q1").build();

    List<String> ids = timbal.runs().reactions().listAll(forRun01, options).stream().map(Reaction::id)
        .collect(Collectors.toList());

    assertEquals(List.of("rx_5521", "rx_5522"), ids);
    List<LoggedRequest> sent = wm.findAll(getRequestedFor(urlPathEqualTo(REACTIONS)));
    assertEquals(2, sent.size());
    assertQueryNames(sent.get(0));
    assertQueryNames(sent.get(1), "page_token");
    assertEquals("rp2", sent.get(1).queryParameter("page_token").firstValue());
    sent.forEach(r -> assertEquals("q1", r.getHeader("X-Audit")));
  }

  @Test
  void aRepeatedReactionsTokenIsAnError() {
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).withQueryParam("page_token", absent())
        .willReturn(okJson(page("same", REACTION))));
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).withQueryParam("page_token", equalTo("same"))
        .willReturn(okJson(page("same", REACTION_2))));

    SessionKitException e = assertThrows(SessionKitException.class,
        () -> timbal.runs().reactions().listAll(forRun01).stream().count());

    assertTrue(e.getMessage().startsWith("the server sent page token \"same\" a second time"), e.getMessage());
  }

  @Test
  void createPostsTheSentimentAndFeedback() {
    wm.stubFor(post(urlPathEqualTo(REACTIONS)).willReturn(aResponse().withStatus(204)));

    timbal.runs().reactions().create(CreateReactionRequest.builder().runId("run_01")
        .sentiment(Sentiment.NEGATIVE).feedback("Refunded the wrong order").build());

    LoggedRequest request = onlyRequest(wm);
    assertEquals("POST", request.getMethod().getName());
    assertEquals(REACTIONS, request.getUrl());
    assertEquals(BEARER, request.getHeader("Authorization"));
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"), request.getHeader("Content-Type"));
    wm.verify(postRequestedFor(urlPathEqualTo(REACTIONS))
        .withRequestBody(equalToJson("{\"sentiment\": \"negative\", \"feedback\": \"Refunded the wrong order\"}")));
  }

  @Test
  void createWithoutFeedbackSendsNoFeedbackField() {
    wm.stubFor(post(urlPathEqualTo(REACTIONS)).willReturn(aResponse().withStatus(204)));

    timbal.runs().reactions().create(CreateReactionRequest.builder().runId("run_01").sentiment("positive").build());

    assertEquals("{\"sentiment\":\"positive\"}", onlyRequest(wm).getBodyAsString());
  }

  @Test
  void createIsNeverRetried() {
    wm.stubFor(post(urlPathEqualTo(REACTIONS)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "1")
        .withBody("{\"code\": \"unavailable\", \"message\": \"Try again later\"}")));

    InternalServerException e = assertThrows(InternalServerException.class,
        () -> timbal.runs().reactions().create(CreateReactionRequest.builder().runId("run_01")
            .sentiment(Sentiment.POSITIVE).build(), RequestOptions.builder().maxRetries(5).build()));

    assertEquals(503, e.statusCode());
    assertEquals("Try again later", e.detail().message());
    assertEquals(1, wm.findAll(postRequestedFor(urlPathEqualTo(REACTIONS))).size());
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void aRejectedSentimentSurfacesTheServersMessage() {
    wm.stubFor(post(urlPathEqualTo(REACTIONS)).willReturn(aResponse().withStatus(422)
        .withBody("{\"code\": \"invalid_sentiment\", \"message\": \"sentiment must be positive or negative\"}")));

    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> timbal.runs().reactions().create(CreateReactionRequest.builder().runId("run_01")
            .sentiment("meh").build()));

    assertEquals("sentiment must be positive or negative", e.detail().message());
    assertEquals(Optional.of("invalid_sentiment"), e.detail().code());
  }

  @Test
  void asyncCreateAndListUseTheSameWire() throws Exception {
    wm.stubFor(post(urlPathEqualTo(REACTIONS)).willReturn(aResponse().withStatus(204)));
    wm.stubFor(get(urlPathEqualTo(REACTIONS)).willReturn(okJson(page(null, REACTION))));

    timbal.async().runs().reactions().create(CreateReactionRequest.builder().runId("run_01")
        .sentiment(Sentiment.POSITIVE).build()).get();
    Page<Reaction> page = timbal.async().runs().reactions().list(forRun01).get();
    List<String> all = new java.util.concurrent.CopyOnWriteArrayList<>();
    timbal.async().runs().reactions().listAll(forRun01).forEach(r -> all.add(r.id())).get();

    assertEquals("rx_5521", page.items().get(0).id());
    assertEquals(List.of("rx_5521"), all);
    wm.verify(1, postRequestedFor(urlPathEqualTo(REACTIONS)).withRequestBody(equalToJson("{\"sentiment\": \"positive\"}")));
    wm.verify(2, getRequestedFor(urlPathEqualTo(REACTIONS)));
  }
}
