package dev.sessionkit.benchmarks;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.internal.CursorBody;
import dev.sessionkit.timbal.runs.Run;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The baseline contenders: what a developer writes without an SDK. A loop over {@code java.net.http} and
 * Jackson's {@code readTree} that sends the same requests as SessionKit (same query parameters, headers
 * and page sizes) and pages the same way, without SessionKit's retries, error mapping, size cap or models.
 *
 * <p>One more, a diagnostic rather than a baseline: the streaming loop reading each body with SessionKit's own
 * reader ({@link ParseBenchmark#typedReader}) instead of {@code readTree}. Against {@code raw-stream} it shows
 * what SessionKit's parsing costs end to end; against SessionKit, what SessionKit's transport costs.
 */
final class RawListings {
  /** How the raw loop reads a body. */
  enum BodyMode {
    /** {@code BodyHandlers.ofByteArray()}, then {@code readTree(byte[])}: the common way. */
    BYTES,
    /** {@code BodyHandlers.ofInputStream()}, {@code readTree(stream)}, then read to the end (connection reuse). */
    STREAM,
    /** As {@link #STREAM}, but the body is read with SessionKit's reader into its models. */
    STREAM_TYPED
  }

  private static final int SYNTROPIC_LIMIT = 200;

  private RawListings() {}

  /**
   * A walk over the loopback listing of the API with the raw loop.
   *
   * @param api the API
   * @param baseUrl the server's base URL ({@link LoopbackServer#baseUrl()})
   * @param mode how bodies are read
   * @return the contender
   */
  static Listing of(Api api, String baseUrl, BodyMode mode) {
    Fetcher fetcher = new Fetcher(mode);
    ParseBenchmark.TypedReader typed;
    try {
      typed = mode == BodyMode.STREAM_TYPED ? ParseBenchmark.typedReader(api) : null;
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
    if (typed == null) {
      PageParser<String> tree = in -> new TreePage(fetcher.mapper.readTree(in), api == Api.TIMBAL ? "runs" : "sessions");
      return api == Api.TIMBAL ? () -> timbal(baseUrl, tree, fetcher) : () -> syntropic(baseUrl, tree, fetcher);
    }
    if (api == Api.TIMBAL) {
      PageParser<Instant> runs = in -> new TypedTimbalPage(typed.readBody(in));
      return () -> timbal(baseUrl, runs, fetcher);
    }
    PageParser<Instant> sessions = in -> new TypedSyntropicPage(typed.read(in));
    return () -> syntropic(baseUrl, sessions, fetcher);
  }

  /** A page as the loop needs it, whatever it was parsed into. */
  private interface PageView<B> {
    int size();

    String id(int i);

    /** The item's {@code started_at}, as a value the loop can compare and send back. */
    B startedAt(int i);

    /** The bound as a query value. */
    String encode(B bound);

    /** The next page's token; null or empty at the end. */
    String nextToken();
  }

  @FunctionalInterface
  private interface PageParser<B> {
    PageView<B> parse(InputStream body) throws IOException;
  }

  private static <B> Listing.Tally timbal(String baseUrl, PageParser<B> parser, Fetcher fetcher) {
    String runs = baseUrl + "/orgs/" + LoopbackServer.TIMBAL_ORG + "/projects/" + LoopbackServer.TIMBAL_PROJECT
        + "/runs";
    long items = 0;
    long checksum = 0;
    String token = null;
    do {
      URI uri = URI.create(token == null ? runs : runs + "?page_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
      PageView<B> page = fetcher.get(uri, "Bearer " + LoopbackServer.TIMBAL_API_KEY, parser);
      for (int i = 0; i < page.size(); i++) {
        items++;
        checksum += page.id(i).hashCode();
      }
      token = page.nextToken();
    } while (token != null && !token.isEmpty());
    return new Listing.Tally(items, checksum);
  }

  // Keyset paging by hand: started_before = the last (oldest) started_at seen, inclusive, so the sessions at
  // that instant come again and are skipped by id.
  private static <B> Listing.Tally syntropic(String baseUrl, PageParser<B> parser, Fetcher fetcher) {
    long items = 0;
    long checksum = 0;
    B bound = null;
    String encoded = null;
    Set<String> seenAtBound = new HashSet<>();
    while (true) {
      String uri = baseUrl + "/sessions?limit=" + SYNTROPIC_LIMIT
          + (encoded == null ? "" : "&started_before=" + URLEncoder.encode(encoded, StandardCharsets.UTF_8));
      PageView<B> page = fetcher.get(URI.create(uri), null, parser);
      int size = page.size();
      boolean fresh = false;
      for (int i = 0; i < size; i++) {
        String id = page.id(i);
        if (bound != null && bound.equals(page.startedAt(i)) && seenAtBound.contains(id)) {
          continue;
        }
        fresh = true;
        items++;
        checksum += id.hashCode();
      }
      if (size < SYNTROPIC_LIMIT) {
        return new Listing.Tally(items, checksum);
      }
      if (!fresh) {
        throw new IllegalStateException("a full page brought no new session at " + encoded);
      }
      B oldest = page.startedAt(size - 1);
      Set<String> atOldest = new HashSet<>();
      if (oldest.equals(bound)) {
        atOldest.addAll(seenAtBound);
      }
      for (int i = 0; i < size; i++) {
        if (oldest.equals(page.startedAt(i))) {
          atOldest.add(page.id(i));
        }
      }
      bound = oldest;
      encoded = page.encode(oldest);
      seenAtBound = atOldest;
    }
  }

  /** A tree from {@code readTree}: the times stay the server's strings. */
  private static final class TreePage implements PageView<String> {
    private final JsonNode root;
    private final JsonNode items;

    TreePage(JsonNode root, String itemsField) {
      this.root = root;
      this.items = root.path(itemsField);
    }

    @Override
    public int size() {
      return items.size();
    }

    @Override
    public String id(int i) {
      return items.get(i).path("id").asText();
    }

    @Override
    public String startedAt(int i) {
      return items.get(i).path("started_at").asText();
    }

    @Override
    public String encode(String bound) {
      return bound;
    }

    @Override
    public String nextToken() {
      JsonNode next = root.path("next_page_token");
      return next.isTextual() ? next.asText() : null;
    }
  }

  /** A runs page read by SessionKit's reader. */
  private static final class TypedTimbalPage implements PageView<Instant> {
    private final CursorBody<?> body;

    TypedTimbalPage(Object body) {
      this.body = (CursorBody<?>) body;
    }

    @Override
    public int size() {
      return body.items().size();
    }

    @Override
    public String id(int i) {
      return ((Run) body.items().get(i)).id();
    }

    @Override
    public Instant startedAt(int i) {
      throw new UnsupportedOperationException("runs are cursor-paged");
    }

    @Override
    public String encode(Instant bound) {
      throw new UnsupportedOperationException("runs are cursor-paged");
    }

    @Override
    public String nextToken() {
      return body.nextPageToken();
    }
  }

  /** A sessions response read by SessionKit's reader: the times are {@code Instant}s, sent back in ISO 8601. */
  private static final class TypedSyntropicPage implements PageView<Instant> {
    private final List<?> sessions;

    TypedSyntropicPage(List<?> sessions) {
      this.sessions = sessions;
    }

    @Override
    public int size() {
      return sessions.size();
    }

    @Override
    public String id(int i) {
      return ((Session) sessions.get(i)).id();
    }

    @Override
    public Instant startedAt(int i) {
      return ((Session) sessions.get(i)).startedAt().orElse(null);
    }

    @Override
    public String encode(Instant bound) {
      return bound.toString();
    }

    @Override
    public String nextToken() {
      return null;
    }
  }

  /** Sends a GET and parses its JSON body. */
  private static final class Fetcher {
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ObjectMapper mapper;
    private final BodyMode mode;

    Fetcher(BodyMode mode) {
      this.mode = mode;
      // Streaming: Jackson must leave the body open so that the loop can read it to the end (else the
      // JDK client drops the connection instead of reusing it).
      this.mapper = mode == BodyMode.BYTES ? new ObjectMapper()
          : JsonMapper.builder().disable(StreamReadFeature.AUTO_CLOSE_SOURCE).build();
    }

    <B> PageView<B> get(URI uri, String authorization, PageParser<B> parser) {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET()
          .header("Accept", "application/json")
          .header("Accept-Encoding", "gzip");
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      try {
        return mode == BodyMode.BYTES ? bytes(request.build(), parser) : stream(request.build(), parser);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }

    private <B> PageView<B> bytes(HttpRequest request, PageParser<B> parser) throws IOException, InterruptedException {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      check(response);
      InputStream body = new ByteArrayInputStream(response.body());
      return parser.parse(gzipped(response) ? new GZIPInputStream(body) : body);
    }

    private <B> PageView<B> stream(HttpRequest request, PageParser<B> parser) throws IOException, InterruptedException {
      HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body();
          InputStream in = gzipped(response) ? new GZIPInputStream(body) : body) {
        check(response);
        PageView<B> page = parser.parse(in);
        in.transferTo(OutputStream.nullOutputStream());
        return page;
      }
    }

    private static boolean gzipped(HttpResponse<?> response) {
      return response.headers().firstValue("Content-Encoding").map(v -> v.equalsIgnoreCase("gzip")).orElse(false);
    }

    private static void check(HttpResponse<?> response) {
      if (response.statusCode() != 200) {
        throw new IllegalStateException("GET " + response.uri() + " answered " + response.statusCode());
      }
    }
  }
}
