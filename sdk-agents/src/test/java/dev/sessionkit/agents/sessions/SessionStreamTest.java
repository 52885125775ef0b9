package dev.sessionkit.agents.sessions;

import static dev.sessionkit.agents.testing.AgentsWireMock.USER_ID;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.events.ModelCallEndEvent;
import dev.sessionkit.agents.events.ModelFinishedReason;
import dev.sessionkit.agents.events.ReplyEndEvent;
import dev.sessionkit.agents.events.ReplyStartEvent;
import dev.sessionkit.agents.events.TextBlockDeltaEvent;
import dev.sessionkit.agents.events.UnknownEvent;
import dev.sessionkit.agents.messages.MessageRole;
import dev.sessionkit.agents.messages.ReplyFinishedReason;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.core.usage.TokenUsage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /sessions/{id}/stream?agent_id=} against a real local server (the JDK's HttpServer) that writes
 * Server-Sent Events in chunks, with flushes, as the Agent Service does.
 */
class SessionStreamTest {
  /** Generous bounds on waits for another thread; the tests do not measure time. */
  private static final long WAIT_SECONDS = 20;

  private HttpServer server;
  private final java.util.concurrent.ExecutorService serverThreads = java.util.concurrent.Executors.newCachedThreadPool();
  private AgentsClient agents;
  private final AtomicReference<Handler> handler = new AtomicReference<>();
  private final AtomicReference<String> requestUri = new AtomicReference<>();
  private final AtomicReference<Headers> requestHeaders = new AtomicReference<>();

  @FunctionalInterface
  private interface Handler {
    void handle(HttpExchange exchange) throws IOException, InterruptedException;
  }

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", exchange -> {
      requestUri.set(exchange.getRequestURI().toString());
      requestHeaders.set(exchange.getRequestHeaders());
      try {
        handler.get().handle(exchange);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        exchange.close();
      }
    });
    server.setExecutor(serverThreads);
    server.start();
    agents = AgentsClient.builder().baseUrl("http://127.0.0.1:" + server.getAddress().getPort()).userId(USER_ID)
        .build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
    serverThreads.shutdownNow();
  }

  private static void startEventStream(HttpExchange exchange) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
    exchange.getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.sendResponseHeaders(200, 0); // 0: chunked
  }

  /** Writes and flushes, so that each piece leaves as its own chunk. */
  private static void send(OutputStream out, String piece) throws IOException, InterruptedException {
    out.write(piece.getBytes(UTF_8));
    out.flush();
    // Lets the piece reach the client before the next one: a small pause, not a timing assertion.
    Thread.sleep(15);
  }

  private static List<AgentEvent> drain(EventStream<AgentEvent> events) {
    List<AgentEvent> all = new ArrayList<>();
    while (events.hasNext()) {
      all.add(events.next());
    }
    return all;
  }

  @Test
  void eventsSplitAcrossChunksWithHeartbeatsAndMultiLineDataArriveTyped() {
    handler.set(exchange -> {
      startEventStream(exchange);
      OutputStream out = exchange.getResponseBody();
      send(out, ": connected\n\n");
      // One event cut in three pieces, inside a key and inside a value.
      send(out, "data: {\"type\": \"REPLY_START\", \"id\": \"evt-1\", \"created_at\": \"2026-05-01T09:00:06.000001\",");
      send(out, " \"session_id\": \"sess-9c1e\", \"repl");
      send(out, "y_id\": \"msg-02\", \"name\": \"Scribe\", \"role\": \"assistant\", \"metadata\": {\"trace\": \"t-7\"}}\n");
      send(out, "\n");
      send(out, ":\n\n");
      // The JSON spread over three data lines: they are joined with newlines, which JSON allows.
      send(out, "data: {\"type\": \"TEXT_BLOCK_DELTA\",\ndata:  \"reply_id\": \"msg-02\", \"block_id\": \"blk-08\",\n"
          + "data:  \"delta\": \"Here are\\nthe notes\"}\n\n");
      // CRLF line ends, and an event field the SDK ignores.
      send(out, "event: message\r\nid: 42\r\ndata: {\"type\": \"VOICE_FRAME\", \"id\": \"evt-3\", \"pcm\": \"AAAA\"}\r\n\r\n");
      send(out, ": keep-alive\n\n");
      send(out, "data: {\"type\": \"MODEL_CALL_END\", \"reply_id\": \"msg-02\", \"input_tokens\": 1523, "
          + "\"output_tokens\": 312, \"cache_input_tokens\": 1024, \"cache_creation_input_tokens\": 0, "
          + "\"finished_reason\": \"completed\"}\n\n");
      send(out, "data: {\"type\": \"REPLY_END\", \"session_id\": \"sess-9c1e\", \"reply_id\": \"msg-02\", "
          + "\"finished_reason\": \"completed\", \"error\": null}\n\n");
      out.close();
    });

    List<AgentEvent> events;
    try (EventStream<AgentEvent> stream = agents.sessions().stream(SessionRef.of("agt-7f3a", "sess-9c1e"))) {
      events = drain(stream);
      assertFalse(stream.hasNext());
    }

    assertEquals("/sessions/sess-9c1e/stream?agent_id=agt-7f3a", requestUri.get());
    assertEquals(USER_ID, requestHeaders.get().getFirst("x-user-id"));
    assertEquals("text/event-stream", requestHeaders.get().getFirst("Accept"));
    assertEquals(5, events.size(), "heartbeats are skipped: " + events);

    ReplyStartEvent start = assertInstanceOf(ReplyStartEvent.class, events.get(0));
    assertEquals("REPLY_START", start.type());
    assertEquals(Optional.of("evt-1"), start.id());
    assertEquals(Optional.of(Instant.parse("2026-05-01T09:00:06.000001Z")), start.createdAt());
    assertEquals(Optional.of("sess-9c1e"), start.sessionId());
    assertEquals("msg-02", start.replyId());
    assertEquals(Optional.of("Scribe"), start.name());
    assertEquals(Optional.of(MessageRole.ASSISTANT), start.role());
    assertEquals("t-7", start.metadata().get("trace").asText());

    TextBlockDeltaEvent delta = assertInstanceOf(TextBlockDeltaEvent.class, events.get(1));
    assertEquals("msg-02", delta.replyId());
    assertEquals("blk-08", delta.blockId());
    assertEquals("Here are\nthe notes", delta.delta());

    UnknownEvent voice = assertInstanceOf(UnknownEvent.class, events.get(2));
    assertEquals("VOICE_FRAME", voice.type());
    assertEquals(Optional.of("evt-3"), voice.id());
    assertEquals("AAAA", voice.raw().get("pcm").asText());
    assertEquals("AAAA", voice.additionalProperties().get("pcm").asText());

    ModelCallEndEvent model = assertInstanceOf(ModelCallEndEvent.class, events.get(3));
    assertEquals(1523, model.inputTokens());
    assertEquals(1024, model.cacheInputTokens());
    // 1024 of the 1523 input tokens were read from the cache: the input counts the other 499.
    assertEquals(TokenUsage.builder().input(499).output(312).cacheRead(1024).cacheCreation(0).build(), model.tokens());
    assertEquals(Optional.of(ModelFinishedReason.COMPLETED), model.finishedReason());

    ReplyEndEvent end = assertInstanceOf(ReplyEndEvent.class, events.get(4));
    assertEquals(Optional.of(ReplyFinishedReason.COMPLETED), end.finishedReason());
    assertEquals(Optional.empty(), end.error());
  }

  @Test
  void naiveEventTimesAreReadInTheServerTimeZone() {
    handler.set(exchange -> {
      startEventStream(exchange);
      send(exchange.getResponseBody(), "data: {\"type\": \"USER_INTERRUPT\", \"reply_id\": \"msg-02\", "
          + "\"created_at\": \"2026-05-01T17:00:00\"}\n\ndata: {\"type\": \"FUTURE\", \"created_at\": "
          + "\"2026-05-01T17:00:01\"}\n\n");
    });
    AgentsClient tokyo = AgentsClient.builder().baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .userId(USER_ID).serverTimeZone(ZoneId.of("Asia/Tokyo")).build();

    List<AgentEvent> events;
    try (EventStream<AgentEvent> stream = tokyo.sessions().stream(SessionRef.of("agt-7f3a", "sess-9c1e"))) {
      events = drain(stream);
    }

    assertEquals(Optional.of(Instant.parse("2026-05-01T08:00:00Z")), events.get(0).createdAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T08:00:01Z")), events.get(1).createdAt());
  }

  @Test
  void closeFromAnotherThreadWakesABlockedReaderAndEndsTheConnection() throws Exception {
    CountDownLatch heartbeatsAfterFirstEvent = new CountDownLatch(3);
    CountDownLatch connectionEnded = new CountDownLatch(1);
    AtomicBoolean serverGaveUp = new AtomicBoolean();
    handler.set(exchange -> {
      startEventStream(exchange);
      OutputStream out = exchange.getResponseBody();
      try {
        send(out, "data: {\"type\": \"TEXT_BLOCK_START\", \"reply_id\": \"msg-02\", \"block_id\": \"blk-08\"}\n\n");
        // Heartbeats only, as a server does while the model thinks: the reader stays blocked in hasNext().
        for (int i = 0; i < 2000; i++) {
          send(out, ": ping\n\n");
          heartbeatsAfterFirstEvent.countDown();
        }
        serverGaveUp.set(true);
      } catch (IOException closedByClient) {
        connectionEnded.countDown();
      }
    });

    EventStream<AgentEvent> stream = agents.sessions().stream(SessionRef.of("agt-7f3a", "sess-9c1e"));
    assertTrue(stream.hasNext());
    assertEquals("TEXT_BLOCK_START", stream.next().type());
    AtomicReference<Object> readerResult = new AtomicReference<>();
    Thread reader = new Thread(() -> {
      try {
        readerResult.set(stream.hasNext());
      } catch (RuntimeException e) {
        readerResult.set(e);
      }
    }, "blocked-reader");
    reader.start();
    assertTrue(heartbeatsAfterFirstEvent.await(WAIT_SECONDS, TimeUnit.SECONDS));

    stream.close();

    reader.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
    assertFalse(reader.isAlive(), "hasNext() still blocked after close()");
    assertEquals(Boolean.FALSE, readerResult.get());
    assertTrue(connectionEnded.await(WAIT_SECONDS, TimeUnit.SECONDS), "the server never saw the connection end");
    assertFalse(serverGaveUp.get());
    assertFalse(stream.hasNext());
    stream.close(); // idempotent
  }

  @Test
  void anEventThatIsNotJsonFailsTheRead() {
    handler.set(exchange -> {
      startEventStream(exchange);
      send(exchange.getResponseBody(), "data: {\"type\": \"TEXT_BLOCK_END\", \"reply_id\": \"m\", \"block_id\": \"b\"}\n\n"
          + "data: <html>502 Bad Gateway</html>\n\n");
    });

    try (EventStream<AgentEvent> stream = agents.sessions().stream(SessionRef.of("agt-7f3a", "sess-9c1e"))) {
      assertEquals("TEXT_BLOCK_END", stream.next().type());
      ResponseParseException e = assertThrows(ResponseParseException.class, stream::hasNext);
      assertTrue(e.getMessage().startsWith("could not read an event of GET /sessions/sess-9c1e/stream: "),
          e.getMessage());
      assertEquals(Optional.of("text/event-stream"), e.contentType());
    }
  }

  @Test
  void aStreamOfAnotherUsersSessionIsNotFound() {
    handler.set(exchange -> {
      byte[] body = "{\"detail\": \"Session not found\"}".getBytes(UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(404, body.length);
      exchange.getResponseBody().write(body);
    });

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> agents.sessions().stream(SessionRef.of("agt-7f3a", "sess-x")));

    assertEquals("Session not found", e.detail().message());
  }

  @Test
  void theAsyncMirrorOpensTheStreamOnTheExecutor() throws Exception {
    handler.set(exchange -> {
      startEventStream(exchange);
      send(exchange.getResponseBody(), "data: {\"type\": \"CUSTOM\", \"name\": \"team_updated\", "
          + "\"value\": {\"member_ids\": [\"agt-w1\"]}}\n\n");
    });

    try (EventStream<AgentEvent> stream = agents.async().sessions().stream(SessionRef.of("agt-7f3a", "sess-9c1e"))
        .get(WAIT_SECONDS, TimeUnit.SECONDS)) {
      List<AgentEvent> events = drain(stream);
      assertEquals(1, events.size());
      assertEquals("team_updated", ((dev.sessionkit.agents.events.CustomEvent) events.get(0)).name());
    }
  }

  @Test
  void aMissingSessionIsRefusedBeforeAnyRequest() {
    assertEquals("session must not be null", assertThrows(NullPointerException.class,
        () -> agents.sessions().stream(null)).getMessage());
    assertEquals(null, requestUri.get());
  }
}
