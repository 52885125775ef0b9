package dev.sessionkit.jackson3.internal;

import com.fasterxml.jackson.databind.util.RawValue;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Copies a token stream between Jackson 2 and Jackson 3, one token at a time: never through text, so the
 * target's pretty printer and format apply as to any other value, and never through {@code double}, so a
 * number stays the type and value it was ({@code BigDecimal} {@code 0.10} stays {@code 0.10}). Iterative, not
 * recursive: depth is bounded by the parsers' own nesting limits, not by the stack.
 */
final class Tokens {
  private Tokens() {}

  /** Writes every token of a Jackson 2 parser, from its start, to a Jackson 3 generator. */
  static void copy(com.fasterxml.jackson.core.JsonParser from, JsonGenerator to) throws IOException {
    for (com.fasterxml.jackson.core.JsonToken t = from.nextToken(); t != null; t = from.nextToken()) {
      switch (t) {
        case START_OBJECT -> to.writeStartObject();
        case END_OBJECT -> to.writeEndObject();
        case START_ARRAY -> to.writeStartArray();
        case END_ARRAY -> to.writeEndArray();
        case FIELD_NAME -> to.writeName(from.currentName());
        case VALUE_STRING -> to.writeString(from.getText());
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> writeNumber(from.getNumberValueExact(), to);
        case VALUE_TRUE -> to.writeBoolean(true);
        case VALUE_FALSE -> to.writeBoolean(false);
        case VALUE_NULL -> to.writeNull();
        case VALUE_EMBEDDED_OBJECT -> writeEmbedded(from.getEmbeddedObject(), to);
        default -> throw new IllegalStateException("Jackson 2 wrote an unexpected token: " + t);
      }
    }
  }

  private static void writeNumber(Number n, JsonGenerator to) {
    if (n instanceof Integer || n instanceof Short || n instanceof Byte) {
      to.writeNumber(n.intValue());
    } else if (n instanceof Long) {
      to.writeNumber(n.longValue());
    } else if (n instanceof BigInteger) {
      to.writeNumber((BigInteger) n);
    } else if (n instanceof BigDecimal) {
      to.writeNumber((BigDecimal) n);
    } else if (n instanceof Double) {
      to.writeNumber(n.doubleValue());
    } else if (n instanceof Float) {
      to.writeNumber(n.floatValue());
    } else {
      // Another Number class (an AtomicLong, say): its text is its value.
      to.writeNumber(n.toString());
    }
  }

  private static void writeEmbedded(Object value, JsonGenerator to) {
    if (value == null) {
      to.writeNull();
    } else if (value instanceof byte[]) {
      to.writeBinary((byte[]) value);
    } else if (value instanceof RawValue) {
      // What Jackson 2 was told to write raw, Jackson 3 writes raw.
      to.writeRawValue(String.valueOf(((RawValue) value).rawValue()));
    } else {
      to.writePOJO(value);
    }
  }

  /**
   * Copies the Jackson 3 parser's current value into a Jackson 2 buffer: a scalar, or a whole object or array,
   * leaving the parser on the value's last token as a deserializer must. A parser on a property name (a
   * caller that consumed the object's start already, as polymorphic handling does) gives the rest of that
   * object.
   *
   * @param target the type being read, for the exception when the input ends within the value
   */
  static void copy(JsonParser from, TokenBuffer to, Class<?> target) throws IOException {
    JsonToken t = from.currentToken();
    int depth = 0;
    if (t == JsonToken.PROPERTY_NAME) {
      to.writeStartObject();
      depth = 1;
    }
    while (true) {
      if (t == null || t == JsonToken.NOT_AVAILABLE) {
        throw MismatchedInputException.from(from, target, "Unexpected end of input within a value of type "
            + target.getName());
      }
      switch (t) {
        case START_OBJECT -> {
          to.writeStartObject();
          depth++;
        }
        case END_OBJECT -> {
          to.writeEndObject();
          depth--;
        }
        case START_ARRAY -> {
          to.writeStartArray();
          depth++;
        }
        case END_ARRAY -> {
          to.writeEndArray();
          depth--;
        }
        case PROPERTY_NAME -> to.writeFieldName(from.currentName());
        case VALUE_STRING -> to.writeString(from.getString());
        case VALUE_NUMBER_INT -> copyInteger(from, to);
        case VALUE_NUMBER_FLOAT -> copyFloat(from, to);
        case VALUE_TRUE -> to.writeBoolean(true);
        case VALUE_FALSE -> to.writeBoolean(false);
        case VALUE_NULL -> to.writeNull();
        case VALUE_EMBEDDED_OBJECT -> to.writeEmbeddedObject(from.getEmbeddedObject());
        default -> throw new IllegalStateException("Unexpected token: " + t);
      }
      if (depth == 0) {
        return;
      }
      t = from.nextToken();
    }
  }

  private static void copyInteger(JsonParser from, TokenBuffer to) throws IOException {
    switch (from.getNumberType()) {
      case INT -> to.writeNumber(from.getIntValue());
      case LONG -> to.writeNumber(from.getLongValue());
      default -> to.writeNumber(from.getBigIntegerValue());
    }
  }

  private static void copyFloat(JsonParser from, TokenBuffer to) throws IOException {
    switch (from.getNumberTypeFP()) {
      // A binary format that says what it holds: keep exactly that.
      case FLOAT16, FLOAT32 -> to.writeNumber(from.getFloatValue());
      case DOUBLE64 -> to.writeNumber(from.getDoubleValue());
      // Text (JSON says nothing of precision) or a BigDecimal: exact, as the SDK's mapper reads floats. Only
      // NaN and the infinities, which a BigDecimal cannot hold, go as double.
      default -> {
        if (from.isNaN()) {
          to.writeNumber(from.getDoubleValue());
        } else {
          to.writeNumber(from.getDecimalValue());
        }
      }
    }
  }
}
