package dev.sessionkit.core.internal.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.errors.ResponseParseException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class SseEventStreamTest {
  /** A body that remembers whether it was closed. */
  static final class Body extends ByteArrayInputStream {
    boolean closed;

    Body(String s) {
      super(s.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void mapsEventsSkipsNullsAndClosesAtTheEnd() {
    Body body = new Body("data: a\n\ndata: skip\n\n: beat\n\ndata: b\n\n");
    SseEventStream<String> stream = new SseEventStream<>(body,
        e -> e.data().equals("skip") ? null : e.data().toUpperCase(), "GET /s");
    List<String> seen = new ArrayList<>();
    stream.forEachRemaining(seen::add);
    assertEquals(List.of("A", "B"), seen);
    assertTrue(body.closed, "the end of the stream releases the connection");
    assertThrows(NoSuchElementException.class, stream::next);
  }

  @Test
  void anEventThatCannotBeReadEndsTheStreamAndClosesIt() {
    Body body = new Body("data: ok\n\ndata: {broken\n\ndata: never\n\n");
    SseEventStream<String> stream = new SseEventStream<>(body, e -> {
      if (e.data().startsWith("{")) {
        throw new ResponseParseException("bad event", 200, "text/event-stream", null);
      }
      return e.data();
    }, "GET /s");
    assertEquals("ok", stream.next());
    assertThrows(ResponseParseException.class, stream::hasNext);
    assertTrue(body.closed);
    assertFalse(stream.hasNext());
  }

  @Test
  void closeEndsIterationAtOnce() {
    Body body = new Body("data: a\n\ndata: b\n\n");
    SseEventStream<String> stream = new SseEventStream<>(body, e -> e.data(), "GET /s");
    stream.close();
    assertTrue(body.closed);
    assertFalse(stream.hasNext());
  }
}
