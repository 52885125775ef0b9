package dev.sessionkit.core.internal.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.retry.Sleeper;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Cancelling an async call's future abandons its HTTP exchange, frees its thread and starts no further
 * attempt. No assertion is on time: each waits on a latch for a generous while, and only a hang fails.
 */
class AsyncCancellationTest {
  private static final long WAIT_SECONDS = 30;

  /** One thread: a task that runs after the call proves the call gave its thread back. */
  private final ExecutorService executor = Executors.newSingleThreadExecutor();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final CompletableFuture<SessionKitException> failure = new CompletableFuture<>();
  private final CountDownLatch responded = new CountDownLatch(1);
  private final RequestListener listener = new RequestListener() {
    @Override
    public void requestSent(RequestInfo request) {
      events.add("sent #" + request.attempt());
    }

    @Override
    public void responseReceived(RequestInfo request, int statusCode, Duration elapsed) {
      responded.countDown();
    }

    @Override
    public void retryScheduled(RequestInfo request, Duration delay, SessionKitException cause) {
      events.add("retry #" + request.attempt());
    }

    @Override
    public void requestFailed(RequestInfo request, Duration elapsed, SessionKitException error) {
      events.add("failed #" + request.attempt());
      failure.complete(error);
    }
  };

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  private HttpTransport transport(RawServer server, Sleeper sleeper) {
    // Timeouts far beyond the test: only the cancel may end the call.
    return TestClient.builder().baseUrl(server.baseUrl()).executor(executor).listener(listener)
        .timeout(Duration.ofMinutes(10))
        .retryPolicy(RetryPolicy.builder().maxRetries(2).sleeper(sleeper).build()).build().transport;
  }

  private static CompletableFuture<JsonNode> getThing(HttpTransport transport) {
    return transport.async(() -> transport.executeJson(ApiRequest.get("thing").build(), RequestOptions.none(),
        JsonNode.class));
  }

  /** Waits until the executor's only thread is free again, and says whether it came back interrupted. */
  private boolean nextTaskSeesAnInterrupt() throws Exception {
    return executor.submit(() -> Thread.currentThread().isInterrupted()).get(WAIT_SECONDS, TimeUnit.SECONDS);
  }

  private static void await(CountDownLatch latch, String what) throws InterruptedException {
    assertTrue(latch.await(WAIT_SECONDS, TimeUnit.SECONDS), what);
  }

  @ParameterizedTest(name = "cancel({0})")
  @ValueSource(booleans = {true, false})
  void cancellingACallThatWaitsForItsResponseClosesTheConnection(boolean mayInterrupt) throws Exception {
    try (RawServer server = new RawServer("")) {
      CompletableFuture<JsonNode> call = getThing(transport(server, Sleeper.system()));
      await(server.requested, "the request reached the server");
      assertTrue(call.cancel(mayInterrupt));
      assertTrue(call.isCancelled());
      await(server.clientClosed, "the client closed the connection");
      SessionKitException error = failure.get(WAIT_SECONDS, TimeUnit.SECONDS);
      assertEquals("interrupted while sending GET " + server.baseUrl() + "/thing", error.getMessage());
      assertInstanceOf(InterruptedException.class, error.getCause());
      assertFalse(nextTaskSeesAnInterrupt());
      assertEquals(List.of("sent #1", "failed #1"), events);
      assertEquals(1, server.requests());
    }
  }

  @Test
  void cancellingACallThatReadsABodyWhichStallsClosesTheConnection() throws Exception {
    try (RawServer server = new RawServer("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + "Content-Length: 100\r\n\r\n[1,")) {
      CompletableFuture<JsonNode> call = getThing(transport(server, Sleeper.system()));
      await(responded, "the response headers arrived");
      assertTrue(call.cancel(true));
      await(server.clientClosed, "the client closed the connection");
      SessionKitException error = failure.get(WAIT_SECONDS, TimeUnit.SECONDS);
      assertEquals("interrupted while reading the response of GET " + server.baseUrl() + "/thing",
          error.getMessage());
      assertFalse(nextTaskSeesAnInterrupt());
      assertEquals(List.of("sent #1", "failed #1"), events);
      assertEquals(1, server.requests());
    }
  }

  @Test
  void cancellingACallThatWaitsToRetryEndsTheWaitAndSendsNothingMore() throws Exception {
    CountDownLatch sleeping = new CountDownLatch(1);
    Sleeper sleeper = delay -> {
      sleeping.countDown();
      Sleeper.system().sleep(delay);
    };
    try (RawServer server = new RawServer("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 600\r\n"
        + "Content-Length: 0\r\n\r\n")) {
      CompletableFuture<JsonNode> call = getThing(transport(server, sleeper));
      await(sleeping, "the retry's back-off began");
      assertTrue(call.cancel(true));
      SessionKitException error = failure.get(WAIT_SECONDS, TimeUnit.SECONDS);
      assertEquals("interrupted while waiting to retry GET /thing", error.getMessage());
      assertEquals(503, assertInstanceOf(ApiException.class, error.getCause()).statusCode());
      assertFalse(nextTaskSeesAnInterrupt());
      assertEquals(List.of("sent #1", "retry #1", "failed #1"), events);
      assertEquals(1, server.requests());
    }
  }

  @Test
  void aCallCancelledWhileQueuedIsNeverSent() throws Exception {
    try (RawServer server = new RawServer("")) {
      CountDownLatch release = new CountDownLatch(1);
      executor.execute(() -> {
        try {
          release.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      CompletableFuture<JsonNode> call = getThing(transport(server, Sleeper.system()));
      assertTrue(call.cancel(true));
      release.countDown();
      assertFalse(nextTaskSeesAnInterrupt());
      assertEquals(List.of(), events);
      assertEquals(0, server.requests());
      assertFalse(failure.isDone());
    }
  }
}
