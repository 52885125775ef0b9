package dev.sessionkit.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@code recordAll} over 100,000 sessions in a JVM of its own with a heap far smaller than the sessions: it
 * passes only if nothing keeps them. The same child told to keep every session runs out of memory, which
 * shows that the heap is small enough for the test to mean something.
 */
class RecordAllInSmallHeapTest {
  private static final int SESSIONS = 100_000;
  /** Enough for the JVM and the OpenTelemetry SDK; 100,000 kept sessions need about twice as much. */
  private static final String HEAP = "-Xmx24m";

  @Test
  void aHundredThousandSessionsPassThroughATwentyFourMegabyteHeap() throws Exception {
    Child run = Child.run(false);
    assertEquals(0, run.exit, run.output);
    assertEquals("recorded " + SESSIONS + ", input points " + SESSIONS + ", input sum " + expectedInputSum(),
        run.output.strip());
  }

  @Test
  void theSameSessionsKeptInAListDoNotFitThatHeap() throws Exception {
    Child run = Child.run(true);
    assertTrue(run.exit != 0 && run.output.contains("OutOfMemoryError"), run.exit + ": " + run.output);
  }

  private static long expectedInputSum() {
    long sum = 0;
    for (int i = 1; i <= SESSIONS; i++) {
      sum += i % 1000;
    }
    return sum;
  }

  /** The session {@code i} (from 1) of the generated listing: every one distinct, none kept by the listing. */
  static SessionUsage session(int i) {
    return SessionUsage.builder().vendor(Vendor.AGENTSCOPE).id("session-" + i + "-" + "x".repeat(40))
        .status("idle").model("qwen-max").agentId("agent-" + (i % 10))
        .startedAt(Instant.ofEpochSecond(1_760_000_000L + i)).lastActivityAt(Instant.ofEpochSecond(1_760_000_100L + i))
        .tokens(TokenUsage.reported(i % 1000, 7, 3, 0)).build();
  }

  /** What the child JVM does: records a lazy listing, then prints what the metric reader collected. */
  public static void main(String[] args) {
    boolean keep = args.length > 0 && args[0].equals("keep");
    List<SessionUsage> kept = new ArrayList<>();
    InMemoryMetricReader reader = InMemoryMetricReader.create();
    try (OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build()) {
      Iterable<SessionUsage> listing = () -> new Iterator<>() {
        private int i;

        @Override
        public boolean hasNext() {
          return i < SESSIONS;
        }

        @Override
        public SessionUsage next() {
          SessionUsage s = session(++i);
          if (keep) {
            kept.add(s);
          }
          return s;
        }
      };
      long n = SessionKitTelemetry.create(otel).recordAll(listing, Function.identity());
      long points = 0;
      long sum = 0;
      for (MetricData m : reader.collectAllMetrics()) {
        if (m.getName().equals("gen_ai.client.token.usage")) {
          for (HistogramPointData p : m.getHistogramData().getPoints()) {
            if ("input".equals(p.getAttributes().get(AttributeKey.stringKey("gen_ai.token.type")))
                && p.getAttributes().get(AttributeKey.stringKey("sessionkit.token.cache")) == null) {
              points += p.getCount();
              sum += (long) p.getSum();
            }
          }
        }
      }
      System.out.println("recorded " + n + ", input points " + points + ", input sum " + sum);
    }
  }

  /** A finished child JVM: its exit code and its output (stdout and stderr). */
  private static final class Child {
    final int exit;
    final String output;

    private Child(int exit, String output) {
      this.exit = exit;
      this.output = output;
    }

    static Child run(boolean keep) throws IOException, InterruptedException {
      String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
      List<String> command = new ArrayList<>(List.of(java, HEAP, "-XX:+UseSerialGC",
          "-cp", System.getProperty("java.class.path"), RecordAllInSmallHeapTest.class.getName()));
      if (keep) {
        command.add("keep");
      }
      // Output to a file, not a pipe: reading a pipe to its end would wait for a hung child forever, before the
      // bounded wait below could apply.
      Path out = Files.createTempFile("record-all-child", ".txt");
      try {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        p.getOutputStream().close();
        if (!p.waitFor(2, TimeUnit.MINUTES)) {
          p.destroyForcibly();
          throw new AssertionError("the child JVM did not end within 2 minutes");
        }
        return new Child(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(out);
      }
    }
  }
}
