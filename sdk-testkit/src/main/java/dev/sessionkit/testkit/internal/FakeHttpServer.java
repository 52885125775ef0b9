package dev.sessionkit.testkit.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.sessionkit.testkit.RecordedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;

/**
 * The HTTP engine under every fake: a JDK {@link HttpServer} on 127.0.0.1 and a free port, a small daemon
 * executor, a request log, queued faults, gzip when the client accepts it, then the vendor's router.
 * Thread-safe.
 */
public final class FakeHttpServer implements AutoCloseable {
  static {
    // The JDK server leaves Nagle's algorithm on unless told otherwise, so every small response waits for the
    // client's delayed ACK (~40 ms). It reads this property once, when the first server of the JVM starts;
    // a value the user set on purpose is kept.
    if (System.getProperty("sun.net.httpserver.nodelay") == null) {
      System.setProperty("sun.net.httpserver.nodelay", "true");
    }
  }

  private static final System.Logger LOG = System.getLogger("dev.sessionkit.testkit");
  /** How many requests the log keeps (the oldest are dropped first). */
  public static final int LOG_LIMIT = 10_000;
  /** Enough for a few concurrent clients and open event streams; beyond it the dispatcher runs the exchange. */
  private static final int MAX_THREADS = 32;

  private final HttpServer server;
  private final ExecutorService executor;
  private final Router router;
  private final Router.Guard guard;
  private final ErrorStyle errors;
  private final Faults faults = new Faults();
  /** The newest requests; a bound so that a benchmark's millions of requests do not fill the heap. */
  private final Deque<RecordedRequest> log = new ArrayDeque<>();

  private FakeHttpServer(String name, Router router, Router.Guard guard, ErrorStyle errors) throws IOException {
    this.router = router;
    this.guard = guard;
    this.errors = errors;
    AtomicInteger n = new AtomicInteger();
    this.executor = new ThreadPoolExecutor(0, MAX_THREADS, 10, TimeUnit.SECONDS, new SynchronousQueue<>(), r -> {
      Thread t = new Thread(r, "sessionkit-" + name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    }, new ThreadPoolExecutor.CallerRunsPolicy());
    // A literal address: no name lookup, and never the IPv6 loopback a client would not expect.
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
  }

  /**
   * Starts a server.
   *
   * @param name a short name for thread names (e.g. "timbal")
   * @param router the vendor's routes
   * @param guard the vendor's auth or identity check, run after a route matched
   * @param errors the vendor's error shape, used for faults and unexpected failures
   * @throws UncheckedIOException when no loopback port can be bound
   */
  public static FakeHttpServer start(String name, Router router, Router.Guard guard, ErrorStyle errors) {
    try {
      FakeHttpServer s = new FakeHttpServer(name, router, guard, errors);
      s.server.start();
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot bind a fake " + name + " server on 127.0.0.1", e);
    }
  }

  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  public String origin() {
    return "http://127.0.0.1:" + port();
  }

  /** The bound port. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The fault queue of this server. */
  public Faults faults() {
    return faults;
  }

  /** A snapshot of the requests received so far (the newest {@link #LOG_LIMIT}), oldest first. */
  public List<RecordedRequest> requests() {
    synchronized (log) {
      return List.copyOf(log);
    }
  }

  /** Forgets the requests received so far. */
  public void clearRequests() {
    synchronized (log) {
      log.clear();
    }
  }

  /** Stops at once: open connections (event streams included) are closed and the threads are released. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) {
    try {
      Request request = read(exchange);
      Faults.Fault fault = faults.next();
      if (fault != null && fault.kind() == Faults.Kind.DROP) {
        // Closing an exchange before its headers are sent closes the connection: the client sees an I/O error.
        return;
      }
      if (fault != null && fault.kind() == Faults.Kind.DELAY) {
        Thread.sleep(fault.delay().toMillis());
      }
      Response response = fault != null && fault.kind() == Faults.Kind.FAIL ? injected(fault) : answer(request);
      write(exchange, request, response);
    } catch (IOException e) {
      // The client went away mid-exchange: nothing left to answer.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      exchange.close();
    }
  }

  private Request read(HttpExchange exchange) throws IOException {
    byte[] body;
    try (InputStream in = exchange.getRequestBody()) {
      body = in.readAllBytes();
    }
    Map<String, List<String>> headers = new LinkedHashMap<>();
    exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
    String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    String path = exchange.getRequestURI().getRawPath();
    String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
    synchronized (log) {
      if (log.size() == LOG_LIMIT) {
        log.removeFirst();
      }
      log.addLast(RecordedRequest.of(method, path, query, headers, new String(body, StandardCharsets.UTF_8)));
    }
    return new Request(method, path, query, headers, body);
  }

  private Response injected(Faults.Fault fault) {
    Response r = errors.error(fault.status(), ErrorStyle.reasonPhrase(fault.status()));
    if (fault.retryAfterSeconds() >= 0) {
      r.header("Retry-After", Integer.toString(fault.retryAfterSeconds()));
    }
    if (fault.status() == 429) {
      errors.rateLimited(r, fault.retryAfterSeconds());
    }
    return r;
  }

  private Response answer(Request request) {
    try {
      return router.dispatch(request, guard);
    } catch (HttpError e) {
      return e.response();
    } catch (RuntimeException e) {
      // A bug in the fake: answer as a crashed server would, and say why where a developer will look.
      LOG.log(System.Logger.Level.WARNING, "fake server failed on " + request.method() + " " + request.rawPath(), e);
      return errors.error(500, "Internal Server Error");
    }
  }

  private static void write(HttpExchange exchange, Request request, Response response)
      throws IOException, InterruptedException {
    response.headers().forEach(exchange.getResponseHeaders()::set);
    if (response.stream() != null) {
      exchange.getResponseHeaders().set("Cache-Control", "no-cache");
      exchange.sendResponseHeaders(response.status(), 0);
      try (OutputStream out = exchange.getResponseBody()) {
        response.stream().writeTo(out);
      }
      return;
    }
    byte[] body = response.body();
    if (body.length > 0 && acceptsGzip(request)) {
      body = gzip(body);
      exchange.getResponseHeaders().set("Content-Encoding", "gzip");
      exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
    }
    // -1: no body at all (204, redirects); the JDK server then sends no Content-Length and no chunks.
    exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  private static boolean acceptsGzip(Request request) {
    String accept = request.header("accept-encoding");
    if (accept == null) {
      return false;
    }
    for (String token : accept.split(",")) {
      String t = token.trim().toLowerCase(Locale.ROOT);
      if (t.equals("gzip") || (t.startsWith("gzip;") && !t.replace(" ", "").endsWith("q=0"))) {
        return true;
      }
    }
    return false;
  }

  private static byte[] gzip(byte[] body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(body);
    }
    return out.toByteArray();
  }
}
