package dev.sessionkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.errors.ResponseTooLargeException;
import dev.sessionkit.core.errors.SessionKitException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bodies built to exhaust the client: larger than the client's cap (plain or as a gzip bomb), and nested
 * 100 000 levels deep (arrays or objects), on every endpoint family. Each ends in a {@link SessionKitException}
 * subclass that says what was wrong: never an OutOfMemoryError or a StackOverflowError.
 */
@ExtendWith(SecretsNeverLogged.class)
class BodyLimitsTest {
  private static final long CAP = 64 * 1024;
  private static final int DEPTH = 100_000;

  /** A body, its content encoding (or null) and its status: what the server sends next. */
  private record Reply(int status, String contentType, String encoding, byte[] body) {}

  private static HttpServer server;
  private static final AtomicReference<Reply> REPLY = new AtomicReference<>();

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      try (exchange) {
        exchange.getRequestBody().readAllBytes();
        Reply r = REPLY.get();
        exchange.getResponseHeaders().set("Content-Type", r.contentType());
        if (r.encoding() != null) {
          exchange.getResponseHeaders().set("Content-Encoding", r.encoding());
        }
        exchange.sendResponseHeaders(r.status(), r.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(r.body());
        } catch (IOException clientGaveUp) {
          // The client stops reading at its cap and closes the connection: expected.
        }
      }
    });
    server.start();
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static Clients clients() {
    return Clients.at("http://127.0.0.1:" + server.getAddress().getPort(),
        b -> b.maxResponseBytes(CAP).maxRetries(0).timeout(Duration.ofSeconds(20)));
  }

  private static SessionKitException fail(Endpoint e, Reply reply) {
    REPLY.set(reply);
    return assertThrows(SessionKitException.class,
        () -> assertTimeoutPreemptively(FaultInjectionTest.HANG_GUARD, () -> e.invoke(clients())));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static Stream<Endpoint> cappedEndpoints() {
    // An event stream is long-lived and has no cap by design; its lines are capped instead (see below).
    return Endpoints.parsing().stream().filter(e -> !e.streaming());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cappedEndpoints")
  void aBodyOverTheCapIsResponseTooLarge(Endpoint e) {
    // The seed with a 1 MiB field added: valid JSON, just too large.
    String padded = e.body().trim();
    String filler = "\"zz_padding\": \"" + "x".repeat(1024 * 1024) + "\"";
    padded = padded.startsWith("[") ? "[{" + filler + "}, " + padded.substring(1) : "{" + filler + ", "
        + padded.substring(1);

    SessionKitException error = fail(e, new Reply(e.status(), e.contentType(), null, utf8(padded)));

    ResponseTooLargeException tooLarge = assertInstanceOf(ResponseTooLargeException.class, error, error::toString);
    assertEquals(CAP, tooLarge.limit());
    assertTrue(error.getMessage().contains("is larger than the 65536-byte cap (maxResponseBytes)"), error.getMessage());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cappedEndpoints")
  void aGzipBombIsResponseTooLargeAtTheCapOfItsDecodedSize(Endpoint e) throws IOException {
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
      byte[] spaces = new byte[1024 * 1024];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 64; i++) {
        gzip.write(spaces); // 64 MiB of whitespace, about 64 KiB packed
      }
      gzip.write(utf8(e.body()));
    }

    SessionKitException error = fail(e, new Reply(e.status(), e.contentType(), "gzip", packed.toByteArray()));

    assertInstanceOf(ResponseTooLargeException.class, error);
  }

  static Stream<Endpoint> parsingEndpoints() {
    return Endpoints.parsing().stream();
  }

  private static String sse(String data) {
    return ": connected\n\ndata: " + data + "\n\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsingEndpoints")
  void deeplyNestedArraysAreAParseErrorNotAStackOverflow(Endpoint e) {
    String nested = Bodies.nestedArrays(DEPTH);
    byte[] body = utf8(e.streaming() ? sse(nested) : nested);

    SessionKitException error = fail(e, new Reply(e.status(), e.contentType(), null, body));

    // Where an object is expected, the array is refused at its first bracket; elsewhere at depth 1000.
    assertInstanceOf(ResponseParseException.class, error);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsingEndpoints")
  void deeplyNestedObjectsAreAParseErrorNotAStackOverflow(Endpoint e) {
    String nested = Bodies.nestedObjects(DEPTH);
    byte[] body = utf8(e.streaming() ? sse(nested) : nested);

    SessionKitException error = fail(e, new Reply(e.status(), e.contentType(), null, body));

    assertInstanceOf(ResponseParseException.class, error);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("parsingEndpoints")
  void aDeeplyNestedValueInsideARealBodyIsAParseErrorAtJacksonsNestingLimit(Endpoint e) {
    // An unknown field of the first object, which the SDK would keep as raw JSON: the parser must go down.
    String deep = "{\"zz_deep\": " + Bodies.nestedArrays(DEPTH) + ", ";
    String body = e.body().replaceFirst("\\{", java.util.regex.Matcher.quoteReplacement(deep));

    SessionKitException error = fail(e, new Reply(e.status(), e.contentType(), null, utf8(body)));

    assertInstanceOf(ResponseParseException.class, error);
    assertTrue(error.getMessage().contains("nesting depth"), error.getMessage());
  }

  @Test
  void aDeeplyNestedErrorBodyStillGivesTheTypedStatusException() {
    for (Endpoint e : Endpoints.all()) {
      SessionKitException error = fail(e, new Reply(500, "application/json", null, utf8(Bodies.nestedArrays(DEPTH))));

      InternalServerException server = assertInstanceOf(InternalServerException.class, error);
      assertEquals("Internal Server Error", server.detail().message());
    }
  }

  @Test
  void anEventStreamLineLongerThanEightMebibytesEndsTheStreamCleanly() {
    String longLine = sse("{\"type\": \"TEXT_BLOCK_DELTA\", \"delta\": \"" + "x".repeat(9 * 1024 * 1024) + "\"}");

    SessionKitException error = fail(Endpoints.AGENTS_STREAM, new Reply(200, "text/event-stream", null, utf8(longLine)));

    assertInstanceOf(ApiConnectionException.class, error);
    assertTrue(error.getMessage().contains("event stream line longer than"), error.getMessage());
  }
}
