package dev.sessionkit.core.usage;

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
public abstract class TokenUsage {
  private static final TokenUsage ZERO = builder().build();

  TokenUsage() {}

  /** Input (prompt) tokens, cache reads and writes not included. */
  @Value.Default
  public long input() {
    return 0;
  }

  /** Output (completion) tokens. */
  @Value.Default
  public long output() {
    return 0;
  }

  /** Tokens written to the prompt cache. */
  @Value.Default
  public long cacheCreation() {
    return 0;
  }

  /** Tokens read from the prompt cache. */
  @Value.Default
  public long cacheRead() {
    return 0;
  }

  /** The sum of the four counts. */
  public final long total() {
    return input() + output() + cacheCreation() + cacheRead();
  }

  /**
   * The counts of this and another added up.
   *
   * @param other the other usage
   * @return the sum
   */
  public final TokenUsage plus(TokenUsage other) {
    return builder().input(input() + other.input()).output(output() + other.output())
        .cacheCreation(cacheCreation() + other.cacheCreation()).cacheRead(cacheRead() + other.cacheRead()).build();
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
