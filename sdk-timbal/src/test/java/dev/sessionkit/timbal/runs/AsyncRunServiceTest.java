package dev.sessionkit.timbal.runs;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.timbal.testing.TimbalFixtures.RUN_DETAIL;
import static dev.sessionkit.timbal.testing.TimbalFixtures.minimalRun;
import static dev.sessionkit.timbal.testing.TimbalFixtures.runsPage;
import static dev.sessionkit.timbal.testing.TimbalWireMock.BEARER;
import static dev.sessionkit.timbal.testing.TimbalWireMock.assertQueryNames;
import static dev.sessionkit.timbal.testing.TimbalWireMock.builder;
import static dev.sessionkit.timbal.testing.TimbalWireMock.onlyRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.TimbalClient;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AsyncRunServiceTest {
  private static final String RUNS = "/orgs/acme/projects/support-bot/runs";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "timbal-async-test"));
  private final TimbalClient timbal = builder(wm, new RecordingSleeper())
      .orgId("acme").projectId("support-bot").executor(executor).build();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  @Test
  void listCompletesOnTheClientsExecutorWithTheSameRequestAsTheSyncCall() throws Exception {
    wm.stubFor(get(urlPathEqualTo(RUNS)).willReturn(okJson(runsPage("p2", minimalRun("r1")))));
    AtomicReference<String> thread = new AtomicReference<>();

    CompletableFuture<Page<Run>> future = timbal.async().runs().list(ListRunsRequest.builder().userId("usr_9")
        .from(Instant.ofEpochMilli(1767225600000L)).build());
    Page<Run> page = future.thenApply(p -> {
      thread.set(Thread.currentThread().getName());
      return p;
    }).get();

    assertEquals("r1", page.items().get(0).id());
    assertTrue(page.hasNextPage());
    assertEquals("timbal-async-test", thread.get());
    LoggedRequest request = onlyRequest(wm);
    assertQueryNames(request, "user_id", "from");
    assertEquals("1767225600000", request.queryParameter("from").firstValue());
    assertEquals(BEARER, request.getHeader("Authorization"));
  }

  @Test
  void listAllPublishesEveryRunOfEveryPage() throws Exception {
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", absent())
        .willReturn(okJson(runsPage("p2", minimalRun("r1"), minimalRun("r2")))));
    wm.stubFor(get(urlPathEqualTo(RUNS)).withQueryParam("page_token", equalTo("p2"))
        .willReturn(okJson(runsPage("", minimalRun("r3")))));
    List<String> ids = new CopyOnWriteArrayList<>();

    timbal.async().runs().listAll(ListRunsRequest.builder().build(),
        RequestOptions.builder().header("X-Trace", "t9").build()).forEach(run -> ids.add(run.id())).get();

    assertEquals(List.of("r1", "r2", "r3"), ids);
    List<LoggedRequest> sent = wm.findAll(getRequestedFor(urlPathEqualTo(RUNS)));
    assertEquals(2, sent.size());
    sent.forEach(r -> assertEquals("t9", r.getHeader("X-Trace")));
  }

  @Test
  void getCompletesWithTheRunDetail() throws Exception {
    wm.stubFor(get(urlPathEqualTo(RUNS + "/r1")).willReturn(okJson(RUN_DETAIL)));

    RunDetail run = timbal.async().runs().get(GetRunRequest.builder().runId("r1").build()).get();

    assertEquals(2, run.trace().size());
    assertEquals(RunStatus.ERROR, run.status());
  }

  @Test
  void aFailureOnTheWireCompletesTheFutureExceptionally() {
    wm.stubFor(get(urlPathEqualTo(RUNS + "/gone")).willReturn(aResponse().withStatus(404)
        .withBody("{\"code\": \"run_not_found\", \"message\": \"Run gone not found\"}")));

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> timbal.async().runs().get(GetRunRequest.builder().runId("gone").build()).get());

    NotFoundException cause = assertInstanceOf(NotFoundException.class, e.getCause());
    assertEquals("Run gone not found", cause.detail().message());
  }

  @Test
  void aMissingProjectIsThrownByTheCallingThreadBeforeAnyRequest() {
    TimbalClient noDefaults = builder(wm, new RecordingSleeper()).executor(executor).build();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> noDefaults.async().runs().list(ListRunsRequest.builder().orgId("acme").build()));
    assertThrows(IllegalStateException.class,
        () -> noDefaults.async().runs().listAll(ListRunsRequest.builder().orgId("acme").build()));

    assertTrue(e.getMessage().startsWith("projectId is not set"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }
}
