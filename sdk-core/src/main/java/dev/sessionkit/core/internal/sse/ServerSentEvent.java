package dev.sessionkit.core.internal.sse;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a Server-Sent Events stream (WHATWG HTML §9.2): its type, its data (the {@code data}
 * lines joined by {@code \n}), its id and the reconnection time the server asked for. Internal: the vendor
 * modules map each one to their own typed event, so users never see the frame.
 *
 * @param event the {@code event} field; {@code message} when the server sent none
 * @param data the data
 * @param id the {@code id} field, if sent
 * @param retry the {@code retry} field, if sent
 */
public record ServerSentEvent(String event, String data, Optional<String> id, Optional<Duration> retry) {
  /** Checks every field: an absent id or retry is an empty {@code Optional}, never null. */
  public ServerSentEvent {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(retry, "retry");
  }
}
