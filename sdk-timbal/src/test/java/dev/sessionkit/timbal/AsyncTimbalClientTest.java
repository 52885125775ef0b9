package dev.sessionkit.timbal;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.timbal.testing.TimbalWireMock.builder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.runs.CreateReactionRequest;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Sentiment;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every asynchronous call throws its argument errors on the calling thread, before any request: the
 * future only ever carries failures on the wire.
 */
class AsyncTimbalClientTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ExecutorService executor = Executors.newSingleThreadExecutor();

  @AfterEach
  void stopExecutor() {
    executor.shutdownNow();
  }

  /** Each async call, made with requests that name the org but not the project, and the given options. */
  static Stream<Arguments> asyncCalls() {
    List<Arguments> calls = List.of(
        call("composeSessions().list", (a, o) -> a.composeSessions().list(
            ListComposeSessionsRequest.builder().orgId("acme").build(), o)),
        call("composeSessions().get", (a, o) -> a.composeSessions().get(
            GetComposeSessionRequest.builder().orgId("acme").sessionId("cs_1").build(), o)),
        call("runs().list", (a, o) -> a.runs().list(ListRunsRequest.builder().orgId("acme").build(), o)),
        call("runs().listAll", (a, o) -> a.runs().listAll(ListRunsRequest.builder().orgId("acme").build(), o)),
        call("runs().get", (a, o) -> a.runs().get(GetRunRequest.builder().orgId("acme").runId("r1").build(), o)),
        call("runs().reactions().list", (a, o) -> a.runs().reactions().list(
            ListReactionsRequest.builder().orgId("acme").runId("r1").build(), o)),
        call("runs().reactions().listAll", (a, o) -> a.runs().reactions().listAll(
            ListReactionsRequest.builder().orgId("acme").runId("r1").build(), o)),
        call("runs().reactions().create", (a, o) -> a.runs().reactions().create(
            CreateReactionRequest.builder().orgId("acme").runId("r1").sentiment(Sentiment.POSITIVE).build(), o)));
    return calls.stream();
  }

  private static Arguments call(String name, BiConsumer<AsyncTimbalClient, RequestOptions> call) {
    return Arguments.of(name, call);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("asyncCalls")
  void aMissingProjectIsThrownByTheCallingThreadBeforeAnyRequest(String name,
      BiConsumer<AsyncTimbalClient, RequestOptions> call) {
    TimbalClient noDefaults = builder(wm, new RecordingSleeper()).executor(executor).build();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> call.accept(noDefaults.async(), RequestOptions.none()));

    assertTrue(e.getMessage().startsWith("projectId is not set"), e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("asyncCalls")
  void nullOptionsAreThrownByTheCallingThreadBeforeAnyRequest(String name,
      BiConsumer<AsyncTimbalClient, RequestOptions> call) {
    TimbalClient withProject = builder(wm, new RecordingSleeper()).projectId("support-bot").executor(executor).build();

    NullPointerException e = assertThrows(NullPointerException.class, () -> call.accept(withProject.async(), null));

    assertEquals("options", e.getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }
}
