package dev.sessionkit.timbal.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.timbal.testing.TimbalFixtures.RUN;
import static dev.sessionkit.timbal.testing.TimbalFixtures.RUN_DETAIL;
import static dev.sessionkit.timbal.testing.TimbalFixtures.minimalRun;
import static dev.sessionkit.timbal.testing.TimbalFixtures.runsPage;
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
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.TimbalClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RunServiceTest {
  private static final String RUNS = "/orgs/acme/projects/support-bot/runs";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final TimbalClient timbal = client(wm, sleeper);

  @Test
  void listSendsEveryFilterInTheServersFormat() {
    wm.stubFor(get(urlPathEqualTo("/orgs/o%2F1/projects/p%201/runs")).willReturn(okJson(runsPage(null))));

    timbal.runs().list(ListRunsRequest.builder()
        .orgId("o/1").projectId("p 1")
        .userId("usr_7Hq2")
        .status("error")
        .sentiment(Sentiment.NEGATIVE)
        .groupId("grp_support_4411")
        .workforceId("wf_31")
        .rev("main")
        .from(Instant.parse("2026-01-01T00:00:00.123456789Z"))
        .to(Instant.parse("2026-03-14T09:26:53.589Z"))
        .metadata("{\"channel\":\"email\"}")
        .roots(true)
        .sortBy(RunSortField.COST_CREDITS)
        .sortOrder(SortOrder.DESC)
        .build());

    LoggedRequest request = onlyRequest(wm);
    assertEquals("GET", request.getMethod().getName());
    // Ids are single path segments: a slash or a space in one cannot change the path.
    assertEquals("/orgs/o%2F1/projects/p%201/runs", request.getUrl().substring(0, request.getUrl().indexOf('?')));
    assertEquals(BEARER, request.getHeader("Authorization"));
    assertQueryNames(request, "user_id", "status", "sentiment", "group_id", "workforce_id", "rev", "from", "to",
        "metadata", "roots", "sort_by", "sort_order");
    wm.verify(getRequestedFor(urlPathEqualTo("/orgs/o%2F1/projects/p%201/runs"))
        .withQueryParam("user_id", equalTo("usr_7Hq2"))
        .withQueryParam("status", equalTo("error"))
        .withQueryParam("sentiment", equalTo("negative"))
        .withQueryParam("group_id", equalTo("grp_support_4411"))
        .withQueryParam("workforce_id", equalTo("wf_31"))
        .withQueryParam("rev", equalTo("main"))
        // Epoch milliseconds; the sub-millisecond fraction is cut.
        .withQueryParam("from", equalTo("1767225600123"))
        .withQueryParam("to", equalTo("1773480413589"))
        .withQueryParam("metadata", equalTo("{\"channel\":\"email\"}"))
        .withQueryParam("roots", equalTo("true"))
        .withQueryParam("sort_by", equalTo("cost_credits"))
        .withQueryParam("sort_order", equalTo("desc"))
        .withQueryParam("page_token", absent()));
  }

  @Test
  void aListWithNoFiltersSendsNoQueryParameterAtAll() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage(null))));

    Page<Run> page = timbal.runs().list(ListRunsRequest.builder().build());

    assertTrue(page.items().isEmpty());
    assertFalse(page.hasNextPage());
    LoggedRequest request = onlyRequest(wm);
    assertEquals(RUNS, request.getUrl());
    assertQueryNames(request);
    assertEquals(BEARER, request.getHeader("Authorization"));
  }

  @Test
  void rootsFalseAndEverySortFieldAreSentAsTheServerSpellsThem() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage(null))));
    Map<RunSortField, String> expected = Map.of(RunSortField.ID, "id", RunSortField.CREATED_AT, "created_at",
        RunSortField.DURATION_MS, "duration_ms", RunSortField.COST_USD, "cost_usd",
        RunSortField.COST_CREDITS, "cost_credits");
    for (RunSortField field : RunSortField.values()) {
      wm.resetRequests();
      timbal.runs().list(ListRunsRequest.builder().roots(false).sortBy(field).sortOrder(SortOrder.ASC).build());
      LoggedRequest request = onlyRequest(wm);
      assertQueryNames(request, "roots", "sort_by", "sort_order");
      assertEquals("false", request.queryParameter("roots").firstValue());
      assertEquals(expected.get(field), request.queryParameter("sort_by").firstValue());
      assertEquals("asc", request.queryParameter("sort_order").firstValue());
    }
  }

  @Test
  void statusAcceptsTheConstantsAndValuesTheSdkDoesNotKnow() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage(null))));

    timbal.runs().list(ListRunsRequest.builder().status(RunStatus.TIMEOUT).sentiment("mixed").build());

    LoggedRequest request = onlyRequest(wm);
    assertEquals("timeout", request.queryParameter("status").firstValue());
    assertEquals("mixed", request.queryParameter("sentiment").firstValue());
  }

  @Test
  void parsesEveryFieldOfARun() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage(null, RUN))));

    Run run = timbal.runs().list(ListRunsRequest.builder().build()).items().get(0);

    assertEquals("068c4458382e79bb80006dc019ac3039", run.id());
    assertEquals("order-8812-refund", run.idempotencyKey());
    assertEquals(RunStatus.SUCCESS, run.status());
    assertTrue(run.status().isKnown());
    assertEquals(Instant.parse("2026-03-14T09:26:53.589Z"), run.createdAt());
    assertEquals(new BigDecimal("0.0412500"), run.costUsd());
    assertEquals(new BigDecimal("4.125"), run.costCredits());
    assertEquals("usr_7Hq2", run.user().id());
    assertEquals(Optional.of("maria.lopez@acme.example"), run.user().email());
    assertEquals(Optional.of("María López"), run.user().name());
    assertEquals(Optional.of("https://cdn.timbal.ai/u/usr_7Hq2.png"), run.user().photoUrl());
    assertEquals("wf_31", run.workforce().id());
    assertEquals("refund-agent", run.workforce().name());
    assertEquals(Optional.of(WorkforceType.AGENT), run.workforce().type());
    assertTrue(run.workforce().type().orElseThrow().isKnown());
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), run.workforce().deletedAt());
    assertEquals(Optional.of("Handles refund requests from the support inbox"), run.workforce().description());
    assertEquals(Optional.of("refund-agent"), run.workforce().uid());
    assertEquals(Optional.of("https://acme.timbal.ai/refund-agent"), run.workforce().url());
    assertEquals(Optional.of(18342L), run.durationMs());
    assertEquals(Optional.of("grp_support_4411"), run.groupId());
    assertEquals(Optional.of(Sentiment.NEGATIVE), run.lastReactionSentiment());
    assertEquals(Optional.of("068c4458382e708f8000cc0f9b19d970"), run.parentId());
    assertTrue(run.additionalProperties().isEmpty());
    assertTrue(run.user().additionalProperties().isEmpty());
    assertTrue(run.workforce().additionalProperties().isEmpty());
  }

  @Test
  void nullAndAbsentOptionalFieldsAreEmptyAndUnknownValuesAndFieldsAreKept() {
    String run = minimalRun("r1").replace("\"running\"", "\"queued\"")
        .replace("\"id\": \"r1\"", "\"id\": \"r1\", \"credits_refunded\": {\"amount\": 2}");
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage(null, run))));

    Run parsed = timbal.runs().list(ListRunsRequest.builder().build()).items().get(0);

    assertEquals(RunStatus.of("queued"), parsed.status());
    assertFalse(parsed.status().isKnown());
    assertEquals(Optional.empty(), parsed.durationMs());
    assertEquals(Optional.empty(), parsed.groupId());
    assertEquals(Optional.empty(), parsed.lastReactionSentiment());
    assertEquals(Optional.empty(), parsed.parentId());
    assertEquals(Optional.empty(), parsed.user().email());
    assertEquals(Optional.empty(), parsed.workforce().deletedAt());
    assertEquals(Optional.empty(), parsed.workforce().type(), "seed 002's workforce has no type");
    assertEquals(BigDecimal.ZERO, parsed.costUsd());
    assertEquals("{\"amount\":2}", parsed.additionalProperties().get("credits_refunded").toString());
  }

  @Test
  void listAllFollowsTheCursorAcrossPagesAndStopsAtAnEmptyToken() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", absent())
        .willReturn(okJson(runsPage("cursor+2/=", minimalRun("r1"), minimalRun("r2")))));
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("cursor+2/="))
        .willReturn(okJson(runsPage("c3", minimalRun("r3")))));
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("c3"))
        .willReturn(okJson(runsPage("", minimalRun("r4")))));
    ListRunsRequest request = ListRunsRequest.builder().status("running").build();
    RequestOptions options = RequestOptions.builder().header("X-Trace", "audit-7").queryParam("debug", "1").build();

    List<String> ids = timbal.runs().listAll(request, options).stream().map(Run::id).collect(Collectors.toList());

    assertEquals(List.of("r1", "r2", "r3", "r4"), ids);
    List<LoggedRequest> sent = wm.findAll(getRequestedFor(urlPathEqualTo(RUNS)));
    assertEquals(3, sent.size());
    assertQueryNames(sent.get(0), "status", "debug");
    // Later pages are the first request with the cursor added, and carry the call's options too.
    for (LoggedRequest r : sent.subList(1, 3)) {
      assertQueryNames(r, "status", "debug", "page_token");
      assertEquals("running", r.queryParameter("status").firstValue());
    }
    assertEquals("cursor+2/=", sent.get(1).queryParameter("page_token").firstValue());
    assertEquals("c3", sent.get(2).queryParameter("page_token").firstValue());
    for (LoggedRequest r : sent) {
      assertEquals("audit-7", r.getHeader("X-Trace"));
      assertEquals("1", r.queryParameter("debug").firstValue());
      assertEquals(BEARER, r.getHeader("Authorization"));
    }
  }

  @Test
  void aPageWalksForwardThroughNextPage() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", absent())
        .willReturn(okJson(runsPage("p2", minimalRun("r1")))));
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("p2"))
        .willReturn(okJson("{\"runs\": [" + minimalRun("r2") + "]}")));

    Page<Run> first = timbal.runs().list(ListRunsRequest.builder().build());
    assertEquals(1, wm.findAll(getRequestedFor(urlPathEqualTo(RUNS))).size(), "the first page only");
    assertTrue(first.hasNextPage());
    Page<Run> second = first.nextPage();

    assertEquals("r1", first.items().get(0).id());
    assertEquals("r2", second.items().get(0).id());
    // A missing next_page_token ends the listing.
    assertFalse(second.hasNextPage());
  }

  @Test
  void optionsThatWouldReplaceThePageTokenAreRefusedBeforeAnyRequest() {
    RequestOptions options = RequestOptions.builder().queryParam("page_token", "t9").build();
    ListRunsRequest request = ListRunsRequest.builder().build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> timbal.runs().listAll(request, options));
    assertTrue(e.getMessage().startsWith("RequestOptions.queryParam(\"page_token\") would replace"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> timbal.runs().list(request, options));
    assertThrows(IllegalArgumentException.class, () -> timbal.async().runs().listAll(request, options));
    assertThrows(IllegalArgumentException.class, () -> timbal.runs().reactions().listAll(
        ListReactionsRequest.builder().runId("r1").build(), options));
    assertEquals(0, wm.findAll(getRequestedFor(urlPathEqualTo(RUNS))).size());
  }

  @Test
  void aNullTokenEndsTheListing() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage(null, minimalRun("r1")))));

    assertEquals(1, timbal.runs().listAll(ListRunsRequest.builder().build()).stream().count());
    assertEquals(1, wm.findAll(getRequestedFor(urlPathEqualTo(RUNS))).size());
  }

  @Test
  void aTokenThatComesBackIsAnErrorNotAnEndlessLoop() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", absent())
        .willReturn(okJson(runsPage("t1", minimalRun("r1")))));
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("t1"))
        .willReturn(okJson(runsPage("t2", minimalRun("r2")))));
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("t2"))
        .willReturn(okJson(runsPage("t1", minimalRun("r3")))));

    var runs = timbal.runs().listAll(ListRunsRequest.builder().build()).iterator();
    assertEquals("r1", runs.next().id());
    assertEquals("r2", runs.next().id());
    SessionKitException e = assertThrows(SessionKitException.class, runs::hasNext);

    assertEquals("the server sent page token \"t1\" a second time after 2 pages; stopping instead of looping"
        + " forever", e.getMessage());
    assertEquals(3, wm.findAll(getRequestedFor(urlPathEqualTo(RUNS))).size());
  }

  @Test
  void eachWalkOfListAllStartsAgainFromTheFirstPage() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage(null, minimalRun("r1")))));
    var all = timbal.runs().listAll(ListRunsRequest.builder().build());

    assertEquals(1, all.stream().count());
    assertEquals(1, all.stream().count());
    assertEquals(2, wm.findAll(getRequestedFor(urlPathEqualTo(RUNS))).size());
  }

  @Test
  void aBodyWrappedInASuccessEnvelopeIsUnwrapped() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson("{\"success\": " + runsPage("", RUN) + "}")));

    Page<Run> page = timbal.runs().list(ListRunsRequest.builder().build());

    assertEquals("068c4458382e79bb80006dc019ac3039", page.items().get(0).id());
    assertFalse(page.hasNextPage());
  }

  @Test
  void getReadsTheRunItsStatusDetailAndEverySpanOfItsTrace() {
    wm.stubFor(get(urlPathEqualTo(RUNS + "/order%2F8812%20refund")).willReturn(okJson(RUN_DETAIL)));

    RunDetail run = timbal.runs().get(GetRunRequest.builder().runId("order/8812 refund").build());

    LoggedRequest request = onlyRequest(wm);
    assertEquals(RUNS + "/order%2F8812%20refund", request.getUrl());
    assertEquals(BEARER, request.getHeader("Authorization"));
    assertEquals("068c4458382e79bb80006dc019ac3039", run.id());
    assertEquals("order/8812 refund", run.idempotencyKey());
    assertEquals(RunStatus.ERROR, run.status());
    assertEquals(Instant.parse("2026-03-14T09:26:53.589Z"), run.createdAt());
    assertEquals(new BigDecimal("0.0412500"), run.costUsd());
    assertEquals(new BigDecimal("4.125"), run.costCredits());
    assertEquals("usr_7Hq2", run.user().id());
    assertEquals(Optional.of("María López"), run.user().name());
    assertEquals(Optional.of("maria.lopez@acme.example"), run.user().email());
    assertEquals(Optional.of("https://cdn.timbal.ai/u/usr_7Hq2.png"), run.user().photoUrl());
    assertEquals(Optional.of(18342L), run.durationMs());
    assertEquals(Optional.of("grp_support_4411"), run.groupId());
    assertEquals(Optional.of(Sentiment.NEGATIVE), run.lastReactionSentiment());
    assertEquals(Optional.empty(), run.parentId());
    assertEquals("Tool 'issue_refund' timed out after 30s", run.statusDetail().orElseThrow().get("message").asText());
    assertTrue(run.additionalProperties().isEmpty());
    assertEquals(2, run.trace().size());

    TraceSpan root = run.trace().get(0);
    assertEquals("068c4458382e708f8000cc0f9b19d970", root.callId());
    assertEquals(Optional.empty(), root.parentCallId());
    assertEquals("refund-agent", root.path());
    assertEquals(Instant.parse("2026-03-14T09:26:53.589Z"), root.t0());
    assertEquals(Optional.of(Instant.parse("2026-03-14T09:27:11.931Z")), root.t1());
    assertEquals("Refund order 8812, the parcel never arrived", root.input().orElseThrow().get("prompt").asText());
    assertEquals(Optional.empty(), root.output());
    assertEquals("TimeoutError", root.error().orElseThrow().get("type").asText());
    assertEquals("{\"code\":\"error\",\"reason\":\"timeout\"}", root.status().orElseThrow().toString());
    assertEquals(Map.of(), root.usage());
    assertEquals("Agent", root.metadata().get("type").asText());
    assertEquals(Optional.of(18342L), root.elapsed());
    assertTrue(root.additionalProperties().isEmpty());

    TraceSpan llm = run.trace().get(1);
    assertEquals("068c4458383678be800031537a8df42e", llm.callId());
    assertEquals(Optional.of(root.callId()), llm.parentCallId());
    assertEquals("refund-agent.llm", llm.path());
    assertEquals(Instant.parse("2026-03-14T09:26:54.002Z"), llm.t0());
    assertEquals(Optional.of(Instant.parse("2026-03-14T09:27:01.250Z")), llm.t1());
    assertEquals("openai/gpt-4o-mini", llm.input().orElseThrow().get("model").asText());
    assertEquals("Issuing the refund now.", llm.output().orElseThrow().at("/content/0/text").asText());
    assertEquals(Optional.empty(), llm.error());
    assertEquals("success", llm.status().orElseThrow().get("code").asText());
    assertEquals(Map.of("openai/gpt-4o-mini:input_tokens", 1320L, "openai/gpt-4o-mini:output_tokens", 87L),
        llm.usage());
    assertEquals(new BigDecimal("0.412"), llm.metadata().get("ttft").decimalValue());
    assertEquals("gpt-4o-mini", llm.metadata().get("model_name").asText());
    assertEquals(Optional.of(7248L), llm.elapsed());
    assertTrue(llm.additionalProperties().isEmpty());
  }

  @Test
  void aWorkforceInARunDetailIsNotPartOfTheDocumentedDetailAndIsKeptAsAnExtraField() {
    // Timbal's RunDetail schema has no workforce (and allows extra properties): a server that sends one anyway
    // loses nothing, and the model does not claim it.
    String withWorkforce = RUN_DETAIL.replaceFirst("\"duration_ms\"",
        "\"workforce\": {\"id\": \"wf_31\", \"type\": \"workflow\", \"name\": \"refund-agent\"}, \"duration_ms\"");
    wm.stubFor(get(urlPathEqualTo(RUNS + "/r1")).willReturn(okJson(withWorkforce)));

    RunDetail run = timbal.runs().get(GetRunRequest.builder().runId("r1").build());

    assertEquals("workflow", run.additionalProperties().get("workforce").get("type").asText());
    assertEquals(1, run.additionalProperties().size());
    assertEquals(2, run.trace().size());
  }

  @Test
  void aTraceKeyedByCallIdReadsAsTheSameSpansInTheServersOrder() throws Exception {
    // timbal's own client (Trace.__init__, python/timbal/state/tracing/trace.py) takes a list of spans or an
    // object of spans keyed by call id: the document leaves the trace untyped.
    String list = RUN_DETAIL.substring(RUN_DETAIL.indexOf("\"trace\": [") + "\"trace\": ".length(),
        RUN_DETAIL.lastIndexOf(']') + 1);
    com.fasterxml.jackson.databind.JsonNode spans = dev.sessionkit.core.internal.json.SessionKitJson.mapper()
        .readTree(list);
    com.fasterxml.jackson.databind.node.ObjectNode keyed =
        com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
    spans.forEach(span -> keyed.set(span.get("call_id").asText(), span));
    wm.stubFor(get(urlPathEqualTo(RUNS + "/as-list")).willReturn(okJson(RUN_DETAIL)));
    wm.stubFor(get(urlPathEqualTo(RUNS + "/keyed")).willReturn(okJson(RUN_DETAIL.replace(list, keyed.toString()))));
    wm.stubFor(get(urlPathEqualTo(RUNS + "/empty")).willReturn(okJson(RUN_DETAIL.replace(list, "{}"))));

    List<TraceSpan> asList = timbal.runs().get(GetRunRequest.builder().runId("as-list").build()).trace();
    List<TraceSpan> byCallId = timbal.runs().get(GetRunRequest.builder().runId("keyed").build()).trace();

    assertEquals(2, asList.size());
    assertEquals(asList, byCallId);
    assertEquals(List.of(), timbal.runs().get(GetRunRequest.builder().runId("empty").build()).trace());
  }

  @Test
  void aTraceThatIsNeitherListNorObjectIsAParseErrorNamingTheTrace() {
    wm.stubFor(get(urlPathEqualTo(RUNS + "/r1")).willReturn(okJson(minimalRun("r1")
        .replace("\"duration_ms\": null", "\"duration_ms\": null, \"trace\": \"none\""))));
    wm.stubFor(get(urlPathEqualTo(RUNS + "/r2")).willReturn(okJson(minimalRun("r2")
        .replace("\"duration_ms\": null", "\"duration_ms\": null, \"trace\": {\"c1\": null}"))));

    ResponseParseException text = assertThrows(ResponseParseException.class,
        () -> timbal.runs().get(GetRunRequest.builder().runId("r1").build()));
    ResponseParseException nullSpan = assertThrows(ResponseParseException.class,
        () -> timbal.runs().get(GetRunRequest.builder().runId("r2").build()));

    assertTrue(text.getMessage().contains("trace: expected a list of spans or an object of spans keyed by call id"),
        text.getMessage());
    assertTrue(nullSpan.getMessage().contains("trace: a span is null"), nullSpan.getMessage());
  }

  @Test
  void aWorkforceTypeTheSdkDoesNotKnowIsKept() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage(null, RUN.replace("\"agent\"", "\"pipeline\"")))));

    Workforce workforce = timbal.runs().list(ListRunsRequest.builder().build()).items().get(0).workforce();

    assertEquals(WorkforceType.of("pipeline"), workforce.type().orElseThrow());
    assertFalse(workforce.type().orElseThrow().isKnown());
  }

  @Test
  void aRunWithoutTraceOrStatusDetailHasAnEmptyTrace() {
    wm.stubFor(get(urlPathEqualTo(RUNS + "/r1")).willReturn(okJson(minimalRun("r1"))));

    RunDetail run = timbal.runs().get(GetRunRequest.builder().runId("r1").build());

    assertEquals(List.of(), run.trace());
    assertEquals(Optional.empty(), run.statusDetail());
  }

  @Test
  void aRateLimitIsRetriedAfterTheWaitTheServerAsksFor() {
    wm.stubFor(get(urlPathEqualTo(RUNS + "/r1")).inScenario("429").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3")
            .withHeader("RateLimit-Remaining", "0")
            .withHeader("Content-Type", "application/json")
            .withBody("{\"code\": \"rate_limited\", \"message\": \"Too many requests, slow down\"}"))
        .willSetStateTo("ok"));
    wm.stubFor(get(urlPathEqualTo(RUNS + "/r1")).inScenario("429").whenScenarioStateIs("ok")
        .willReturn(okJson(minimalRun("r1"))));

    RunDetail run = timbal.runs().get(GetRunRequest.builder().runId("r1").build());

    assertEquals("r1", run.id());
    assertEquals(List.of(Duration.ofSeconds(3)), sleeper.sleeps());
    assertEquals(2, wm.findAll(getRequestedFor(urlPathEqualTo(RUNS + "/r1"))).size());
  }

  @Test
  void aRateLimitThatOutlastsTheRetriesSurfacesWithItsDetail() {
    wm.stubFor(get(urlPathEqualTo(RUNS + "/r1")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")
        .withBody("{\"code\": \"rate_limited\", \"message\": \"Too many requests, slow down\"}")));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> timbal.runs().get(GetRunRequest.builder().runId("r1").build()));

    assertEquals(Optional.of(Duration.ofSeconds(1)), e.retryAfter());
    assertEquals("Too many requests, slow down", e.detail().message());
    assertEquals(Optional.of("rate_limited"), e.detail().code());
    // The default policy: two retries after the first attempt.
    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), sleeper.sleeps());
    assertEquals(3, wm.findAll(getRequestedFor(urlPathEqualTo(RUNS + "/r1"))).size());
  }

  @Test
  void anErrorBodyWithCodeAndMessageSurfacesInTheExceptionDetail() {
    wm.stubFor(get(urlPathEqualTo(RUNS + "/missing")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withHeader("x-request-id", "req_81f2")
        .withBody("{\"code\": \"run_not_found\", \"message\": \"Run missing not found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> timbal.runs().get(GetRunRequest.builder().runId("missing").build()));

    assertEquals(404, e.statusCode());
    assertEquals("Run missing not found", e.detail().message());
    assertEquals(Optional.of("run_not_found"), e.detail().code());
    assertEquals(Optional.of("req_81f2"), e.requestId());
    assertEquals("404 Not Found from GET " + RUNS + "/missing: Run missing not found (code run_not_found)"
        + " [request id req_81f2]", e.getMessage());
    assertEquals(List.of(), sleeper.sleeps(), "a 404 is not retried");
  }

  @Test
  void anErrorBodyInASuccessEnvelopeIsReadToo() {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(aResponse().withStatus(403)
        .withBody("{\"success\": {\"code\": \"forbidden\", \"message\": \"No access to project support-bot\"}}")));

    ApiException e = assertThrows(ApiException.class, () -> timbal.runs().list(ListRunsRequest.builder().build()));

    assertEquals(403, e.statusCode());
    assertEquals("No access to project support-bot", e.detail().message());
    assertEquals(Optional.of("forbidden"), e.detail().code());
  }
}
