package dev.sessionkit.testkit.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A model and its list price in USD per million tokens, so that every fake's costs are tokens times price and
 * add up exactly: each cost is rounded once to six places (what the vendors show), and totals are sums of
 * those rounded parts.
 *
 * @param provider the vendor of the model ("anthropic", "openai", "google", "dashscope")
 * @param name the API model name
 * @param display the name a UI shows
 * @param input price of an input token, per million
 * @param output price of an output token, per million
 * @param cacheWrite price of a cache-creation token, per million
 * @param cacheRead price of a cache-read token, per million
 */
public record ModelPrice(String provider, String name, String display, BigDecimal input, BigDecimal output,
    BigDecimal cacheWrite, BigDecimal cacheRead) {

  /** Every model the fakes use; prices are the public list prices of late 2025. */
  public static final List<ModelPrice> ALL = List.of(
      of("anthropic", "claude-opus-4-1", "Claude Opus 4.1", "15", "75", "18.75", "1.50"),
      of("anthropic", "claude-sonnet-4-5", "Claude Sonnet 4.5", "3", "15", "3.75", "0.30"),
      of("anthropic", "claude-haiku-4-5", "Claude Haiku 4.5", "1", "5", "1.25", "0.10"),
      of("openai", "gpt-4o", "GPT-4o", "2.50", "10", "0", "1.25"),
      of("openai", "gpt-4o-mini", "GPT-4o mini", "0.15", "0.60", "0", "0.075"),
      of("openai", "gpt-4.1", "GPT-4.1", "2", "8", "0", "0.50"),
      of("google", "gemini-2.5-pro", "Gemini 2.5 Pro", "1.25", "10", "0", "0.31"),
      of("google", "gemini-2.5-flash", "Gemini 2.5 Flash", "0.30", "2.50", "0", "0.075"),
      of("dashscope", "qwen-max", "Qwen Max", "1.60", "6.40", "0", "0"));

  private static final Map<String, ModelPrice> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ModelPrice::name, Function.identity()));
  private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

  private static ModelPrice of(String provider, String name, String display, String in, String out, String cw,
      String cr) {
    return new ModelPrice(provider, name, display, new BigDecimal(in), new BigDecimal(out), new BigDecimal(cw),
        new BigDecimal(cr));
  }

  /**
   * The model of this name.
   *
   * @throws IllegalArgumentException for a model the catalogue does not price
   */
  public static ModelPrice named(String name) {
    ModelPrice m = BY_NAME.get(name);
    if (m == null) {
      throw new IllegalArgumentException("no price for model " + name + "; known: " + BY_NAME.keySet());
    }
    return m;
  }

  /** {@code provider/name}, the way Timbal names a model. */
  public String qualifiedName() {
    return provider + '/' + name;
  }

  /** The USD cost of these token counts, rounded half-up to six decimal places (scale 6). */
  public BigDecimal cost(long inputTokens, long outputTokens, long cacheWriteTokens, long cacheReadTokens) {
    return input.multiply(BigDecimal.valueOf(inputTokens))
        .add(output.multiply(BigDecimal.valueOf(outputTokens)))
        .add(cacheWrite.multiply(BigDecimal.valueOf(cacheWriteTokens)))
        .add(cacheRead.multiply(BigDecimal.valueOf(cacheReadTokens)))
        .divide(MILLION, 6, RoundingMode.HALF_UP);
  }
}
