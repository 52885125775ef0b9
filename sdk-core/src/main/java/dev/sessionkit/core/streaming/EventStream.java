package dev.sessionkit.core.streaming;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A live stream of typed events from the server. {@link #hasNext()} blocks until the next event arrives
 * or the server ends the stream; heartbeats are skipped. {@link #close()} ends the connection at once,
 * also from another thread (a blocked {@code hasNext()} then returns false).
 *
 * <pre>{@code
 * try (EventStream<AgentEvent> events = agents.sessions().stream("agent-1", "s-1")) {
 *   while (events.hasNext()) {
 *     System.out.println(events.next());
 *   }
 * }
 * }</pre>
 *
 * <p>Not thread-safe, except {@code close()}.
 *
 * @param <T> the event type
 */
public interface EventStream<T> extends Iterator<T>, AutoCloseable {

  /**
   * Waits for the next event.
   *
   * @return true if an event is ready, false once the stream has ended or been closed
   * @throws dev.sessionkit.core.errors.SessionKitException if the connection fails or an event cannot be read
   */
  @Override
  boolean hasNext();

  /**
   * @return the next event
   * @throws NoSuchElementException if the stream has ended
   */
  @Override
  T next();

  /** Ends the connection; idempotent and safe from any thread. */
  @Override
  void close();

  /**
   * The remaining events as a sequential stream; closing it closes this.
   *
   * @return the stream
   */
  default Stream<T> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }
}
