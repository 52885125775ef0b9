package dev.sessionkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The loopback server and the three contenders agree: every contender sees every item of the listing once,
 * in the same order (same count and id checksum), through several pages, with gzip on and off. A harness
 * whose contenders saw different data would compare nothing.
 */
class LoopbackListingsTest {
  @ParameterizedTest(name = "{0}, {1} items, gzip {2}")
  @CsvSource({
      "timbal, 123, false", "timbal, 123, true", "timbal, 50, true", "timbal, 1, false",
      "syntropic, 450, false", "syntropic, 450, true", "syntropic, 200, true", "syntropic, 0, false"})
  void everyContenderSeesEveryItemOnceAndTheSameOnes(String apiId, int items, boolean gzip) {
    Api api = Api.of(apiId);
    try (LoopbackServer server = LoopbackServer.start(api, items, gzip, true)) {
      Listing.Tally sessionKit = SessionKitListings.of(api, server.baseUrl()).walk();
      Listing.Tally bytes = RawListings.of(api, server.baseUrl(), RawListings.BodyMode.BYTES).walk();
      Listing.Tally stream = RawListings.of(api, server.baseUrl(), RawListings.BodyMode.STREAM).walk();
      Listing.Tally typed = RawListings.of(api, server.baseUrl(), RawListings.BodyMode.STREAM_TYPED).walk();

      assertEquals(items, sessionKit.items());
      assertEquals(sessionKit, bytes);
      assertEquals(sessionKit, stream);
      assertEquals(sessionKit, typed);
    }
  }

  @ParameterizedTest(name = "{0} items: {1} requests per walk")
  @CsvSource({"0, 1", "1, 1", "200, 2", "398, 2", "399, 3", "450, 3"})
  void syntropicPagesOverlapByTheBoundarySessionAsTheRealServerDoes(int items, int requests) {
    try (LoopbackServer server = LoopbackServer.start(Api.SYNTROPIC, items, false, false)) {
      SessionKitListings.of(Api.SYNTROPIC, server.baseUrl()).walk();
      assertEquals(requests, server.requests());
      assertEquals(1, server.connections(), "one connection, reused for every page");
      RawListings.of(Api.SYNTROPIC, server.baseUrl(), RawListings.BodyMode.BYTES).walk();
      assertEquals(2L * requests, server.requests());
      RawListings.of(Api.SYNTROPIC, server.baseUrl(), RawListings.BodyMode.STREAM_TYPED).walk();
      assertEquals(3L * requests, server.requests());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'/orgs/org_bench/projects/proj_bench/runs', 'Bearer tk_bench_loopback', 200",
      "'/orgs/org_bench/projects/proj_bench/runs', 'Bearer wrong', 401",
      "'/orgs/org_bench/projects/proj_bench/runs', '', 401",
      "'/orgs/org_bench/projects/proj_bench/runs?page_token=pg_0000000002', 'Bearer tk_bench_loopback', 200",
      "'/orgs/org_bench/projects/proj_bench/runs?page_token=pg_0000000003', 'Bearer tk_bench_loopback', 400",
      "'/orgs/org_bench/projects/proj_bench/runs?page_token=nope', 'Bearer tk_bench_loopback', 400",
      "'/orgs/other/projects/proj_bench/runs', 'Bearer tk_bench_loopback', 404"})
  void timbalServerChecksItsPathKeyAndToken(String pathAndQuery, String authorization, int status)
      throws IOException, InterruptedException {
    try (LoopbackServer server = LoopbackServer.start(Api.TIMBAL, 150, false, false)) {
      assertEquals(status, get(server.baseUrl() + pathAndQuery, authorization));
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "'/sessions', 200", "'/sessions?limit=200', 200", "'/sessions?limit=201', 422", "'/sessions?limit=0', 422",
      "'/sessions?started_before=2026-05-01%2011%3A00%3A00%2B00%3A00', 200",
      "'/sessions?started_before=2026-05-01T11%3A00%3A00Z', 200",
      "'/sessions?started_before=yesterday', 422", "'/other', 404"})
  void syntropicServerValidatesItsQuery(String pathAndQuery, int status) throws IOException, InterruptedException {
    try (LoopbackServer server = LoopbackServer.start(Api.SYNTROPIC, 300, false, false)) {
      assertEquals(status, get(server.baseUrl() + pathAndQuery, ""));
    }
  }

  private static int get(String url, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
    if (!authorization.isEmpty()) {
      request.header("Authorization", authorization);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }
}
