package dev.sessionkit.core.internal.sse;

import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.core.streaming.EventStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;
import java.util.function.Function;

/** An {@link EventStream} over a Server-Sent Events body, each event mapped to a typed value. */
public final class SseEventStream<T> implements EventStream<T> {
  private final InputStream body;
  private final SseParser parser;
  private final Function<ServerSentEvent, T> mapper;
  private final String description;
  private volatile boolean closed;
  private T next;
  private boolean done;

  /**
   * @param body the response body; closed by {@link #close()}
   * @param mapper turns an event into a value, or null to skip it; throws {@link SessionKitException}
   * @param description what the stream is, for messages ({@code GET /sessions/s1/stream})
   */
  public SseEventStream(InputStream body, Function<ServerSentEvent, T> mapper, String description) {
    this.body = body;
    this.parser = new SseParser(body);
    this.mapper = mapper;
    this.description = description;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !done) {
      if (closed) {
        done = true;
        break;
      }
      ServerSentEvent event;
      try {
        event = parser.next();
      } catch (IOException e) {
        if (closed) {
          done = true;
          break;
        }
        close();
        throw new ApiConnectionException("event stream broke off: " + description + ": " + e.getMessage(), e);
      }
      if (event == null) {
        done = true;
        close();
        break;
      }
      try {
        next = mapper.apply(event);
      } catch (RuntimeException e) {
        // An event that cannot be read ends the stream: the caller gets the error, and the connection
        // does not stay open behind an iterator nobody will finish.
        done = true;
        close();
        throw e;
      }
    }
    return next != null;
  }

  @Override
  public T next() {
    if (!hasNext()) {
      throw new NoSuchElementException("the event stream has ended");
    }
    T value = next;
    next = null;
    return value;
  }

  @Override
  public void close() {
    closed = true;
    try {
      body.close();
    } catch (IOException ignored) {
      // closing is best effort: the connection is abandoned either way
    }
  }
}
