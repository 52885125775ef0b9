package dev.sessionkit.core.usage;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Prices per model, for estimating what sessions cost where the vendor reports no cost
 * ({@link SessionUsage#estimateCost(PriceTable)}). The SDK ships no prices: they change, and a user's own
 * price list (discounts, batch or regional rates) is the one that counts. Immutable.
 *
 * <h2>Matching a model</h2>
 * A session's model name is looked up exactly (case-sensitive) first. Failing that, both it and every entry
 * are compared in a normalised form:
 * <ol>
 *   <li>trimmed and lower-cased ({@link Locale#ROOT});</li>
 *   <li>everything up to the last {@code /} removed: the provider prefix, as in
 *       {@code anthropic/claude-sonnet-4-5} or {@code openrouter/anthropic/claude-sonnet-4-5};</li>
 *   <li>a trailing snapshot date removed: {@code -YYYYMMDD} or {@code @YYYYMMDD}
 *       ({@code claude-sonnet-4-5-20250929}, Vertex's {@code claude-sonnet-4-5@20250929}) or
 *       {@code -YYYY-MM-DD} ({@code gpt-4o-mini-2024-07-18}).</li>
 * </ol>
 * A dated snapshot is thus priced as its alias unless the table lists the snapshot itself, which the exact
 * match then finds: list a snapshot whose price differs. When several entries normalise to the same name,
 * the one whose own name is already in normalised form wins (the alias over its snapshots); if none or
 * more than one is, that name matches nothing rather than a guess.
 *
 * <h2>The CSV file</h2>
 * <pre>
 * # prices in USD per million tokens; copied from ... on 2026-12-03
 * model,input,output,cache_read,cache_creation
 * claude-sonnet-4-5,3,15,0.30,3.75
 * gpt-4o-mini,0.15,0.60,0.075,
 * </pre>
 * UTF-8. Lines whose first non-blank character is {@code #}, and blank lines, are skipped. The first other
 * line is the header, exactly {@code model,input,output,cache_read,cache_creation}. Every other line has
 * those five cells, separated by commas, each trimmed; cells are not quoted. A price is a plain decimal
 * number of US dollars per million tokens ({@code 3}, {@code 0.30}: no sign, exponent, currency symbol or
 * thousands separator); an empty cell means no price. A model appears once. A file that breaks a rule is
 * refused whole with an {@link IllegalArgumentException} whose message starts with
 * {@code source:line:column: } (both counted from 1) and says what is wrong.
 */
public final class PriceTable {
  private static final String CSV_HEADER = "model,input,output,cache_read,cache_creation";
  private static final Pattern DATE = Pattern.compile("([-@]\\d{8}|-\\d{4}-\\d{2}-\\d{2})$");
  private static final Pattern PRICE = Pattern.compile("\\d+(\\.\\d+)?");

  private final Map<String, ModelPrice> exact = new LinkedHashMap<>();
  // A null value marks a normalised name that more than one entry claims.
  private final Map<String, ModelPrice> normalised = new HashMap<>();

  private PriceTable(Collection<ModelPrice> models) {
    for (ModelPrice m : models) {
      Objects.requireNonNull(m, "models must not contain null");
      if (exact.putIfAbsent(m.model(), m) != null) {
        throw new IllegalArgumentException("model " + m.model() + " is priced twice");
      }
      String key = normalise(m.model());
      if (normalised.containsKey(key)) {
        ModelPrice other = normalised.get(key);
        boolean mine = key.equals(m.model().toLowerCase(Locale.ROOT));
        boolean theirs = other != null && key.equals(other.model().toLowerCase(Locale.ROOT));
        normalised.put(key, mine == theirs ? null : mine ? m : other);
      } else {
        normalised.put(key, m);
      }
    }
  }

  /**
   * A table of these models.
   *
   * @param models the models and their prices
   * @return the table
   * @throws NullPointerException if {@code models} is or contains null
   * @throws IllegalArgumentException if a model's name appears twice
   */
  public static PriceTable of(Collection<ModelPrice> models) {
    return new PriceTable(Objects.requireNonNull(models, "models must not be null"));
  }

  /**
   * Reads a CSV price file (see the class comment for its format).
   *
   * @param file the file
   * @return its table
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it breaks the format: the message gives the file, line and column
   */
  public static PriceTable read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses the text of a CSV price file (see the class comment for its format).
   *
   * @param csv the file's text
   * @param source the name its errors give, such as the file name
   * @return its table
   * @throws IllegalArgumentException if it breaks the format: the message gives the source, line and column
   */
  public static PriceTable parse(String csv, String source) {
    Objects.requireNonNull(source, "source must not be null");
    List<ModelPrice> models = new ArrayList<>();
    String[] lines = Objects.requireNonNull(csv, "csv must not be null").split("\r?\n", -1);
    boolean header = true;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      if (line.isBlank() || line.strip().startsWith("#")) {
        continue;
      }
      if (header) {
        if (!line.strip().replace(" ", "").equalsIgnoreCase(CSV_HEADER)) {
          throw error(source, n, 0, "the header must be " + CSV_HEADER + ", not " + line.strip());
        }
        header = false;
        continue;
      }
      String[] cells = line.split(",", -1);
      int[] at = new int[cells.length];
      for (int i = 1; i < cells.length; i++) {
        at[i] = at[i - 1] + cells[i - 1].length() + 1;
      }
      if (cells.length != 5) {
        throw error(source, n, cells.length > 5 ? at[5] : line.length(),
            5 + " cells expected (" + CSV_HEADER + "), found " + cells.length);
      }
      String name = cells[0].strip();
      if (name.isEmpty()) {
        throw error(source, n, 0, "the model is empty");
      }
      if (models.stream().anyMatch(m -> m.model().equals(name))) {
        throw error(source, n, 0, "model " + name + " is priced twice");
      }
      BigDecimal[] prices = new BigDecimal[4];
      for (int i = 1; i < 5; i++) {
        String cell = cells[i].strip();
        if (!cell.isEmpty() && !PRICE.matcher(cell).matches()) {
          throw error(source, n, at[i] + cells[i].indexOf(cell), CSV_HEADER.split(",")[i] + " price '" + cell
              + "' is not a plain decimal number of USD per million tokens (like 3 or 0.30)");
        }
        prices[i - 1] = cell.isEmpty() ? null : new BigDecimal(cell);
      }
      models.add(ModelPrice.of(name, prices[0], prices[1], prices[2], prices[3]));
    }
    if (header) {
      throw error(source, lines.length - 1, 0, "no header line " + CSV_HEADER);
    }
    return new PriceTable(models);
  }

  private static IllegalArgumentException error(String source, int line, int column, String problem) {
    return new IllegalArgumentException(source + ":" + (line + 1) + ":" + (column + 1) + ": " + problem);
  }

  /**
   * The name a model is compared by when its exact name is not in the table (see the class comment).
   *
   * @param model a model name
   * @return its normalised form
   */
  public static String normalise(String model) {
    String name = model.strip().toLowerCase(Locale.ROOT);
    return DATE.matcher(name.substring(name.lastIndexOf('/') + 1)).replaceFirst("");
  }

  /**
   * The entry for a model: by its exact name, else by its normalised name (see the class comment).
   *
   * @param model the model's name, as a session reports it
   * @return its entry, or empty if the table has none
   */
  public Optional<ModelPrice> find(String model) {
    ModelPrice m = exact.get(Objects.requireNonNull(model, "model must not be null"));
    return Optional.ofNullable(m != null ? m : normalised.get(normalise(model)));
  }

  /** The table's entries, in the order given. */
  public List<ModelPrice> models() {
    return List.copyOf(exact.values());
  }

  /**
   * What these tokens of this model would cost.
   *
   * @param model the model's name
   * @param tokens the token counts
   * @return the estimate; empty if the model is not in the table, or a non-zero count has no price
   */
  public Optional<CostEstimate> estimate(String model, TokenUsage tokens) {
    Objects.requireNonNull(tokens, "tokens must not be null");
    return find(model).flatMap(m -> {
      BigDecimal[] parts = m.amounts(tokens);
      return parts == null ? Optional.empty() : Optional.of(new CostEstimate(m, !m.model().equals(model), parts));
    });
  }

  @Override
  public String toString() {
    return "PriceTable" + exact.keySet();
  }
}
