package dev.sessionkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.ApiTimeoutException;
import dev.sessionkit.core.errors.SessionKitException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A body that breaks off after some of its bytes (the server stalls, or drops the connection), at a point
 * deep inside the JSON (inside a listing's items, where Jackson wraps what the stream throws): the call
 * ends in the I/O exception it is (a timeout, a connection failure) and is retried where safe, never in a
 * ResponseParseException, which would not be.
 */
@ExtendWith(SecretsNeverLogged.class)
class BrokenBodyTest {
  private static HttpServer server;
  private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "broken-body-server");
    t.setDaemon(true);
    return t;
  });
  private static final AtomicReference<Endpoint> ENDPOINT = new AtomicReference<>();
  private static final AtomicBoolean STALL = new AtomicBoolean();
  private static final AtomicInteger REQUESTS = new AtomicInteger();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      REQUESTS.incrementAndGet();
      Endpoint e = ENDPOINT.get();
      byte[] body = e.body().getBytes(StandardCharsets.UTF_8);
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().set("Content-Type", e.contentType());
      exchange.sendResponseHeaders(e.status(), body.length);
      OutputStream out = exchange.getResponseBody();
      // Two thirds of the body: well inside the first item of a listing.
      out.write(body, 0, body.length * 2 / 3);
      out.flush();
      if (STALL.get()) {
        try {
          Thread.sleep(2_000);
        } catch (InterruptedException stopped) {
          Thread.currentThread().interrupt();
        }
      }
      exchange.close();
    });
    server.setExecutor(THREADS);
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
    THREADS.shutdownNow();
  }

  static Stream<Endpoint> endpointsWithBodies() {
    return Endpoints.parsing().stream().filter(e -> !e.streaming());
  }

  private static SessionKitException call(Endpoint e, boolean stall, Clients clients) {
    ENDPOINT.set(e);
    STALL.set(stall);
    REQUESTS.set(0);
    return assertThrows(SessionKitException.class,
        () -> assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD, () -> e.invoke(clients)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpointsWithBodies")
  void aBodyThatStallsInsideItsItemsEndsInApiTimeoutExceptionAfterTheAllowedAttempts(Endpoint e) {
    Clients clients = Clients.at("http://127.0.0.1:" + server.getAddress().getPort(),
        b -> b.timeout(Duration.ofMillis(300)));

    SessionKitException error = call(e, true, clients);

    assertInstanceOf(ApiTimeoutException.class, error, error::toString);
    assertEquals(e.idempotent() ? 3 : 1, REQUESTS.get());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpointsWithBodies")
  void aBodyCutOffInsideItsItemsEndsInApiConnectionExceptionAfterTheAllowedAttempts(Endpoint e) {
    Clients clients = Clients.at("http://127.0.0.1:" + server.getAddress().getPort());

    SessionKitException error = call(e, false, clients);

    assertInstanceOf(ApiConnectionException.class, error, error::toString);
    assertFalse(error instanceof ApiTimeoutException, error::toString);
    assertEquals(e.idempotent() ? 3 : 1, REQUESTS.get());
  }
}
