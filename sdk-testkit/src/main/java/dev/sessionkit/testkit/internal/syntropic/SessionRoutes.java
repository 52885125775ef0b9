package dev.sessionkit.testkit.internal.syntropic;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessionkit.testkit.internal.ErrorStyle;
import dev.sessionkit.testkit.internal.FastApiValidation;
import dev.sessionkit.testkit.internal.HttpAuth;
import dev.sessionkit.testkit.internal.Json;
import dev.sessionkit.testkit.internal.Request;
import dev.sessionkit.testkit.internal.Response;
import dev.sessionkit.testkit.internal.Router;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Syntropic137 fake's HTTP side: {@code GET /api/v1/sessions} and {@code GET /api/v1/sessions/{id}}, their
 * query parsing, FastAPI's validation errors, the real server's 500 on a naive time bound, and the bodies of
 * each server generation. Thread-safe (the store is).
 */
public final class SessionRoutes {
  /** The API's path prefix. */
  public static final String PREFIX = "/api/v1";
  /** FastAPI's error shape. */
  public static final ErrorStyle ERRORS = ErrorStyle.fastApi();

  /**
   * What pydantic reads as a datetime in a query: a date, or a date and time with {@code T} or a space,
   * optional seconds and fraction, optional {@code Z} or offset.
   */
  private static final Pattern DATETIME = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2})(?::(\\d{2})(?:\\.(\\d{1,9}))?)?)?([Zz]|[+-]\\d{2}(?::?\\d{2})?)?");

  private final SessionStore store;
  private final Function<Request, Random> tieShuffle;

  /**
   * Routes whose listing keeps the store's order of ties.
   *
   * @param store the sessions
   */
  public SessionRoutes(SessionStore store) {
    this(store, r -> null);
  }

  /**
   * @param store the sessions
   * @param tieShuffle per list request, the randomness of the order of sessions that share {@code started_at},
   *     or null to keep the store's order
   */
  public SessionRoutes(SessionStore store, Function<Request, Random> tieShuffle) {
    this.store = store;
    this.tieShuffle = tieShuffle;
  }

  /**
   * The routes, with {@code list} answering {@code GET /sessions}.
   *
   * @return the router
   */
  public Router router() {
    return router(this::list);
  }

  /**
   * The routes, with another handler for {@code GET /sessions} (one that wraps {@link #list}).
   *
   * @param list what answers {@code GET /sessions}
   * @return the router
   */
  public Router router(Router.Handler list) {
    return new Router(ERRORS, true)
        .route("GET", PREFIX + "/sessions", list)
        .route("GET", PREFIX + "/sessions/{id}", this::get);
  }

  /**
   * The auth check: none without credentials, else bearer or basic, FastAPI's 401 otherwise.
   *
   * @param bearerToken the token, or null
   * @param basicUser the basic-auth user, or null
   * @param basicPassword the basic-auth password, or null
   * @return the guard
   */
  public static Router.Guard guard(String bearerToken, String basicUser, String basicPassword) {
    return HttpAuth.guard(bearerToken, basicUser, basicPassword, ERRORS, "Not authenticated");
  }

  /**
   * Answers {@code GET /sessions}.
   *
   * @param r the request
   * @return the page, FastAPI's 422, or the real server's bare 500 for a naive bound
   */
  public Response list(Request r) {
    boolean paged = store.paged();
    FastApiValidation v = new FastApiValidation();
    int limit = v.intQuery(r, "limit", SessionListing.DEFAULT_PAGE_SIZE, 1, SessionListing.MAX_PAGE_SIZE);
    // Later servers: page_size wins over limit, its deprecated alias; both default to nothing, then 50.
    int pageSize = !paged ? limit : r.query("page_size") != null
        ? v.intQuery(r, "page_size", SessionListing.DEFAULT_PAGE_SIZE, 1, SessionListing.MAX_PAGE_SIZE) : limit;
    int page = paged ? v.intQuery(r, "page", 1, 1, null) : 1;
    Bound after = bound(r, "started_after", v);
    Bound before = bound(r, "started_before", v);
    if (paged) {
      // Later servers take a bound only with a timezone, and refuse one without in the 422.
      naive(r, "started_after", after, v);
      naive(r, "started_before", before, v);
    }
    v.throwIfAny();
    if (after.naive || before.naive) {
      // The server compares the naive value with its aware timestamps and Python raises TypeError: the
      // result is Starlette's bare 500, not JSON.
      return Response.text(500, "Internal Server Error");
    }
    List<String> statuses = new ArrayList<>();
    String joined = r.query("statuses");
    if (joined != null && !joined.isBlank()) {
      for (String s : joined.split(",")) {
        if (!s.isBlank()) {
          statuses.add(s.trim());
        }
      }
    } else if (r.query("status") != null) {
      statuses.add(r.query("status"));
    }
    SessionListing.Query query = new SessionListing.Query(r.query("workflow_id"), statuses,
        paged ? r.query("q") : null, after.value, before.value, page, pageSize, paged);
    SessionListing.Result<ObjectNode> result = store.list(query, tieShuffle.apply(r));
    ArrayNode items = Json.array();
    result.page().forEach(items::add);
    ObjectNode body = Json.object();
    body.set("sessions", items);
    if (!paged) {
      body.put("total", items.size());
      return Response.ok(body);
    }
    body.put("total", result.total()).put("page", page).put("page_size", pageSize)
        .put("excluded_undated", result.excludedUndated());
    ObjectNode counts = body.putObject("status_counts");
    result.statusCounts().forEach(counts::put);
    return Response.ok(body);
  }

  private Response get(Request r) {
    String key = r.path("id");
    SessionStore.Found found = store.find(key);
    if (found instanceof SessionStore.Found.One one) {
      return Response.ok(one.session());
    }
    if (found instanceof SessionStore.Found.Ambiguous ambiguous) {
      throw ERRORS.fail(409, "Ambiguous session id prefix '" + key + "' matches " + ambiguous.matches() + " sessions");
    }
    throw ERRORS.fail(404, "Session not found: " + key);
  }

  /** Later servers' answer to a bound without a timezone: pydantic's {@code timezone_aware} error. */
  private static void naive(Request r, String name, Bound bound, FastApiValidation v) {
    if (bound.naive) {
      v.add(FastApiValidation.error("timezone_aware", new String[] {"query", name}, "Input should have timezone info",
          TextNode.valueOf(r.query(name)), null));
    }
  }

  /** A time bound from the query: its instant, or whether it was naive (which the real server cannot compare). */
  private record Bound(Instant value, boolean naive) {}

  private static Bound bound(Request r, String name, FastApiValidation v) {
    String raw = r.query(name);
    if (raw == null) {
      return new Bound(null, false);
    }
    Matcher m = DATETIME.matcher(raw.trim());
    if (raw.trim().matches("\\d{1,12}")) {
      // pydantic reads a bare number as Unix seconds, in UTC.
      return new Bound(Instant.ofEpochSecond(Long.parseLong(raw.trim())), false);
    }
    if (!m.matches()) {
      v.add(FastApiValidation.error("datetime_from_date_parsing", new String[] {"query", name},
          "Input should be a valid datetime or date, invalid character in year", TextNode.valueOf(raw),
          Json.object().put("error", "invalid character in year")));
      return new Bound(null, false);
    }
    if (m.group(5) == null) {
      return new Bound(null, true);
    }
    String time = m.group(2) == null ? "00:00" : m.group(2);
    String seconds = m.group(3) == null ? "00" : m.group(3);
    String fraction = m.group(4) == null ? "" : "." + m.group(4);
    String offset = m.group(5).equalsIgnoreCase("z") ? "Z" : normalizeOffset(m.group(5));
    try {
      return new Bound(OffsetDateTime.parse(m.group(1) + "T" + time + ":" + seconds + fraction + offset).toInstant()
          .truncatedTo(ChronoUnit.MICROS), false);
    } catch (DateTimeParseException e) {
      v.add(FastApiValidation.error("datetime_from_date_parsing", new String[] {"query", name},
          "Input should be a valid datetime or date, " + e.getMessage(), TextNode.valueOf(raw), null));
      return new Bound(null, false);
    }
  }

  private static String normalizeOffset(String offset) {
    String digits = offset.substring(1).replace(":", "");
    String hhmm = digits.length() == 2 ? digits + "00" : digits;
    return offset.charAt(0) + hhmm.substring(0, 2) + ":" + hhmm.substring(2);
  }
}
