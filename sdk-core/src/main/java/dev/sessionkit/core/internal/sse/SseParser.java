package dev.sessionkit.core.internal.sse;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads Server-Sent Events from a byte stream (WHATWG HTML §9.2.6): lines end with CRLF, LF or CR;
 * {@code :} lines are comments (heartbeats); a blank line dispatches the event; {@code data} lines are
 * joined with {@code \n}; an event with no data is not dispatched. Not thread-safe.
 */
public final class SseParser {
  /** A line longer than this is an error rather than an out-of-memory. */
  static final int MAX_LINE_BYTES = 8 * 1024 * 1024;

  private final InputStream in;
  private final byte[] buf = new byte[8192];
  private int pos;
  private int limit;
  private boolean skipLf;
  private boolean eof;
  private long heartbeats;

  public SseParser(InputStream in) {
    this.in = in;
  }

  /** How many comment lines (heartbeats) have been read. */
  public long heartbeats() {
    return heartbeats;
  }

  /** The next event, or null at the end of the stream. */
  public ServerSentEvent next() throws IOException {
    String event = null;
    StringBuilder data = null;
    String id = null;
    Duration retry = null;
    while (true) {
      String line = readLine();
      if (line == null) {
        // A partial event at the end of the stream is dropped, as the spec says.
        return null;
      }
      if (line.isEmpty()) {
        if (data != null) {
          return new ServerSentEvent(event == null || event.isEmpty() ? "message" : event, data.toString(),
              Optional.ofNullable(id), Optional.ofNullable(retry));
        }
        event = null;
        continue;
      }
      if (line.charAt(0) == ':') {
        heartbeats++;
        continue;
      }
      int colon = line.indexOf(':');
      String field = colon < 0 ? line : line.substring(0, colon);
      String value = colon < 0 ? "" : line.substring(colon + 1);
      if (value.startsWith(" ")) {
        value = value.substring(1);
      }
      switch (field) {
        case "event":
          event = value;
          break;
        case "data":
          if (data == null) {
            data = new StringBuilder(value);
          } else {
            data.append('\n').append(value);
          }
          break;
        case "id":
          if (value.indexOf('\0') < 0) {
            id = value;
          }
          break;
        case "retry":
          if (!value.isEmpty() && value.chars().allMatch(Character::isDigit) && value.length() < 12) {
            retry = Duration.ofMillis(Long.parseLong(value));
          }
          break;
        default:
          // Unknown fields are ignored.
      }
    }
  }

  private String readLine() throws IOException {
    java.io.ByteArrayOutputStream line = null;
    while (true) {
      if (pos == limit) {
        if (eof) {
          return line == null ? null : line.toString(StandardCharsets.UTF_8);
        }
        limit = in.read(buf, 0, buf.length);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          eof = true;
          continue;
        }
      }
      if (skipLf) {
        skipLf = false;
        if (buf[pos] == '\n') {
          pos++;
          continue;
        }
      }
      int start = pos;
      while (pos < limit && buf[pos] != '\n' && buf[pos] != '\r') {
        pos++;
      }
      if (line == null) {
        line = new java.io.ByteArrayOutputStream(Math.max(16, pos - start));
      }
      line.write(buf, start, pos - start);
      if (line.size() > MAX_LINE_BYTES) {
        throw new IOException("event stream line longer than " + MAX_LINE_BYTES + " bytes");
      }
      if (pos < limit) {
        skipLf = buf[pos] == '\r';
        pos++;
        return line.toString(StandardCharsets.UTF_8);
      }
    }
  }
}
