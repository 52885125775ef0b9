package dev.sessionkit.core.internal.sse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SseParserTest {
  /** Hands out the bytes a few at a time, as a network would. */
  private static InputStream trickle(String s, int chunk) {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    return new ByteArrayInputStream(bytes) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, chunk));
      }
    };
  }

  @Test
  void readsFieldsCommentsMultiLineDataAndEveryLineEnding() throws IOException {
    String stream = ": heartbeat\n\nevent: reply\nid: 7\nretry: 1500\ndata: {\"a\":\n"
        + "data:  1}\n\r\ndata: plain\r\rdata: é\n\n: bye\n\ndata: cut off";
    for (int chunk : new int[] {1, 3, 8192}) {
      SseParser p = new SseParser(trickle(stream, chunk));
      assertEquals(new ServerSentEvent("reply", "{\"a\":\n 1}", Optional.of("7"), Optional.of(Duration.ofMillis(1500))), p.next());
      assertEquals(new ServerSentEvent("message", "plain", Optional.empty(), Optional.empty()), p.next());
      assertEquals(new ServerSentEvent("message", "é", Optional.empty(), Optional.empty()), p.next());
      assertNull(p.next(), "a partial event at the end is dropped");
      assertEquals(2, p.heartbeats());
    }
  }

  @Test
  void anEventWithoutDataIsNotDispatched() throws IOException {
    SseParser p = new SseParser(trickle("event: ping\n\ndata: x\n\n", 2));
    assertEquals("x", p.next().data());
    assertNull(p.next());
  }
}
