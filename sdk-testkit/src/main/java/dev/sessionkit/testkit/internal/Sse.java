package dev.sessionkit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Writes Server-Sent Event frames; each frame is flushed so that the client sees it at once. */
public final class Sse {
  /** The content type of an event stream. */
  public static final String CONTENT_TYPE = "text/event-stream; charset=utf-8";

  private Sse() {}

  /**
   * Writes {@code data: <json>} and the blank line that dispatches it.
   *
   * @throws IOException when the client went away
   */
  public static void data(OutputStream out, JsonNode event) throws IOException {
    out.write("data: ".getBytes(StandardCharsets.UTF_8));
    // Jackson writes JSON on one line, so one data line carries the whole event.
    out.write(Json.write(event));
    out.write("\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /**
   * Writes an empty comment frame, {@code :} alone, as AgentScope's stream does: clients skip it; it keeps
   * proxies from closing an idle stream.
   *
   * @throws IOException when the client went away
   */
  public static void heartbeat(OutputStream out) throws IOException {
    out.write(":\n\n".getBytes(StandardCharsets.UTF_8));
    out.flush();
  }
}
