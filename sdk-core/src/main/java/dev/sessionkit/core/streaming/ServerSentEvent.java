package dev.sessionkit.core.streaming;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a Server-Sent Events stream (WHATWG HTML §9.2): its type, its data (the {@code data}
 * lines joined by {@code \n}), its id and the reconnection time the server asked for.
 *
 * @param event the {@code event} field; {@code message} when the server sent none
 * @param data the data
 * @param id the {@code id} field, or null
 * @param retry the {@code retry} field, or null
 */
public record ServerSentEvent(String event, String data, String id, Duration retry) {
  /** Checks the required fields. */
  public ServerSentEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(data, "data");
  }

  /** The {@code id} field, if sent. */
  public Optional<String> lastEventId() {
    return Optional.ofNullable(id);
  }

  /** The {@code retry} field, if sent. */
  public Optional<Duration> reconnectAfter() {
    return Optional.ofNullable(retry);
  }
}
