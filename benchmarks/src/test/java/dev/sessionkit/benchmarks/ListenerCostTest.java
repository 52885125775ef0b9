package dev.sessionkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.otel.SessionKitTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The listener-cost contenders compare like with like: they see the same items as the walk without a
 * listener, and the listener over the SDK really does its work (a span exported, a duration recorded and a
 * {@code traceparent} sent per request), while the one over the no-op API sends nothing. Nothing here is
 * timed.
 */
class ListenerCostTest {
  @ParameterizedTest(name = "{0}, {1} items, {2} requests")
  @CsvSource({"timbal, 123, 3", "syntropic, 450, 3"})
  void everyContenderSeesTheSameItemsAndTheSdkListenerTracesEveryRequest(String apiId, int items, long requests) {
    Api api = Api.of(apiId);
    try (LoopbackServer server = LoopbackServer.start(api, items, false, false);
        ListenerCost.Sdk sdk = new ListenerCost.Sdk()) {
      String url = server.baseUrl();
      Listing.Tally none = SessionKitListings.of(api, url).walk();
      assertEquals(requests, server.requests());
      assertEquals(0, server.tracedRequests());

      Listing.Tally noop = SessionKitListings.of(api, url,
          SessionKitTelemetry.create(OpenTelemetry.noop()).requestListener()).walk();
      assertEquals(0, server.tracedRequests(), "the no-op API propagates nothing");

      Listing.Tally withSdk = SessionKitListings.of(api, url,
          SessionKitTelemetry.create(sdk.openTelemetry()).requestListener()).walk();
      sdk.flush();

      assertEquals(items, none.items());
      assertEquals(none, noop);
      assertEquals(none, withSdk);
      assertEquals(3 * requests, server.requests());
      assertEquals(requests, server.tracedRequests());
      assertEquals(requests, sdk.spans());
      assertEquals(requests, sdk.durations());
    }
  }

  @Test
  void recordAllSeesEverySessionOnceAndMakesNoSpan() {
    try (LoopbackServer server = LoopbackServer.start(Api.SYNTROPIC, 450, false, false);
        ListenerCost.Sdk sdk = new ListenerCost.Sdk()) {
      Listing.Tally none = SessionKitListings.of(Api.SYNTROPIC, server.baseUrl()).walk();
      Listing.Tally recorded = ListenerCost.recordAll(server.baseUrl(), SessionKitTelemetry.create(sdk.openTelemetry()))
          .walk();
      sdk.flush();

      assertEquals(none, recorded);
      assertEquals(0, sdk.spans());
      assertEquals(0, server.tracedRequests());
    }
  }

  @Test
  void measureRunsEveryContenderOfEachApi() {
    ListenerCost.Result syntropic = ListenerCost.measure(Api.SYNTROPIC, 450, false, 1, 1);
    // Four contenders, two walks each (one warm-up, one round), three requests a walk; only otel-sdk traces.
    assertEquals(3, syntropic.pages());
    assertEquals(2 * 3, syntropic.spans());
    assertEquals(2 * 3, syntropic.traced());
    assertEquals(2, syntropic.walks());
    for (double rate : syntropic.itemsPerSecond()) {
      assertTrue(rate > 0 && Double.isFinite(rate), () -> List.of(syntropic.itemsPerSecond()).toString());
    }

    ListenerCost.Result timbal = ListenerCost.measure(Api.TIMBAL, 100, false, 1, 1);
    assertEquals(2, timbal.pages());
    assertEquals(2 * 2, timbal.spans());
    assertTrue(Double.isNaN(timbal.itemsPerSecond()[ListenerCost.RECORD_ALL]), "Timbal's runs have no usage view");
  }

  @Test
  void theReportGivesEachRatioAndTheCostPerRequestAndPerSession() {
    // 200,000 items in 1,000 requests: 1 s without a listener, 1.25 s with the SDK (+250 µs a request),
    // 1.01 s with the no-op API, 2 s with recordAll (+5 µs a session); the wall µs follow the per-round ratios,
    // the CPU µs the per-round differences of CPU time per walk.
    List<ListenerCost.Result> results = List.of(
        new ListenerCost.Result(Api.SYNTROPIC, false, 200_000, 1_000, new double[] {200_000, 160_000, 198_019.8, 100_000},
            new double[] {1, 0.8, 0.99, 0.5}, new double[] {0, 300e6, 20e6, 1_200e6}, 31, 10_000, 10_000, 10),
        new ListenerCost.Result(Api.TIMBAL, false, 200_000, 4_000, new double[] {200_000, 100_000, 200_000, Double.NaN},
            new double[] {1, 0.5, 1, Double.NaN}, new double[] {0, 1_000e6, -4e6, Double.NaN}, 31, 39_990, 40_000, 10));

    String md = ResultsReport.listenerCostSection(results, "Measured on its own.");

    assertTrue(md.startsWith("## Listener cost: sdk-otel on `listAll` (`ListenerCost`)\n\nMeasured on its own.\n\n"), md);
    assertTrue(md.contains("| syntropic | 200,000 | 1,000 | 31 | 200,000 | 160,000 | 198,020 | 0.80× | 0.99× | 250 / 300 |"
        + " 10 / 20 | 100,000 | 0.50× | 5.0 / 6.0 | 10,000 / 10,000 / 10,000 |\n"), md);
    assertTrue(md.contains("| timbal | 200,000 | 4,000 | 31 | 200,000 | 100,000 | 200,000 | 0.50× | 1.00× | 250 / 250 |"
        + " 0 / -1 | n/a | n/a | n/a | 40,000 / 39,990 / 40,000 |\n"), md);
    assertTrue(md.contains("- syntropic: a page of 200 sessions took 1000 µs without a listener; the listener over the SDK"
        + " made the walk 0.80× as fast, 250 µs more per request (300 µs of CPU); over the no-op API 0.99×, 10 µs (20 µs"
        + " of CPU); recordAll 0.50×, 5.0 µs more per session (6.0 µs of CPU).\n"), md);
    assertTrue(md.contains("- timbal: a page of 50 runs took 250 µs without a listener; the listener over the SDK made the"
        + " walk 0.50× as fast, 250 µs more per request (250 µs of CPU); over the no-op API 1.00×, 0 µs (-1 µs of CPU).\n"),
        md);
  }
}
