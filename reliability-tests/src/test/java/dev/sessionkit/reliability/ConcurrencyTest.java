package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.sessions.ChatRequest;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One client per vendor shared by many threads doing mixed calls against stubs that echo something of each
 * request (a path segment, a query value, a header, a body field) into the response: every response reaches
 * the caller that sent the request, and no call's options leak into another's.
 */
@ExtendWith(SecretsNeverLogged.class)
class ConcurrencyTest {
  private static final int PLATFORM_THREADS = 64;
  private static final int CALLS_PER_THREAD = 25;
  private static final Duration HANG_GUARD = Duration.ofSeconds(120);

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().containerThreads(80)).build();

  private static ResponseDefinitionBuilder echo(String template) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(template)
        .withTransformers("response-template");
  }

  private static final String RUN = "{\"id\": \"%s\", \"idempotency_key\": \"k\", \"status\": \"success\","
      + " \"created_at\": \"2026-04-30T16:20:11Z\", \"cost_usd\": 0.01, \"cost_credits\": 1, \"user\": {\"id\": \"u\"},"
      + " \"workforce\": {\"id\": \"wf\", \"name\": \"Support agent\"}, \"group_id\": \"%s\"}";

  @BeforeEach
  void stubEchoes() {
    wm.stubFor(get(urlPathMatching(Endpoints.TIMBAL_PROJECT + "/runs/[^/]+"))
        .willReturn(echo(String.format(RUN, "{{request.pathSegments.[6]}}", "{{request.headers.[X-Trace]}}"))));
    wm.stubFor(get(urlPathEqualTo(Endpoints.TIMBAL_PROJECT + "/compose/sessions")).willReturn(echo(
        Endpoints.TIMBAL_COMPOSE_LIST.body().replace("maria@acme.example", "{{request.query.user_id}}"))));
    wm.stubFor(get(urlPathMatching(Endpoints.SYN_PREFIX + "/sessions/[^/]+")).willReturn(echo(
        "{\"id\": \"{{request.pathSegments.[4]}}\", \"status\": \"completed\", \"total_cost_usd\": \"0.5\"}")));
    wm.stubFor(get(urlPathMatching("/agents/sessions/[^/]+/messages")).willReturn(echo(
        "{\"messages\": [{\"id\": \"{{request.pathSegments.[2]}}\", \"name\": \"alice\", \"role\": \"user\","
            + " \"content\": [{\"type\": \"text\", \"text\": \"hi\"}]}], \"is_running\": false}")));
    wm.stubFor(post(urlPathEqualTo("/agents/chat/")).willReturn(echo(
        "{\"status\": \"started\", \"session_id\": \"{{jsonPath request.body '$.session_id'}}\"}")));
    wm.stubFor(get(urlPathEqualTo("/agents/sessions/")).willReturn(echo(
        "{\"sessions\": [{\"session\": {\"id\": \"s\", \"user_id\": \"{{request.headers.[x-user-id]}}\","
            + " \"agent_id\": \"{{request.query.agent_id}}\"}, \"is_running\": false}], \"total\": 1}")));
  }

  /** One call of the mix: sends something unique to this thread and call, and checks it came back. */
  private static void call(Clients c, int thread, int i) {
    String tag = thread + "-" + i;
    switch (Math.floorMod(thread * 31 + i, 7)) {
      case 0 -> {
        RunDetail run = c.timbal.runs().get(GetRunRequest.builder().runId("run-" + tag).build(),
            RequestOptions.builder().header("X-Trace", "trace-" + tag).build());
        assertEquals("run-" + tag, run.id());
        assertEquals(Optional.of("trace-" + tag), run.groupId(), "the call's own header");
      }
      case 1 -> assertEquals("user-" + tag, c.timbal.composeSessions()
          .list(ListComposeSessionsRequest.builder().userId("user-" + tag).build()).get(0).userId());
      case 2 -> assertEquals("syn-" + tag, c.syntropic.sessions().get("syn-" + tag).id());
      case 3 -> assertEquals(Optional.of("sess-" + tag), c.agents.sessions().messages()
          .list(ListMessagesRequest.builder().agentId("agt").sessionId("sess-" + tag).build()).items().get(0).id());
      case 4 -> assertEquals("sess-" + tag, c.agents.sessions().chat(ChatRequest.builder().agentId("agt")
          .sessionId("sess-" + tag).input(Message.builder().name("alice").role(MessageRole.USER).build()).build())
          .sessionId());
      case 5 -> assertEquals("run-" + tag, c.timbal.async().runs()
          .get(GetRunRequest.builder().runId("run-" + tag).build()).join().id());
      default -> assertEquals("agt-" + tag, c.agents.sessions().list(
          dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId("agt-" + tag).build())
          .sessions().get(0).session().agentId());
    }
  }

  /** Runs {@code threads} threads of {@code calls} mixed calls each, all started at once, and lists failures. */
  private static List<String> runMix(Clients c, ThreadFactory factory, int threads, int calls) throws Exception {
    Queue<String> failures = new ConcurrentLinkedQueue<>();
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> started = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      int thread = t;
      Thread th = factory.newThread(() -> {
        try {
          start.await();
          for (int i = 0; i < calls; i++) {
            call(c, thread, i);
          }
        } catch (Throwable e) {
          failures.add("thread " + thread + ": " + e);
        }
      });
      th.start();
      started.add(th);
    }
    start.countDown();
    for (Thread th : started) {
      th.join();
    }
    return List.copyOf(failures);
  }

  @Test
  void sixtyFourPlatformThreadsSharingOneClientPerVendorEachGetTheirOwnResponses() {
    Clients clients = Clients.at(wm.baseUrl());

    List<String> failures = assertTimeoutPreemptively(HANG_GUARD,
        () -> runMix(clients, Thread::new, PLATFORM_THREADS, CALLS_PER_THREAD));

    assertEquals(List.of(), failures);
    assertEquals(PLATFORM_THREADS * CALLS_PER_THREAD, wm.getAllServeEvents().size());
  }

  @Test
  void virtualThreadsSharingOneClientPerVendorEachGetTheirOwnResponses() throws Exception {
    assumeTrue(Runtime.version().feature() >= 21, "virtual threads need Java 21");
    // The build targets Java 17: reach Thread.ofVirtual().factory() by reflection.
    Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
    ThreadFactory virtual = (ThreadFactory) Class.forName("java.lang.Thread$Builder").getMethod("factory")
        .invoke(builder);
    Clients clients = Clients.at(wm.baseUrl());

    List<String> failures = assertTimeoutPreemptively(HANG_GUARD, () -> runMix(clients, virtual, 256, 8));

    assertEquals(List.of(), failures);
    assertEquals(256 * 8, wm.getAllServeEvents().size());
  }

  @Test
  void onePageAskedForItsNextPageByManyThreadsGivesEachTheSamePage() throws Exception {
    wm.stubFor(get(urlPathEqualTo(Endpoints.TIMBAL_PROJECT + "/runs")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withTransformers("response-template").withBody(
            "{{#if request.query.page_token}}{\"runs\": [" + String.format(RUN, "r3", "g") + "], \"next_page_token\":"
                + " null}{{else}}{\"runs\": [" + String.format(RUN, "r1", "g") + "], \"next_page_token\": \"tok-2\"}"
                + "{{/if}}")));
    Clients clients = Clients.at(wm.baseUrl());
    Page<Run> first = clients.timbal.runs().list(ListRunsRequest.builder().build());
    Queue<String> seen = new ConcurrentLinkedQueue<>();

    List<Thread> threads = new ArrayList<>();
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < 16; t++) {
      Thread th = new Thread(() -> {
        try {
          start.await();
          seen.add(first.nextPage().items().stream().map(Run::id).collect(Collectors.joining(",")));
        } catch (Throwable e) {
          seen.add(e.toString());
        }
      });
      th.start();
      threads.add(th);
    }
    start.countDown();
    for (Thread th : threads) {
      th.join(HANG_GUARD.toMillis());
    }

    assertEquals(java.util.Collections.nCopies(16, "r3"), List.copyOf(seen));
  }
}
