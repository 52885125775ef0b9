package dev.sessionkit.benchmarks;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sessionkit.core.internal.http.ApiRequest;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.internal.paging.CursorCodec;
import dev.sessionkit.core.internal.paging.KeysetPaging;
import dev.sessionkit.syntropic.sessions.SessionList;
import dev.sessionkit.timbal.internal.CursorBody;
import dev.sessionkit.timbal.internal.SuccessEnvelope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing one page of a vendor's list response, the same bytes three ways: into SessionKit's models with
 * the reader the client uses, into a Jackson tree ({@code readTree}), and into {@code Map}s.
 *
 * <p>SessionKit's side is what the client runs per response, minus the HTTP: the vendor module's reader from
 * {@link SessionKitJson#readerFor} (internal; reachable here because the benchmarks run on the class path),
 * for Timbal through the {@code {"success": …}} envelope check of every Timbal response. All three read from
 * an {@code InputStream}, as the client does (a body is never copied into a {@code byte[]} first). The
 * baselines use a default {@link ObjectMapper}, as hand-written code would. Bodies are the testkit fakes'
 * records (seed 42), in the real servers' formats.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ParseBenchmark {
  /** Which listing: {@code timbal} (a runs page) or {@code syntropic} (a sessions response). */
  @Param({"timbal", "syntropic"})
  public String api;

  /** Items on the page. */
  @Param({"50", "200"})
  public int items;

  private byte[] body;
  private TypedReader typed;
  private final CursorCodec cursors = new CursorCodec("benchmark.items",
      ApiRequest.get("orgs", "acme", "projects", "support-bot", "runs").query("status", "success").build(),
      Set.of("page_token"));
  private final String token = "eyJjcmVhdGVkX2F0IjoxNzczNDgwNDEzNTg5LCJpZCI6IjA2OGM0NDU4In0";
  private final Instant bound = Instant.parse("2026-05-01T12:00:00.123456Z");
  private Set<String> tiedHashes;
  private final ObjectMapper mapper = new ObjectMapper();
  private final ObjectReader mapReader = mapper.readerFor(new TypeReference<Map<String, Object>>() {});

  /** Reads a body into SessionKit's model of the page, as the vendor module does. */
  @FunctionalInterface
  interface TypedReader {
    /**
     * @param body the body
     * @return the module's model of the whole body (Timbal: its runs page; Syntropic: a {@link SessionList})
     * @throws IOException if it is not a page
     */
    Object readBody(InputStream body) throws IOException;

    /**
     * @param body the body
     * @return the page's items
     * @throws IOException if it is not a page
     */
    default List<?> read(InputStream body) throws IOException {
      Object page = readBody(body);
      return page instanceof SessionList ? ((SessionList) page).sessions() : ((CursorBody<?>) page).items();
    }
  }

  /**
   * Builds the body and the readers; checks that every reader sees {@link #items} items.
   *
   * @throws Exception if a reader fails on the body or the body is not as expected
   */
  @Setup
  public void setUp() throws Exception {
    body = PageBodies.page(Api.of(api), items);
    Set<String> hashes = new java.util.HashSet<>();
    for (int i = 0; i < items; i++) {
      hashes.add(KeysetPaging.idHash(java.util.UUID.nameUUIDFromBytes(new byte[] {(byte) i, (byte) (i >> 8)}).toString()));
    }
    tiedHashes = Set.copyOf(hashes);
    typed = typedReader(Api.of(api));
    int seen = typed.read(new ByteArrayInputStream(body)).size();
    int inTree = readTree().path(api.equals("timbal") ? "runs" : "sessions").size();
    if (seen != items || inTree != items) {
      throw new IllegalStateException("expected " + items + " items, SessionKit saw " + seen + ", the tree " + inTree);
    }
  }

  /**
   * The reader a client of the vendor module uses for the list response.
   *
   * @param api the vendor
   * @return the reader
   * @throws ClassNotFoundException if the module no longer has the response type where it is looked for
   */
  static TypedReader typedReader(Api api) throws ClassNotFoundException {
    SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);
    if (api == Api.TIMBAL) {
      // Package-private in the module (a record of runs and next_page_token): looked up by name.
      ObjectReader reader = json.readerFor(timbalRunListType());
      return in -> SuccessEnvelope.read(in, reader);
    }
    ObjectReader reader = json.readerFor(SessionList.class);
    return reader::readValue;
  }

  // Where sdk-timbal keeps the runs page type: its internal package now, its runs package before.
  private static Class<?> timbalRunListType() throws ClassNotFoundException {
    for (String name : List.of("dev.sessionkit.timbal.internal.RunListResponse",
        "dev.sessionkit.timbal.runs.RunListResponse")) {
      try {
        return Class.forName(name);
      } catch (ClassNotFoundException e) {
        // try the next place
      }
    }
    throw new ClassNotFoundException("sdk-timbal's RunListResponse (the body of GET …/runs)");
  }

  /**
   * SessionKit: the page into the vendor's models.
   *
   * @return the items
   * @throws IOException never, for these bodies
   */
  @Benchmark
  public List<?> sessionKit() throws IOException {
    return typed.read(new ByteArrayInputStream(body));
  }

  /**
   * What a walk adds per page for its cursor: the cursor of the place after the page, as the vendor module
   * writes it (Timbal: the server's token; Syntropic137: the keyset bound, the walk's counts and the hashes of
   * the ids at the bound, here for every session of the page: the worst case, a page of one timestamp).
   * Compared with {@link #sessionKit()}, the page it follows.
   *
   * @return the cursor
   */
  @Benchmark
  public String cursor() {
    if (api.equals("timbal")) {
      return cursors.encode(JsonNodeFactory.instance.objectNode().put("t", token));
    }
    // The worst case: every session of the page shares the bound, so the cursor holds a hash for each.
    return cursors.encode(new KeysetPaging.Position(bound, tiedHashes).writeTo(
        JsonNodeFactory.instance.objectNode().put("t", 12_000L).put("x", 3L)));
  }

  /**
   * Baseline: the page into a Jackson tree.
   *
   * @return the tree
   * @throws IOException never, for these bodies
   */
  @Benchmark
  public JsonNode readTree() throws IOException {
    return mapper.readTree(new ByteArrayInputStream(body));
  }

  /**
   * Baseline: the page into maps and lists.
   *
   * @return the map
   * @throws IOException never, for these bodies
   */
  @Benchmark
  public Map<String, Object> bindMap() throws IOException {
    return mapReader.readValue(new ByteArrayInputStream(body));
  }
}
