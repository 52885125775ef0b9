package dev.sessionkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each harness can be set up and does what its measurement assumes, on tiny inputs: nothing here measures
 * anything (the benchmarks run only from run.sh).
 */
class HarnessSmokeTest {
  @ParameterizedTest(name = "{0}, {1} items")
  @CsvSource({"timbal, 50", "timbal, 200", "syntropic, 50", "syntropic, 200"})
  void parseBenchmarkReadsTheSamePageThreeWays(String api, int items) throws Exception {
    ParseBenchmark b = new ParseBenchmark();
    b.api = api;
    b.items = items;
    b.setUp();

    assertEquals(items, b.sessionKit().size());
    assertEquals(items, b.readTree().path(api.equals("timbal") ? "runs" : "sessions").size());
    assertEquals(items, ((List<?>) b.bindMap().get(api.equals("timbal") ? "runs" : "sessions")).size());
  }

  @Test
  void sessionKitsParseOfAPageKeepsEveryField() throws Exception {
    byte[] body = PageBodies.page(Api.SYNTROPIC, 1);
    Object session = ParseBenchmark.typedReader(Api.SYNTROPIC).read(new ByteArrayInputStream(body)).get(0);
    assertEquals(PageBodies.syntropicSessions(1).get(0).path("id").asText(),
        ((dev.sessionkit.syntropic.sessions.Session) session).id());
  }

  @ParameterizedTest
  @CsvSource({"timbal, 50", "syntropic, 50"})
  void firstPageMainsPrintTheSamePage(String api, int expected) throws Exception {
    try (LoopbackServer server = LoopbackServer.start(Api.of(api), 500, true, false)) {
      String sessionKit = captured(() -> FirstPageSessionKit.main(new String[] {api, server.baseUrl()}));
      String raw = captured(() -> FirstPageRaw.main(new String[] {api, server.baseUrl()}));

      assertTrue(sessionKit.endsWith("END items=" + expected + "\n"), sessionKit);
      // Same ids and statuses on every line (times and money are printed in each side's own format).
      assertEquals(firstTwoWords(raw), firstTwoWords(sessionKit));
    }
  }

  @Test
  void memoryCheckChildWalksTheWholeListing() throws Exception {
    try (LoopbackServer server = LoopbackServer.start(Api.TIMBAL, 321, true, false)) {
      String out = captured(() -> MemoryCheck.Child.main(new String[] {"timbal", server.baseUrl(), "321"}));
      assertTrue(out.startsWith("RESULT items=321 "), out);
    }
  }

  @Test
  void aChildJvmRunsOnJacksonAndTheBenchmarkClassesAlone() {
    try (LoopbackServer server = LoopbackServer.start(Api.SYNTROPIC, 60, false, false)) {
      List<java.nio.file.Path> cp = new java.util.ArrayList<>(Classpaths.jackson());
      cp.add(Classpaths.benchmarkClasses());
      ChildJvm.Output out = ChildJvm.run(cp, List.of(), FirstPageRaw.class, "END", 60, "syntropic", server.baseUrl());

      assertEquals(0, out.exitCode(), String.join("\n", out.lines()));
      assertEquals("50", out.field("END", "items"));
      assertTrue(out.nanosToMarker() > 0);
    }
  }

  @Test
  void footprintCountsTheModuleJarAndItsRuntimeDependencies() {
    Footprint.Result timbal = Footprint.measure("sdk-timbal");
    List<String> names = timbal.entries().stream().map(Footprint.Entry::name).toList();

    assertTrue(names.get(0).startsWith("sdk-timbal"), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("sdk-core")), names.toString());
    assertTrue(names.stream().anyMatch(n -> n.startsWith("jackson-databind")), names.toString());
    assertFalse(names.stream().anyMatch(n -> n.startsWith("sdk-testkit") || n.startsWith("junit")), names.toString());
    assertEquals(timbal.entries().stream().mapToLong(Footprint.Entry::bytes).sum(), timbal.total());
  }

  @Test
  void theReportSaysWhichTargetsWereMissed() {
    BenchmarkSuite.Settings settings = new BenchmarkSuite.Settings(new JmhParse.Settings(1, 1, 1, 1), 100, 1, 1, 50, 1, 3,
        1000, 1, 20, Set.of());
    ResultsReport report = new ResultsReport("benchmarks/run.sh", "commit abc1234", settings);
    report.machine("2 CPUs", "OpenJDK 17", "1.0 1.0 1.0", Instant.parse("2026-05-01T12:00:00Z"));
    report.parsing(List.of(new JmhParse.Score("timbal", 50, "sessionKit", 120, 110, 130, 1000),
        new JmhParse.Score("timbal", 50, "readTree", 100, 90, 110, 1000),
        new JmhParse.Score("timbal", 50, "bindMap", 90, 80, 100, 1000)));
    report.parseRatios(List.of(new ParseRatios.Result("timbal", 50, 0.9, 0.8, 20)));
    report.endToEnd(List.of(new LoopbackBenchmark.Result(Api.TIMBAL, false, 100, 2, new double[] {96, 100, 90, 80}, 1)));
    report.memory(List.of(new MemoryCheck.Result(Api.TIMBAL, 1000, true, 1.5, 20, 5, 10, "")));
    report.footprint(List.of(new Footprint.Result("sdk-timbal", List.of(new Footprint.Entry("a.jar", 3_000_001)), true)));
    report.failed("cold", "java.lang.IllegalStateException: boom");
    report.finished(60, "1.0 1.0 1.0");

    String md = report.markdown();
    assertTrue(md.contains("| End-to-end: SessionKit ≥ 0.95× the raw loop's items/s | lowest 0.96× (timbal, gzip off,"
        + " against raw-bytes); see the table | yes |"), md);
    assertTrue(md.contains("JMH: lowest 0.83× (timbal, 50 items); interleaved: lowest 0.90× (timbal, 50 items) | **no** |"),
        md);
    assertTrue(md.contains("| timbal | 50 | 120.0 (110.0–130.0) | 100.0 (90.0–110.0) | 90.0 (80.0–100.0) | 0.83× / 0.90× |"
        + " 0.75× / 0.80× |"), md);
    assertTrue(md.contains("| timbal | off | 100 | 2 | 96 | 100 | 90 | 80 | 0.96× | 1.07× | 0.89× | 1.20× |"), md);
    assertTrue(md.contains("timbal: completed, heap peak ≤ 20 MiB | yes |"), md);
    assertTrue(md.contains("sdk-timbal 3.00 MB | **no** (sdk-timbal) |"), md);
    assertTrue(md.contains("Section cold: failed: java.lang.IllegalStateException: boom"), md);
    assertTrue(md.contains("## What remains and why"), md);
    assertTrue(md.contains("- SDK measured: commit abc1234\n"), md);
  }

  @Test
  void argsRefuseWhatTheProgramDoesNotRead() {
    Args args = new Args(new String[] {"--items", "1_000", "--typo", "1"});
    assertEquals(1000, args.integer("--items", 5));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, args::done);
    assertEquals("unknown options: [--typo]", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new Args(new String[] {"--items"}));
    assertEquals(List.of(Api.TIMBAL, Api.SYNTROPIC), new Args(new String[0]).apis("--api"));
  }

  @Test
  void medianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(2.5, Stats.median(List.of(4, 1, 3, 2)));
    assertEquals(3.0, Stats.median(List.of(5.0, 3.0, 1.0)));
  }

  private interface Body {
    void run() throws Exception;
  }

  private static synchronized String captured(Body body) throws Exception {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static List<String> firstTwoWords(String out) {
    return out.lines().map(l -> {
      String[] w = l.split(" ");
      return w.length > 1 ? w[0] + " " + w[1] : l;
    }).toList();
  }
}
