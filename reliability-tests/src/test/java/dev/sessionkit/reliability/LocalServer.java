package dev.sessionkit.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A tiny server on 127.0.0.1 (the JDK's {@code HttpServer}) that answers every request with the response
 * set last, and records the raw request targets it received. Faster than WireMock for thousands of fuzzed
 * bodies, and it shows the request line exactly as it was sent (no decoding, no normalising).
 */
final class LocalServer implements AutoCloseable {
  /** One canned response. */
  record Response(int status, String contentType, byte[] body) {
    static Response of(int status, String contentType, String body) {
      return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4, r -> {
    Thread t = new Thread(r, "local-server");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<Response> response =
      new AtomicReference<>(Response.of(200, "application/json", "{}"));
  private final List<String> targets = new ArrayList<>();

  LocalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", exchange -> {
      try (exchange) {
        synchronized (targets) {
          targets.add(exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
              + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        }
        exchange.getRequestBody().readAllBytes();
        Response r = response.get();
        exchange.getResponseHeaders().set("Content-Type", r.contentType());
        if (r.body().length == 0) {
          exchange.sendResponseHeaders(r.status(), -1);
        } else {
          exchange.sendResponseHeaders(r.status(), r.body().length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(r.body());
          }
        }
      }
    });
    server.setExecutor(threads);
    server.start();
  }

  /** {@code http://127.0.0.1:port}. */
  String origin() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /**
   * Sets the response to every following request.
   *
   * @param next the response
   */
  void respond(Response next) {
    response.set(next);
  }

  /** The request targets received so far ({@code GET /raw/path?raw=query}), and forgets them. */
  List<String> takeTargets() {
    synchronized (targets) {
      List<String> out = List.copyOf(targets);
      targets.clear();
      return out;
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
