package dev.sessionkit.core.usage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import org.immutables.value.Value;

/**
 * Token counts of a session, the same across vendors. Counts a vendor does not report are 0. Immutable.
 *
 * <pre>{@code
 * TokenUsage t = TokenUsage.builder().input(1200).output(300).build();
 * long all = t.total(); // 1500
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableTokenUsage.class)
@JsonDeserialize(builder = TokenUsage.Builder.class)
public abstract class TokenUsage {
  private static final TokenUsage ZERO = builder().build();

  TokenUsage() {}

  /** Input (prompt) tokens, cache reads and writes not included. */
  @Value.Default
  @JsonProperty("input")
  public long input() {
    return 0;
  }

  /** Output (completion) tokens. */
  @Value.Default
  @JsonProperty("output")
  public long output() {
    return 0;
  }

  /** Tokens written to the prompt cache. */
  @Value.Default
  @JsonProperty("cache_creation")
  public long cacheCreation() {
    return 0;
  }

  /** Tokens read from the prompt cache. */
  @Value.Default
  @JsonProperty("cache_read")
  public long cacheRead() {
    return 0;
  }

  /** The sum of the four counts. */
  public final long total() {
    return input() + output() + cacheCreation() + cacheRead();
  }

  /**
   * The counts of this and another added up; a sum past {@link Long#MAX_VALUE} stays there.
   *
   * @param other the other usage
   * @return the sum
   */
  public final TokenUsage plus(TokenUsage other) {
    return builder().input(add(input(), other.input())).output(add(output(), other.output()))
        .cacheCreation(add(cacheCreation(), other.cacheCreation())).cacheRead(add(cacheRead(), other.cacheRead()))
        .build();
  }

  /**
   * Usage as a server reported it. Unlike the builder, which refuses a negative count as a programming
   * error, this reads one (some servers send -1 for "unknown") as 0: reading usage must not fail on one
   * odd record. Every vendor's {@code toSessionUsage()} goes through here.
   *
   * @param input input tokens as reported
   * @param output output tokens as reported
   * @param cacheCreation cache-creation tokens as reported
   * @param cacheRead cache-read tokens as reported
   * @return the usage, every count at least 0
   */
  public static TokenUsage reported(long input, long output, long cacheCreation, long cacheRead) {
    return builder().input(Math.max(0, input)).output(Math.max(0, output))
        .cacheCreation(Math.max(0, cacheCreation)).cacheRead(Math.max(0, cacheRead)).build();
  }

  private static long add(long a, long b) {
    long sum = a + b;
    return sum < a ? Long.MAX_VALUE : sum;
  }

  /** No tokens. */
  public static TokenUsage zero() {
    return ZERO;
  }

  @Value.Check
  void check() {
    if (input() < 0 || output() < 0 || cacheCreation() < 0 || cacheRead() < 0) {
      throw new IllegalStateException("token counts must not be negative: " + this);
    }
  }

  /** @return a new builder, all counts 0 */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this usage */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link TokenUsage}. */
  public static final class Builder extends ImmutableTokenUsage.Builder {
    Builder() {}
  }
}
