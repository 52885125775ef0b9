package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A stateful fake of Syntropic137's {@code GET /api/v1/sessions} on 127.0.0.1, as the real server
 * behaves: filters by workflow, status or statuses (statuses wins), inclusive {@code started_after} and
 * {@code started_before}; newest first with null {@code started_at} first (PostgreSQL's {@code DESC});
 * {@code limit} 1..200 (default 50) else a FastAPI 422; a bound without an offset is a 500, as on the real
 * server; bodies in the real formats ({@code str(datetime)} times, decimal-string money). It records
 * every request, and how often each session was served, and gives each response its own
 * {@code x-request-id} ({@code req-1}, {@code req-2}, …, in the order of the requests).
 *
 * <p>It speaks either generation: servers of May 2026 ({@code {sessions, total}}, {@code total} the size of
 * the response, {@code page} ignored), or later paging servers ({@link #paging}): {@code page} from 1,
 * {@code page_size} (with {@code limit} as its alias), a {@code total} of all matches,
 * {@code status_counts}, and {@code excluded_undated}, the sessions without {@code started_at} that a time
 * bound left out; without a bound they come after every dated session (PostgreSQL's {@code NULLS LAST} there).
 */
final class FakeSessionsServer implements AutoCloseable {
  static {
    // The JDK server delays small responses by ~40 ms without TCP_NODELAY; must be set before it starts.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  /** One stored session; {@code startedAt} may be null. */
  record Stored(String id, Instant startedAt, String status, String workflowId) {}

  /** One request as the fake saw it. */
  record Seen(Map<String, String> query, String trace, Instant oldestReturned, int returned) {}

  private static final DateTimeFormatter PY_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final List<Stored> sessions;
  private final boolean shuffleTies;
  private final boolean paging;
  private final HttpServer server;
  private final List<Seen> requests = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, Integer> served = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger requestIds = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * @param sessions the stored sessions, any order
   * @param shuffleTies whether sessions that share {@code started_at} come in a different order on each
   *     request (the server promises no order among them)
   */
  FakeSessionsServer(List<Stored> sessions, boolean shuffleTies) {
    this(sessions, shuffleTies, false);
  }

  private FakeSessionsServer(List<Stored> sessions, boolean shuffleTies, boolean paging) {
    this.sessions = List.copyOf(sessions);
    this.shuffleTies = shuffleTies;
    this.paging = paging;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * A fake of a server after May 2026, which pages.
   *
   * @param sessions the stored sessions, any order
   * @return the fake, started
   */
  static FakeSessionsServer paging(List<Stored> sessions) {
    return new FakeSessionsServer(sessions, false, true);
  }

  /** The order the fake lists in: {@link #ORDER}, with the sessions without {@code started_at} last on a paging server. */
  Comparator<Stored> order() {
    return paging ? PAGING_ORDER : ORDER;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1";
  }

  List<Seen> requests() {
    synchronized (requests) {
      return List.copyOf(requests);
    }
  }

  /** How many sessions were sent more than once (the inclusive bound sends a run of ties again). */
  long servedAgain() {
    return served.values().stream().filter(n -> n > 1).count();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  /** The order the server lists in, without shuffled ties: null first, then newest first, then by id. */
  static final Comparator<Stored> ORDER = Comparator
      .comparing(Stored::startedAt, Comparator.nullsFirst(Comparator.<Instant>reverseOrder()))
      .thenComparing(Stored::id);
  /** The order of a paging server: newest first, sessions without {@code started_at} last, then by id. */
  static final Comparator<Stored> PAGING_ORDER = Comparator
      .comparing(Stored::startedAt, Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
      .thenComparing(Stored::id);

  /** Python's {@code str(datetime)} of an aware UTC time: a space, no fraction when it is zero. */
  static String pythonStr(Instant t) {
    LocalDateTime local = LocalDateTime.ofInstant(t, ZoneOffset.UTC);
    String micros = local.getNano() == 0 ? "" : String.format(".%06d", local.getNano() / 1000);
    return PY_SECONDS.format(local) + micros + "+00:00";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      exchange.getRequestBody().readAllBytes();
      if (!exchange.getRequestURI().getRawPath().equals("/api/v1/sessions")) {
        respond(exchange, 404, "{\"detail\": \"Not Found\"}");
        return;
      }
      Map<String, String> query;
      try {
        query = parseQuery(exchange.getRequestURI().getRawQuery());
      } catch (IllegalStateException twice) {
        respond(exchange, 400, "{\"detail\": \"" + twice.getMessage() + "\"}");
        return;
      }
      String error = validate(query);
      if (error != null) {
        respond(exchange, error.startsWith("500") ? 500 : 422, error.substring(4));
        requests.add(new Seen(query, exchange.getRequestHeaders().getFirst("X-Trace"), null, 0));
        return;
      }
      Selection selection = select(query);
      List<Stored> page = selection.page();
      page.forEach(s -> served.merge(s.id(), 1, Integer::sum));
      Instant oldest = page.stream().map(Stored::startedAt).filter(t -> t != null).min(Comparator.naturalOrder())
          .orElse(null);
      requests.add(new Seen(query, exchange.getRequestHeaders().getFirst("X-Trace"), oldest, page.size()));
      respond(exchange, 200, body(selection));
    }
  }

  /** A FastAPI-style error as {@code "422 {json}"} or {@code "500 {json}"}, or null when the query is valid. */
  private static String validate(Map<String, String> query) {
    String limit = query.getOrDefault("limit", "50");
    try {
      int n = Integer.parseInt(limit);
      if (n < 1 || n > 200) {
        return "422 {\"detail\": [{\"type\": \"" + (n < 1 ? "greater_than_equal" : "less_than_equal")
            + "\", \"loc\": [\"query\", \"limit\"], \"msg\": \"Input should be " + (n < 1 ? "greater than or equal to 1"
            : "less than or equal to 200") + "\", \"input\": \"" + limit + "\"}]}";
      }
    } catch (NumberFormatException e) {
      return "422 {\"detail\": [{\"type\": \"int_parsing\", \"loc\": [\"query\", \"limit\"]}]}";
    }
    for (String name : List.of("started_after", "started_before")) {
      String v = query.get(name);
      if (v == null) {
        continue;
      }
      try {
        OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      } catch (DateTimeParseException notAware) {
        try {
          LocalDateTime.parse(v);
          // What the real server does with a naive bound: comparing it with aware times raises.
          return "500 {\"detail\": \"can't compare offset-naive and offset-aware datetimes\"}";
        } catch (DateTimeParseException notNaive) {
          return "422 {\"detail\": [{\"type\": \"datetime_from_date_parsing\", \"loc\": [\"query\", \"" + name + "\"]}]}";
        }
      }
      int dot = v.indexOf('.');
      if (dot >= 0 && v.substring(dot + 1).replaceAll("[^0-9].*$", "").length() > 6) {
        return "422 {\"detail\": [{\"type\": \"datetime_parsing\", \"loc\": [\"query\", \"" + name + "\"],"
            + " \"msg\": \"second fraction too long\"}]}";
      }
    }
    return null;
  }

  /** What a request selects: its page, and for a paging server the counts it reports. */
  private record Selection(List<Stored> page, int pageNo, int pageSize, int total, long excludedUndated,
      Map<String, Long> statusCounts) {}

  private Selection select(Map<String, String> query) {
    String workflow = query.get("workflow_id");
    Set<String> statuses = query.containsKey("statuses")
        ? Set.of(query.get("statuses").split(","))
        : query.containsKey("status") ? Set.of(query.get("status")) : null;
    Instant after = bound(query.get("started_after"));
    Instant before = bound(query.get("started_before"));
    List<Stored> matching = sessions.stream()
        .filter(s -> workflow == null || workflow.equals(s.workflowId()))
        .filter(s -> statuses == null || statuses.contains(s.status()))
        // SQL: a comparison with NULL is not true, so a bound leaves out sessions without started_at.
        .filter(s -> after == null || (s.startedAt() != null && !s.startedAt().isBefore(after)))
        .filter(s -> before == null || (s.startedAt() != null && !s.startedAt().isAfter(before)))
        .sorted(order())
        .collect(Collectors.toCollection(ArrayList::new));
    if (shuffleTies) {
      shuffleWithinTies(matching, new Random(requests.size()));
    }
    int limit = Integer.parseInt(query.getOrDefault("limit", "50"));
    int pageNo = paging ? Integer.parseInt(query.getOrDefault("page", "1")) : 1;
    int from = (int) Math.min(matching.size(), (long) (pageNo - 1) * limit);
    long undated = after == null && before == null ? 0 : sessions.stream()
        .filter(s -> s.startedAt() == null && (workflow == null || workflow.equals(s.workflowId()))
            && (statuses == null || statuses.contains(s.status())))
        .count();
    Map<String, Long> counts = new java.util.TreeMap<>();
    matching.forEach(s -> counts.merge(s.status(), 1L, Long::sum));
    return new Selection(matching.subList(from, Math.min(from + limit, matching.size())), pageNo, limit,
        matching.size(), undated, counts);
  }

  private static void shuffleWithinTies(List<Stored> sorted, Random random) {
    int start = 0;
    for (int i = 1; i <= sorted.size(); i++) {
      if (i == sorted.size() || !java.util.Objects.equals(sorted.get(i).startedAt(), sorted.get(start).startedAt())) {
        Collections.shuffle(sorted.subList(start, i), random);
        start = i;
      }
    }
  }

  private static Instant bound(String v) {
    return v == null ? null : OffsetDateTime.parse(v, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
  }

  private String body(Selection selection) {
    List<Stored> page = selection.page();
    ObjectNode root = SessionKitJson.mapper().createObjectNode();
    ArrayNode items = root.putArray("sessions");
    for (Stored s : page) {
      ObjectNode o = items.addObject();
      o.put("id", s.id());
      o.put("workflow_id", s.workflowId());
      o.putNull("workflow_name");
      o.put("execution_id", "exec-" + s.id());
      o.putNull("phase_id");
      o.putNull("phase_display");
      o.put("status", s.status());
      o.put("agent_provider", "claude");
      o.put("agent_model", "claude-sonnet-4-6");
      o.put("agent_model_display", "Sonnet 4.6");
      o.putArray("repos").add("acme/api");
      o.put("repos_display", "acme/api");
      o.put("input_tokens", 100);
      o.put("output_tokens", 20);
      o.put("cache_creation_tokens", 0);
      o.put("cache_read_tokens", 5);
      o.put("total_tokens", 125);
      o.put("total_tokens_display", "125");
      o.put("total_cost_usd", "0.001500");
      o.put("total_cost_display", "$0.00");
      o.putNull("duration_seconds");
      o.put("duration_display", "\u2014");
      if (s.startedAt() == null) {
        o.putNull("started_at");
      } else {
        o.put("started_at", pythonStr(s.startedAt()));
      }
      o.putNull("completed_at");
    }
    if (!paging) {
      root.put("total", page.size());
      return root.toString();
    }
    root.put("total", selection.total()).put("page", selection.pageNo()).put("page_size", selection.pageSize())
        .put("excluded_undated", selection.excludedUndated());
    ObjectNode counts = root.putObject("status_counts");
    selection.statusCounts().forEach(counts::put);
    return root.toString();
  }

  private static Map<String, String> parseQuery(String raw) {
    Map<String, String> query = new LinkedHashMap<>();
    if (raw == null || raw.isEmpty()) {
      return query;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      if (counts.merge(name, 1, Integer::sum) > 1) {
        throw new IllegalStateException("query parameter " + name + " sent twice: " + raw);
      }
      query.put(name, value);
    }
    return query;
  }

  private void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().set("x-request-id", "req-" + requestIds.incrementAndGet());
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
