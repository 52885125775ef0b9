package dev.sessionkit.core.usage;

import java.math.BigDecimal;

/**
 * What a session would have cost at the prices of a {@link PriceTable}: an estimate, never a cost the vendor
 * reported (that is {@link SessionUsage#costUsd()}). Made by {@link SessionUsage#estimateCost(PriceTable)}.
 *
 * <p>Amounts are exact: tokens times the price per million, moved six places, with no rounding; round
 * them for display ({@code amountUsd().setScale(2, RoundingMode.HALF_UP)}). A part whose token count is 0
 * is 0, priced or not. Immutable.
 */
public final class CostEstimate {
  private final ModelPrice price;
  private final boolean normalised;
  private final BigDecimal[] parts;
  private final BigDecimal amount;

  CostEstimate(ModelPrice price, boolean normalised, BigDecimal[] parts) {
    this.price = price;
    this.normalised = normalised;
    this.parts = parts;
    this.amount = parts[0].add(parts[1]).add(parts[2]).add(parts[3]);
  }

  /** The estimate in US dollars: the sum of the four parts. */
  public BigDecimal amountUsd() {
    return amount;
  }

  /** The table's entry the session's model matched. */
  public ModelPrice price() {
    return price;
  }

  /**
   * Whether the model matched only by {@link PriceTable}'s normalisation (provider prefix, case, date
   * suffix), not by its exact name.
   */
  public boolean normalisedMatch() {
    return normalised;
  }

  /** The input tokens' part in USD. */
  public BigDecimal inputUsd() {
    return parts[0];
  }

  /** The output tokens' part in USD. */
  public BigDecimal outputUsd() {
    return parts[1];
  }

  /** The cache-read tokens' part in USD. */
  public BigDecimal cacheReadUsd() {
    return parts[2];
  }

  /** The cache-creation tokens' part in USD. */
  public BigDecimal cacheCreationUsd() {
    return parts[3];
  }

  @Override
  public String toString() {
    return "CostEstimate{" + amount.toPlainString() + " USD at " + price.model() + (normalised ? " (normalised)" : "")
        + "}";
  }
}
