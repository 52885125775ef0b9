package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.json.OpenValue;
import java.util.Map;

/**
 * How a user felt about a run (a reaction's sentiment): an open set. The known values are constants; any
 * other value the server sends is kept as given ({@link #isKnown()} is false), never an error.
 */
public final class Sentiment extends OpenValue {
  /** A thumbs-up. */
  public static final Sentiment POSITIVE = new Sentiment("positive", true);
  /** A thumbs-down. */
  public static final Sentiment NEGATIVE = new Sentiment("negative", true);

  private static final Map<String, Sentiment> KNOWN = index(POSITIVE, NEGATIVE);

  private Sentiment(String value, boolean known) {
    super(value, known);
  }

  /**
   * The sentiment for a value: the constant when it is known, else a new unknown sentiment.
   *
   * @param value the sentiment as the server sends it
   * @return the sentiment
   * @throws NullPointerException if the value is null
   */
  @JsonCreator
  public static Sentiment of(String value) {
    return lookup(KNOWN, value, v -> new Sentiment(v, false));
  }
}
