package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import org.immutables.value.Value;

/**
 * One run of a Timbal project, as a listing returns it (Timbal's {@code RunPreview}): who ran what, its
 * status, cost and duration. {@link RunService#get(GetRunRequest)} gives the same fields but the workforce,
 * plus the trace ({@link RunDetail}).
 *
 * <p>Immutable and thread-safe; build one in tests with {@link #builder()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableRun.class)
@JsonDeserialize(builder = Run.Builder.class)
public abstract class Run extends AbstractRun {
  Run() {}

  /**
   * What executed the run. Only listings have it: Timbal's {@code RunDetail} schema has no workforce, so
   * {@link RunDetail} has none either.
   */
  @JsonProperty("workforce")
  public abstract Workforce workforce();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this run */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link Run}; {@code id}, {@code idempotencyKey}, {@code status}, {@code createdAt},
   * {@code costUsd}, {@code costCredits}, {@code user} and {@code workforce} are required.
   */
  public static final class Builder extends ImmutableRun.Builder {
    Builder() {}
  }
}
