package dev.sessionkit.conformance.wire;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A recording proxy on 127.0.0.1 between a client and a server on 127.0.0.1: it passes every request and
 * response through unchanged (gzip, chunked event streams and 307s included) and keeps each as an
 * {@link Exchange}. A fake's own log has the requests but not what it answered; the conformance checks need
 * both, exactly as they crossed the wire.
 */
public final class Tap implements AutoCloseable {
  /** Hop-by-hop headers, and those {@link HttpClient} sets itself and refuses to be given. */
  private static final Set<String> NOT_FORWARDED = Set.of("connection", "content-length", "expect", "host",
      "upgrade", "transfer-encoding", "keep-alive", "te", "trailer", "proxy-connection", "http2-settings");

  private final URI target;
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "conformance-tap");
    t.setDaemon(true);
    return t;
  });
  private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private final List<Exchange> exchanges = new ArrayList<>();
  /** Exchanges begun and not yet recorded; guarded by {@link #exchanges}. */
  private int inFlight;

  private Tap(String targetBaseUrl) {
    this.target = URI.create(targetBaseUrl);
    if (!"127.0.0.1".equals(target.getHost())) {
      throw new IllegalArgumentException("the tap only talks to 127.0.0.1, not " + target);
    }
    try {
      this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  /**
   * Starts a tap in front of a server.
   *
   * @param targetBaseUrl the server's base URL on 127.0.0.1, with its base path if it has one
   * @return the started tap; close it when done
   */
  public static Tap inFrontOf(String targetBaseUrl) {
    return new Tap(targetBaseUrl);
  }

  /**
   * The base URL to give a client instead of the server's: same base path, the tap's port.
   *
   * @return the URL, without a trailing slash
   */
  public String baseUrl() {
    String path = target.getRawPath() == null ? "" : target.getRawPath();
    return "http://127.0.0.1:" + server.getAddress().getPort() + (path.endsWith("/") ? path.substring(0, path.length() - 1) : path);
  }

  /**
   * Every exchange so far, oldest first. Waits (up to 10 s) for exchanges still in flight: a client has the
   * last byte of a response a moment before the tap has recorded it.
   *
   * @return a snapshot
   */
  public List<Exchange> exchanges() {
    long deadline = System.nanoTime() + 10_000_000_000L;
    synchronized (exchanges) {
      while (inFlight > 0 && System.nanoTime() < deadline) {
        try {
          exchanges.wait(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
      return List.copyOf(exchanges);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange in) {
    synchronized (exchanges) {
      inFlight++;
    }
    try {
      forward(in);
    } finally {
      synchronized (exchanges) {
        inFlight--;
        exchanges.notifyAll();
      }
    }
  }

  private void forward(HttpExchange in) {
    try (in) {
      byte[] requestBody;
      try (InputStream body = in.getRequestBody()) {
        requestBody = body.readAllBytes();
      }
      Map<String, List<String>> requestHeaders = lowerCase(in.getRequestHeaders());
      String rawPath = in.getRequestURI().getRawPath();
      String rawQuery = in.getRequestURI().getRawQuery() == null ? "" : in.getRequestURI().getRawQuery();
      URI upstream = URI.create("http://127.0.0.1:" + target.getPort() + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
      HttpRequest.Builder out = HttpRequest.newBuilder(upstream).timeout(Duration.ofSeconds(30))
          .method(in.getRequestMethod(), requestBody.length == 0
              ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(requestBody));
      requestHeaders.forEach((name, values) -> {
        if (!NOT_FORWARDED.contains(name)) {
          values.forEach(v -> out.header(name, v));
        }
      });
      HttpResponse<InputStream> response = client.send(out.build(), HttpResponse.BodyHandlers.ofInputStream());
      Map<String, List<String>> responseHeaders = new LinkedHashMap<>();
      response.headers().map().forEach((name, values) -> {
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.startsWith(":")) {
          responseHeaders.put(lower, values);
          if (!NOT_FORWARDED.contains(lower)) {
            in.getResponseHeaders().put(name, values);
          }
        }
      });
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      long length = response.headers().firstValueAsLong("content-length").orElse(-1);
      boolean noBody = response.statusCode() == 204 || response.statusCode() == 304 || length == 0;
      in.sendResponseHeaders(response.statusCode(), noBody ? -1 : Math.max(length, 0));
      try (InputStream body = response.body(); OutputStream client = in.getResponseBody()) {
        byte[] buffer = new byte[8192];
        int n;
        // Passed on as it comes, so that an event stream reaches the client event by event.
        while ((n = body.read(buffer)) >= 0) {
          copy.write(buffer, 0, n);
          client.write(buffer, 0, n);
          client.flush();
        }
      } catch (IOException e) {
        // The client closed an event stream early: what came through so far is the exchange.
      }
      record(new Exchange(in.getRequestMethod().toUpperCase(Locale.ROOT), rawPath, rawQuery, requestHeaders,
          new String(requestBody, StandardCharsets.UTF_8), response.statusCode(), responseHeaders,
          decoded(copy.toByteArray(), responseHeaders)));
    } catch (IOException e) {
      // The upstream or the client went away: nothing to record.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void record(Exchange exchange) {
    synchronized (exchanges) {
      exchanges.add(exchange);
    }
  }

  private static String decoded(byte[] body, Map<String, List<String>> headers) throws IOException {
    List<String> encoding = headers.getOrDefault("content-encoding", List.of());
    if (body.length > 0 && encoding.stream().anyMatch(e -> e.equalsIgnoreCase("gzip"))) {
      try (InputStream gz = new GZIPInputStream(new ByteArrayInputStream(body))) {
        return new String(gz.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return new String(body, StandardCharsets.UTF_8);
  }

  private static Map<String, List<String>> lowerCase(Map<String, List<String>> headers) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    headers.forEach((k, v) -> out.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
    return out;
  }
}
