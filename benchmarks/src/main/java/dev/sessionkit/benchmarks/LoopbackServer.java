package dev.sessionkit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal JDK {@link HttpServer} on 127.0.0.1 that serves one synthetic listing of any length, as fast as
 * it can: Timbal's {@code GET /orgs/{org}/projects/{project}/runs} or Syntropic137's
 * {@code GET /api/v1/sessions}, in the real servers' formats. Both contenders of a measurement get the same
 * bytes for the same page.
 *
 * <p>Not the testkit's fakes: they filter and sort their records per request, and would hold a million
 * records in memory; here a page is a copy ({@link TimbalPages}) or a rendering ({@link SyntropicPages}),
 * optionally cached so that gzip is paid once per page, not once per request. Responses are gzipped when the
 * server's gzip is on and the request accepts it. Requests run on the server's dispatcher thread: the
 * clients send one request at a time, so a hand-off to a pool would only add latency. Thread-safe.
 */
final class LoopbackServer implements AutoCloseable {
  static {
    // The JDK server leaves Nagle's algorithm on unless told otherwise (read once, when the first server
    // starts): every response would wait for the client's delayed ACK.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  /** The API key the Timbal listing requires, as {@code Authorization: Bearer <key>}. */
  static final String TIMBAL_API_KEY = "tk_bench_loopback";
  /** The organisation of the Timbal listing. */
  static final String TIMBAL_ORG = "org_bench";
  /** The project of the Timbal listing. */
  static final String TIMBAL_PROJECT = "proj_bench";
  /** Timbal's page size: the testkit fake's (the API has no page-size parameter). */
  static final int TIMBAL_PAGE_SIZE = 50;

  private static final String TIMBAL_PATH = "/orgs/" + TIMBAL_ORG + "/projects/" + TIMBAL_PROJECT + "/runs";
  private static final String SYNTROPIC_PREFIX = "/api/v1";
  private static final String SYNTROPIC_PATH = SYNTROPIC_PREFIX + "/sessions";

  private final Api api;
  private final boolean gzip;
  private final TimbalPages timbal;
  private final SyntropicPages syntropic;
  private final Map<Long, byte[]> cache;
  private final HttpServer server;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong traced = new AtomicLong();
  /** The client ports seen: one per TCP connection (a diagnostic of connection reuse). */
  private final Set<Integer> clientPorts = ConcurrentHashMap.newKeySet();

  private LoopbackServer(Api api, int items, boolean gzip, boolean cachePages) throws IOException {
    this.api = api;
    this.gzip = gzip;
    this.timbal = api == Api.TIMBAL ? new TimbalPages(PageBodies.timbalRuns(TIMBAL_PAGE_SIZE), items, TIMBAL_PAGE_SIZE)
        : null;
    this.syntropic = api == Api.SYNTROPIC
        ? new SyntropicPages(PageBodies.syntropicSessions(SyntropicPages.MAX_LIMIT), items) : null;
    this.cache = cachePages ? new ConcurrentHashMap<>() : null;
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::handle);
  }

  /**
   * Starts a server.
   *
   * @param api which listing to serve
   * @param items how many items the listing has
   * @param gzip whether to gzip responses to clients that accept it
   * @param cachePages whether to keep every page once rendered (memory: about the listing's size, or a
   *     tenth with gzip); Timbal's pages cost a copy and are never cached
   * @return the started server; close it
   */
  static LoopbackServer start(Api api, int items, boolean gzip, boolean cachePages) {
    try {
      LoopbackServer s = new LoopbackServer(api, items, gzip, cachePages && api == Api.SYNTROPIC);
      s.server.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind a loopback server", e);
    }
  }

  /** The base URL a client of this API is configured with. */
  String baseUrl() {
    String origin = "http://127.0.0.1:" + server.getAddress().getPort();
    return api == Api.SYNTROPIC ? origin + SYNTROPIC_PREFIX : origin;
  }

  /** The API served. */
  Api api() {
    return api;
  }

  /** Whether responses are gzipped. */
  boolean gzip() {
    return gzip;
  }

  /** How many requests were answered so far. */
  long requests() {
    return requests.get();
  }

  /**
   * How many requests so far carried a W3C {@code traceparent} header: that sdk-otel's listener put the trace
   * on the wire, as a server that takes part in tracing would read it.
   */
  long tracedRequests() {
    return traced.get();
  }

  /** How many TCP connections clients opened so far (distinct client ports). */
  long connections() {
    return clientPorts.size();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) {
    try {
      try (InputStream in = exchange.getRequestBody()) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      requests.incrementAndGet();
      clientPorts.add(exchange.getRemoteAddress().getPort());
      if (exchange.getRequestHeaders().containsKey("traceparent")) {
        traced.incrementAndGet();
      }
      String path = exchange.getRequestURI().getRawPath();
      Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
      boolean zip = gzip && accepts(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
      if (!exchange.getRequestMethod().equals("GET")) {
        send(exchange, 405, error(api, "method not allowed"), false);
      } else if (api == Api.TIMBAL && path.equals(TIMBAL_PATH)) {
        timbal(exchange, query, zip);
      } else if (api == Api.SYNTROPIC && path.equals(SYNTROPIC_PATH)) {
        syntropic(exchange, query, zip);
      } else {
        send(exchange, 404, error(api, "not found: " + path), false);
      }
    } catch (IOException e) {
      // The client went away: nothing to answer.
    } finally {
      exchange.close();
    }
  }

  private void timbal(HttpExchange exchange, Map<String, String> query, boolean zip) throws IOException {
    if (!("Bearer " + TIMBAL_API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
      send(exchange, 401, error(api, "invalid API key"), false);
      return;
    }
    int page;
    try {
      page = timbal.pageIndex(query.get("page_token"));
    } catch (IllegalArgumentException e) {
      send(exchange, 400, error(api, e.getMessage()), false);
      return;
    }
    send(exchange, 200, timbal.page(page, zip), zip);
  }

  private void syntropic(HttpExchange exchange, Map<String, String> query, boolean zip) throws IOException {
    int limit;
    Instant before;
    try {
      limit = query.containsKey("limit") ? Integer.parseInt(query.get("limit")) : SyntropicPages.DEFAULT_LIMIT;
      if (limit < 1 || limit > SyntropicPages.MAX_LIMIT) {
        throw new IllegalArgumentException("limit must be between 1 and " + SyntropicPages.MAX_LIMIT);
      }
      before = query.containsKey("started_before") ? SyntropicPages.parse(query.get("started_before")) : null;
    } catch (IllegalArgumentException e) {
      send(exchange, 422, error(api, e.getMessage()), false);
      return;
    }
    int start = syntropic.startIndex(before);
    if (cache == null) {
      send(exchange, 200, render(start, limit, zip), zip);
      return;
    }
    long key = ((long) start << 8) | limit;
    send(exchange, 200, cache.computeIfAbsent(key, k -> render(start, limit, zip)), zip);
  }

  private byte[] render(int start, int limit, boolean zip) {
    byte[] plain = syntropic.page(start, limit);
    return zip ? Gzip.gzip(plain) : plain;
  }

  // Each vendor's error shape: Timbal's {"code", "message"}, FastAPI's {"detail"}.
  private static byte[] error(Api api, String message) {
    Map<String, String> body = new HashMap<>();
    if (api == Api.TIMBAL) {
      body.put("code", "error");
      body.put("message", message);
    } else {
      body.put("detail", message);
    }
    return PageBodies.bytes(body);
  }

  private static void send(HttpExchange exchange, int status, byte[] body, boolean zip) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    if (zip) {
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
    }
    exchange.sendResponseHeaders(status, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static boolean accepts(String acceptEncoding) {
    return acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
  }

  private static Map<String, String> query(String raw) {
    Map<String, String> out = new HashMap<>();
    if (raw == null || raw.isEmpty()) {
      return out;
    }
    for (String pair : raw.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      out.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return out;
  }
}
