package dev.sessionkit.syntropic.internal;

import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * How a {@link ListSessionsRequest} goes on the wire of {@code GET /sessions}. {@code statuses} is sent
 * comma-joined and wins over {@code status} (the server would ignore {@code status}), so only one of them
 * is sent. Times are sent in UTC with a {@code Z}: the server fails with 500 on a time without an offset.
 * The server keeps microseconds, so a finer bound is rounded outwards (the lower bound up, the upper bound
 * down), which selects exactly the sessions the finer bound would; Pydantic refuses more than six fraction
 * digits anyway.
 */
public final class SessionsQuery {
  private static final DateTimeFormatter WIRE_TIME = DateTimeFormatter.ISO_INSTANT;

  private SessionsQuery() {}

  /**
   * The request's filters as {@code GET /sessions}, without {@code limit}: the caller adds it, since
   * {@code list} leaves it to the server and {@code listAll} sets the page size.
   *
   * @param request the filters
   * @return the request, still open for {@code limit}
   */
  public static ApiRequest.Builder listRequest(ListSessionsRequest request) {
    Objects.requireNonNull(request, "request");
    ApiRequest.Builder b = ApiRequest.get("sessions").query("workflow_id", request.workflowId().orElse(null));
    if (request.statuses().isEmpty()) {
      b.query("status", request.status().orElse(null));
    } else {
      b.query("statuses", String.join(",", request.statuses()));
    }
    return b.query("started_after", request.startedAfter().map(t -> wireTime(ceilToMicros(t))).orElse(null))
        .query("started_before", request.startedBefore().map(SessionsQuery::upperBound).orElse(null));
  }

  /**
   * An upper bound ({@code started_before}) as the server reads it: UTC with a {@code Z}, at most
   * microseconds.
   *
   * @param bound the bound
   * @return the bound on the wire
   */
  public static String upperBound(Instant bound) {
    return wireTime(bound.truncatedTo(ChronoUnit.MICROS));
  }

  private static String wireTime(Instant t) {
    return WIRE_TIME.format(t);
  }

  private static Instant ceilToMicros(Instant t) {
    Instant floor = t.truncatedTo(ChronoUnit.MICROS);
    return floor.equals(t) ? t : floor.plus(1, ChronoUnit.MICROS);
  }
}
