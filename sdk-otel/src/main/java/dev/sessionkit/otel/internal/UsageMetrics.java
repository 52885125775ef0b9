package dev.sessionkit.otel.internal;

import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.common.AttributesBuilder;
import io.opentelemetry.api.metrics.DoubleCounter;
import io.opentelemetry.api.metrics.LongHistogram;
import io.opentelemetry.api.metrics.Meter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** The usage metrics behind {@code SessionKitTelemetry.recordUsage}. Thread-safe. */
public final class UsageMetrics {
  static final AttributeKey<String> OPERATION = AttributeKey.stringKey("gen_ai.operation.name");
  static final AttributeKey<String> PROVIDER = AttributeKey.stringKey("gen_ai.provider.name");
  static final AttributeKey<String> REQUEST_MODEL = AttributeKey.stringKey("gen_ai.request.model");
  static final AttributeKey<String> AGENT_ID = AttributeKey.stringKey("gen_ai.agent.id");
  static final AttributeKey<String> CONVERSATION_ID = AttributeKey.stringKey("gen_ai.conversation.id");
  static final AttributeKey<String> TOKEN_TYPE = AttributeKey.stringKey("gen_ai.token.type");
  static final AttributeKey<String> CACHE = AttributeKey.stringKey("sessionkit.token.cache");

  // The conventions' advice for gen_ai.client.token.usage.
  private static final List<Long> TOKEN_BUCKETS = List.of(1L, 4L, 16L, 64L, 256L, 1024L, 4096L, 16384L, 65536L,
      262144L, 1048576L, 4194304L, 16777216L, 67108864L);

  private final LongHistogram tokens;
  private final DoubleCounter cost;
  private final boolean conversationId;

  /**
   * @param openTelemetry where the metrics go
   * @param scope the instrumentation scope's name
   * @param conversationId whether each session's id is an attribute ({@code gen_ai.conversation.id})
   */
  public UsageMetrics(OpenTelemetry openTelemetry, String scope, boolean conversationId) {
    this.conversationId = conversationId;
    Meter meter = openTelemetry.getMeter(scope);
    this.tokens = meter.histogramBuilder("gen_ai.client.token.usage").ofLongs()
        .setUnit("{token}")
        .setDescription("Number of input and output tokens used.")
        .setExplicitBucketBoundariesAdvice(TOKEN_BUCKETS)
        .build();
    this.cost = meter.counterBuilder("sessionkit.usage.cost").ofDoubles()
        .setUnit("USD")
        .setDescription("Cost of sessions as their vendor reported it, in US dollars.")
        .build();
  }

  /** Records one session's tokens and, where the vendor reported it, its cost. */
  public void record(SessionUsage usage) {
    AttributesBuilder common = Attributes.builder()
        .put(OPERATION, "invoke_agent")
        .put(PROVIDER, usage.vendor().name().toLowerCase(Locale.ROOT));
    usage.model().ifPresent(model -> common.put(REQUEST_MODEL, model));
    usage.agentId().ifPresent(agent -> common.put(AGENT_ID, agent));
    if (conversationId) {
      common.put(CONVERSATION_ID, usage.id());
    }
    Attributes base = common.build();
    TokenUsage t = usage.tokens();
    tokens.record(t.input(), base.toBuilder().put(TOKEN_TYPE, "input").build());
    tokens.record(t.output(), base.toBuilder().put(TOKEN_TYPE, "output").build());
    // Counts a vendor does not report are 0 in TokenUsage: a cache count of 0 is recorded as nothing, so
    // that the vendors without a prompt cache do not fill the histogram's lowest bucket.
    if (t.cacheRead() > 0) {
      tokens.record(t.cacheRead(), base.toBuilder().put(TOKEN_TYPE, "input").put(CACHE, "read").build());
    }
    if (t.cacheCreation() > 0) {
      tokens.record(t.cacheCreation(), base.toBuilder().put(TOKEN_TYPE, "input").put(CACHE, "creation").build());
    }
    usage.costUsd().map(BigDecimal::doubleValue).ifPresent(usd -> cost.add(usd, base));
  }
}
