package dev.sessionkit.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * {@link BigDecimal} as Jackson reads it, with a fast path for the decimal strings Syntropic137 sends as
 * money ({@code "0.123400"}): a plain decimal goes straight to {@code new BigDecimal(text)}. Jackson's own
 * reader first checks every string against a regular expression, which showed in profiles of a page.
 * Anything else (numbers, exponents, blanks, {@code "NaN"}, junk) takes Jackson's path unchanged, so its
 * coercion rules and error messages stay as they are.
 */
final class DecimalDeserializer extends NumberDeserializers.BigDecimalDeserializer {
  private static final long serialVersionUID = 1L;

  /** Far below Jackson's limit on number length (1000), and longer than any amount of money. */
  private static final int MAX_FAST_LENGTH = 64;

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (isPlainDecimal(text)) {
        return new BigDecimal(text);
      }
    }
    return super.deserialize(p, ctxt);
  }

  /** An optional minus, digits, and at most one point with at least one digit somewhere. */
  static boolean isPlainDecimal(String s) {
    int n = s.length();
    if (n == 0 || n > MAX_FAST_LENGTH) {
      return false;
    }
    int i = s.charAt(0) == '-' ? 1 : 0;
    boolean digit = false;
    boolean point = false;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        digit = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        return false;
      }
    }
    return digit;
  }
}
