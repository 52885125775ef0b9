package dev.sessionkit.otel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.testkit.FakeSyntropic;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.data.DoublePointData;
import io.opentelemetry.sdk.metrics.data.HistogramPointData;
import io.opentelemetry.sdk.metrics.data.MetricData;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemoryMetricReader;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The GenAI usage metrics of sessions of each vendor, one at a time and a whole listing. */
class UsageTelemetryTest {
  private static final AttributeKey<String> TYPE = AttributeKey.stringKey("gen_ai.token.type");
  private static final AttributeKey<String> CACHE = AttributeKey.stringKey("sessionkit.token.cache");

  private final InMemoryMetricReader metrics = InMemoryMetricReader.create();
  private final OpenTelemetrySdk otel = OpenTelemetrySdk.builder()
      .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(metrics).build()).build();
  private final SessionKitTelemetry telemetry = SessionKitTelemetry.create(otel);

  @AfterEach
  void close() {
    otel.close();
  }

  private static SessionUsage usage(Vendor vendor, String model, TokenUsage tokens, String cost) {
    SessionUsage.Builder b = SessionUsage.builder().vendor(vendor).id("s-" + vendor).status("done").tokens(tokens);
    if (model != null) {
      b.model(model);
    }
    if (cost != null) {
      b.costUsd(new BigDecimal(cost));
    }
    return b.build();
  }

  private static Attributes attrs(String provider, String model, String type, String cache) {
    var b = Attributes.builder().put("gen_ai.operation.name", "invoke_agent").put("gen_ai.provider.name", provider);
    if (model != null) {
      b.put("gen_ai.request.model", model);
    }
    if (type != null) {
      b.put("gen_ai.token.type", type);
    }
    if (cache != null) {
      b.put("sessionkit.token.cache", cache);
    }
    return b.build();
  }

  private Map<Attributes, HistogramPointData> tokenPoints(List<MetricData> all) {
    MetricData m = all.stream().filter(d -> d.getName().equals("gen_ai.client.token.usage")).findFirst()
        .orElseThrow();
    assertEquals("{token}", m.getUnit());
    return m.getHistogramData().getPoints().stream()
        .collect(Collectors.toMap(HistogramPointData::getAttributes, Function.identity()));
  }

  private Map<Attributes, Double> costPoints(List<MetricData> all) {
    return all.stream().filter(d -> d.getName().equals("sessionkit.usage.cost")).findFirst()
        .map(m -> {
          assertEquals("USD", m.getUnit());
          return m.getDoubleSumData().getPoints().stream()
              .collect(Collectors.toMap(DoublePointData::getAttributes, DoublePointData::getValue));
        }).orElse(Map.of());
  }

  private static void assertPoint(HistogramPointData p, long count, double sum) {
    assertEquals(count, p.getCount(), p.toString());
    assertEquals(sum, p.getSum(), 0.0, p.toString());
  }

  @Test
  void eachVendorsTokensAndReportedCost() {
    telemetry.recordUsage(usage(Vendor.TIMBAL, "gpt-4.1", TokenUsage.reported(1200, 300, 0, 0), "0.0123"));
    telemetry.recordUsage(usage(Vendor.SYNTROPIC, "claude-sonnet-4-5", TokenUsage.reported(1000, 200, 50, 700),
        "0.5"));
    telemetry.recordUsage(usage(Vendor.AGENTSCOPE, null, TokenUsage.reported(40, 60, 0, 0), null));
    List<MetricData> all = List.copyOf(metrics.collectAllMetrics());

    Map<Attributes, HistogramPointData> tokens = tokenPoints(all);
    assertEquals(8, tokens.size(), tokens.keySet().toString());
    assertPoint(tokens.get(attrs("timbal", "gpt-4.1", "input", null)), 1, 1200);
    assertPoint(tokens.get(attrs("timbal", "gpt-4.1", "output", null)), 1, 300);
    assertPoint(tokens.get(attrs("syntropic", "claude-sonnet-4-5", "input", null)), 1, 1000);
    assertPoint(tokens.get(attrs("syntropic", "claude-sonnet-4-5", "output", null)), 1, 200);
    assertPoint(tokens.get(attrs("syntropic", "claude-sonnet-4-5", "input", "creation")), 1, 50);
    assertPoint(tokens.get(attrs("syntropic", "claude-sonnet-4-5", "input", "read")), 1, 700);
    assertPoint(tokens.get(attrs("agentscope", null, "input", null)), 1, 40);
    assertPoint(tokens.get(attrs("agentscope", null, "output", null)), 1, 60);

    // AgentScope reports no cost: no point at all rather than a zero.
    assertEquals(Map.of(attrs("timbal", "gpt-4.1", null, null), 0.0123,
        attrs("syntropic", "claude-sonnet-4-5", null, null), 0.5), costPoints(all));
  }

  @Test
  void recordAllRecordsEverySessionOfAListingFromTheFake() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(25).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      long n = telemetry.recordAll(client.sessions().listAll(ListSessionsRequest.builder().build()),
          Session::toSessionUsage);
      List<SessionUsage> expected = client.sessions().listAll(ListSessionsRequest.builder().build()).stream()
          .map(Session::toSessionUsage).collect(Collectors.toList());
      assertEquals(25, n);
      assertEquals(25, expected.size());
      Map<Attributes, HistogramPointData> tokens = tokenPoints(List.copyOf(metrics.collectAllMetrics()));
      long inputCount = tokens.entrySet().stream()
          .filter(e -> "input".equals(e.getKey().get(TYPE)) && e.getKey().get(CACHE) == null)
          .mapToLong(e -> e.getValue().getCount()).sum();
      double inputSum = tokens.entrySet().stream()
          .filter(e -> "input".equals(e.getKey().get(TYPE)) && e.getKey().get(CACHE) == null)
          .mapToDouble(e -> e.getValue().getSum()).sum();
      assertEquals(25, inputCount);
      assertEquals(expected.stream().mapToLong(u -> u.tokens().input()).sum(), (long) inputSum);
    }
  }

  @Test
  void recordAllOfAHundredThousandSessionsKeepsNone() {
    Iterable<SessionUsage> lazy = () -> new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < 100_000;
      }

      @Override
      public SessionUsage next() {
        i++;
        return usage(Vendor.AGENTSCOPE, "qwen-max", TokenUsage.reported(i % 100, 1, 0, 0), null);
      }
    };
    assertEquals(100_000, telemetry.recordAll(lazy, Function.identity()));
    Map<Attributes, HistogramPointData> tokens = tokenPoints(List.copyOf(metrics.collectAllMetrics()));
    assertPoint(tokens.get(attrs("agentscope", "qwen-max", "output", null)), 100_000, 100_000);
    assertPoint(tokens.get(attrs("agentscope", "qwen-max", "input", null)), 100_000, 4_950_000);
  }

  @Test
  void theAgentIdIsAnAttributeWhereTheVendorNamesIt() {
    telemetry.recordUsage(usage(Vendor.AGENTSCOPE, "qwen-max", TokenUsage.reported(40, 60, 0, 0), null).toBuilder()
        .agentId("agt-7f3a").build());
    Map<Attributes, HistogramPointData> tokens = tokenPoints(List.copyOf(metrics.collectAllMetrics()));
    assertEquals(Set.of(
        attrs("agentscope", "qwen-max", "input", null).toBuilder().put("gen_ai.agent.id", "agt-7f3a").build(),
        attrs("agentscope", "qwen-max", "output", null).toBuilder().put("gen_ai.agent.id", "agt-7f3a").build()),
        tokens.keySet());
  }

  @Test
  void theSessionIdIsAnAttributeOnlyWhenAskedFor() {
    SessionUsage one = usage(Vendor.TIMBAL, "gpt-4.1", TokenUsage.reported(10, 1, 0, 0), "0.01");
    telemetry.recordUsage(one);
    telemetry.recordUsage(one.toBuilder().id("s-2").build());
    assertEquals(Set.of(attrs("timbal", "gpt-4.1", "input", null), attrs("timbal", "gpt-4.1", "output", null)),
        tokenPoints(List.copyOf(metrics.collectAllMetrics())).keySet(), "off by default: one series for both");

    InMemoryMetricReader reader = InMemoryMetricReader.create();
    try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build()) {
      SessionKitTelemetry withIds = SessionKitTelemetry.builder(sdk).conversationIdOnMetrics(true).build();
      withIds.recordUsage(one);
      withIds.recordUsage(one.toBuilder().id("s-2").build());
      List<MetricData> all = List.copyOf(reader.collectAllMetrics());
      assertEquals(Set.of(
          attrs("timbal", "gpt-4.1", "input", null).toBuilder().put("gen_ai.conversation.id", "s-TIMBAL").build(),
          attrs("timbal", "gpt-4.1", "output", null).toBuilder().put("gen_ai.conversation.id", "s-TIMBAL").build(),
          attrs("timbal", "gpt-4.1", "input", null).toBuilder().put("gen_ai.conversation.id", "s-2").build(),
          attrs("timbal", "gpt-4.1", "output", null).toBuilder().put("gen_ai.conversation.id", "s-2").build()),
          tokenPoints(all).keySet());
      assertEquals(Map.of(
          attrs("timbal", "gpt-4.1", null, null).toBuilder().put("gen_ai.conversation.id", "s-TIMBAL").build(), 0.01,
          attrs("timbal", "gpt-4.1", null, null).toBuilder().put("gen_ai.conversation.id", "s-2").build(), 0.01),
          costPoints(all));
    }
  }

  @Test
  void sessionIdsPastTheSdksCardinalityLimitFoldIntoItsOverflowSeries() {
    // What the class comment warns of: 3,000 sessions with their ids make more series than the SDK's default
    // limit (2,000 per metric); the rest are counted in one overflow series, none lost.
    InMemoryMetricReader reader = InMemoryMetricReader.create();
    try (OpenTelemetrySdk sdk = OpenTelemetrySdk.builder()
        .setMeterProvider(SdkMeterProvider.builder().registerMetricReader(reader).build()).build()) {
      SessionKitTelemetry withIds = SessionKitTelemetry.builder(sdk).conversationIdOnMetrics(true).build();
      for (int i = 0; i < 3_000; i++) {
        withIds.recordUsage(usage(Vendor.SYNTROPIC, "m", TokenUsage.reported(1, 1, 0, 0), null).toBuilder()
            .id("s-" + i).build());
      }
      Map<Attributes, HistogramPointData> tokens = tokenPoints(List.copyOf(reader.collectAllMetrics()));
      assertEquals(2_000, tokens.size());
      HistogramPointData overflow = tokens.get(Attributes.builder().put("otel.metric.overflow", true).build());
      assertEquals(6_000, tokens.values().stream().mapToLong(HistogramPointData::getCount).sum());
      assertEquals(6_000 - 1_999, overflow.getCount());
    }
  }

  @Test
  void nullsAreRefusedNamingTheArgument() {
    assertEquals("session must not be null",
        assertThrows(NullPointerException.class, () -> telemetry.recordUsage(null)).getMessage());
    assertEquals("sessions must not be null", assertThrows(NullPointerException.class,
        () -> telemetry.recordAll(null, Function.<SessionUsage>identity())).getMessage());
    assertEquals("toUsage must not be null", assertThrows(NullPointerException.class,
        () -> telemetry.recordAll(List.<SessionUsage>of(), null)).getMessage());
    assertEquals("openTelemetry must not be null",
        assertThrows(NullPointerException.class, () -> SessionKitTelemetry.create(null)).getMessage());
    assertEquals("openTelemetry must not be null",
        assertThrows(NullPointerException.class, () -> SessionKitTelemetry.builder(null)).getMessage());
  }
}
