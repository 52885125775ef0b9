package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One run with everything Timbal records about it (Timbal's {@code RunDetail}): the fields of {@link Run}
 * but {@link Run#workforce()}, which the detail schema does not have (a server that sends one anyway has it
 * in {@link #additionalProperties()}), the status detail, and the trace, a flat list of spans (one per call of
 * a runnable) that {@link TraceSpan#parentCallId()} links into a tree.
 *
 * <pre>{@code
 * RunDetail run = timbal.runs().get(GetRunRequest.builder().runId("run_01").build());
 * long inputTokens = run.trace().stream()
 *     .flatMap(span -> span.usage().entrySet().stream())
 *     .filter(e -> e.getKey().endsWith(":input_tokens"))
 *     .mapToLong(Map.Entry::getValue)
 *     .sum();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRunDetail.class)
@JsonDeserialize(builder = RunDetail.Builder.class)
public abstract class RunDetail extends AbstractRun {
  RunDetail() {}

  /** What the status means in detail (an error's message, a cancellation's reason), as sent: any JSON. */
  @JsonProperty("status_detail")
  public abstract Optional<JsonNode> statusDetail();

  /**
   * The spans of the run's trace, in the server's order; empty when none were recorded. Timbal's document leaves
   * the trace untyped; timbal's own client reads it as a list of spans or as an object of spans keyed by call id,
   * and so does this one.
   */
  @JsonProperty("trace")
  @JsonDeserialize(using = TraceSpans.class)
  public abstract List<TraceSpan> trace();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this run */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link RunDetail}; {@code id}, {@code idempotencyKey}, {@code status}, {@code createdAt},
   * {@code costUsd}, {@code costCredits} and {@code user} are required.
   */
  public static final class Builder extends ImmutableRunDetail.Builder {
    Builder() {}
  }
}
