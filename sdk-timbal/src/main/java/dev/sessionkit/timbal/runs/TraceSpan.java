package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One span of a run's trace: one call of a runnable (an agent, an LLM, a tool), with its input, output,
 * error, timing and usage. Timbal's document leaves the trace untyped; the fields are those that timbal's own
 * {@code Span} writes when it stores a trace ({@code python/timbal/state/tracing/span.py}): {@code path},
 * {@code call_id} and {@code t0} always, the rest possibly null. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTraceSpan.class)
@JsonDeserialize(builder = TraceSpan.Builder.class)
public abstract class TraceSpan {
  TraceSpan() {}

  /** The id of this call. */
  @JsonProperty("call_id")
  public abstract String callId();

  /** The id of the call that made this one; empty for the root span. */
  @JsonProperty("parent_call_id")
  public abstract Optional<String> parentCallId();

  /** The runnable's path in the workforce, such as {@code agent.llm}. */
  @JsonProperty("path")
  public abstract String path();

  /** When the call started (sent as epoch milliseconds). */
  @JsonProperty("t0")
  public abstract Instant t0();

  /** When the call ended (sent as epoch milliseconds); empty while it runs. */
  @JsonProperty("t1")
  public abstract Optional<Instant> t1();

  /**
   * How long the call took, in milliseconds ({@code t1 - t0}, which timbal computes when it writes the span);
   * empty while it runs.
   */
  @JsonProperty("elapsed")
  public abstract Optional<Long> elapsed();

  /** The call's input, as sent: any JSON. */
  @JsonProperty("input")
  public abstract Optional<JsonNode> input();

  /** The call's output, as sent: any JSON; empty while it runs or when it failed. */
  @JsonProperty("output")
  public abstract Optional<JsonNode> output();

  /** The call's error, as sent: any JSON; empty when it succeeded. */
  @JsonProperty("error")
  public abstract Optional<JsonNode> error();

  /**
   * The call's status, as sent: any JSON. Timbal's own spans write {@code {"code", "reason", "message"}}
   * ({@code code} one of {@code success, error, cancelled, timeout, blocked}) or null; the platform does not
   * fix the shape, so it is not typed here.
   */
  @JsonProperty("status")
  public abstract Optional<JsonNode> status();

  /**
   * The call's usage counters, keyed {@code "<provider>/<model>:<counter>"}, such as
   * {@code "openai/gpt-4o-mini:input_tokens"}.
   */
  @JsonProperty("usage")
  public abstract Map<String, Long> usage();

  /** The call's metadata (type, model, time to first token, …), as sent. */
  @JsonProperty("metadata")
  public abstract Map<String, JsonNode> metadata();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this span */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link TraceSpan}; {@code callId}, {@code path} and {@code t0} are required. */
  public static final class Builder extends ImmutableTraceSpan.Builder {
    Builder() {}
  }
}
