package dev.sessionkit.core.usage;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One model's prices in a {@link PriceTable}: US dollars per million tokens of input, output, cache read
 * and cache creation, each optional (a price list that does not give one leaves it empty; an estimate that
 * needs it is then refused rather than made up). Immutable.
 *
 * <pre>{@code
 * // USD per million tokens: input, output, cache read, cache creation (null: not priced)
 * ModelPrice sonnet = ModelPrice.of("claude-sonnet-4-5", new BigDecimal("3"), new BigDecimal("15"), null, null);
 * }</pre>
 *
 * <p>Hand-written rather than generated: a core value type, kept small because every vendor module's class
 * path carries it. Two are equal only if they are the same object.
 */
public final class ModelPrice {
  private final String model;
  // input, output, cache read, cache creation: the order of every array here and in CostEstimate
  private final BigDecimal[] prices;

  private ModelPrice(String model, BigDecimal[] prices) {
    this.model = model;
    this.prices = prices;
  }

  /**
   * A model and its prices, each in US dollars per million tokens and each null where the price list gives
   * none.
   *
   * @param model the model's name as the table matches it (see {@link PriceTable}); trimmed
   * @param input the price of input tokens, or null
   * @param output the price of output tokens, or null
   * @param cacheRead the price of tokens read from the prompt cache, or null
   * @param cacheCreation the price of tokens written to the prompt cache, or null
   * @return the model's prices
   * @throws NullPointerException if {@code model} is null
   * @throws IllegalArgumentException if {@code model} is blank or a price is negative
   */
  public static ModelPrice of(String model, BigDecimal input, BigDecimal output, BigDecimal cacheRead,
      BigDecimal cacheCreation) {
    Objects.requireNonNull(model, "model must not be null");
    if (model.isBlank()) {
      throw new IllegalArgumentException("model must not be blank");
    }
    BigDecimal[] prices = {input, output, cacheRead, cacheCreation};
    for (BigDecimal price : prices) {
      if (price != null && price.signum() < 0) {
        throw new IllegalArgumentException("prices must not be negative: " + model + " " + price);
      }
    }
    return new ModelPrice(model.strip(), prices);
  }

  /** The model's name, as given (trimmed). */
  public String model() {
    return model;
  }

  /** USD per million input tokens, if priced. */
  public Optional<BigDecimal> input() {
    return Optional.ofNullable(prices[0]);
  }

  /** USD per million output tokens, if priced. */
  public Optional<BigDecimal> output() {
    return Optional.ofNullable(prices[1]);
  }

  /** USD per million cache-read tokens, if priced. */
  public Optional<BigDecimal> cacheRead() {
    return Optional.ofNullable(prices[2]);
  }

  /** USD per million cache-creation tokens, if priced. */
  public Optional<BigDecimal> cacheCreation() {
    return Optional.ofNullable(prices[3]);
  }

  // The parts of an estimate, in the order of TokenUsage's counts; null where a non-zero count has no price.
  BigDecimal[] amounts(TokenUsage tokens) {
    long[] counts = {tokens.input(), tokens.output(), tokens.cacheRead(), tokens.cacheCreation()};
    BigDecimal[] amounts = new BigDecimal[4];
    for (int i = 0; i < 4; i++) {
      if (counts[i] == 0) {
        amounts[i] = BigDecimal.ZERO;
      } else if (prices[i] == null) {
        return null;
      } else {
        amounts[i] = prices[i].multiply(BigDecimal.valueOf(counts[i])).movePointLeft(6);
      }
    }
    return amounts;
  }

  @Override
  public String toString() {
    return "ModelPrice" + model + Arrays.toString(prices);
  }
}
