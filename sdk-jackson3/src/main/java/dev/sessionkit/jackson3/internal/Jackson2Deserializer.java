package dev.sessionkit.jackson3.internal;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.IOException;
import java.time.ZoneOffset;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.deser.std.StdDeserializer;

/**
 * Copies the Jackson 3 parser's value into a Jackson 2 token buffer and reads it with the SDK's own reader:
 * the value is exactly what the SDK reads from the same JSON. Thread-safe; Jackson 3 keeps one per type.
 */
final class Jackson2Deserializer extends StdDeserializer<Object> {
  /**
   * The SDK's reading configuration with its default zones: a naive time reads as UTC, as in any read that
   * comes from no client (the SDK writes every time with its offset).
   */
  private static final SessionKitJson SDK_JSON = new SessionKitJson(ZoneOffset.UTC);

  /** Marks {@link #nullValue} as not yet asked. */
  private static final Object UNKNOWN = new Object();

  private final ObjectReader reader;

  /** What Jackson 2 reads JSON {@code null} as (a {@code NullNode} for a {@code JsonNode}); asked once. */
  private volatile Object nullValue = UNKNOWN;

  Jackson2Deserializer(Class<?> type) {
    super(type);
    this.reader = SDK_JSON.readerFor(type);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) {
    TokenBuffer buffer = new TokenBuffer(SessionKitJson.mapper(), false);
    try {
      Tokens.copy(p, buffer, handledType());
      return read(buffer);
    } catch (IOException e) {
      String at = Jackson2Failures.pointer(e);
      MismatchedInputException failure = MismatchedInputException.from(p, handledType(), "Cannot read "
          + handledType().getName() + (at.isEmpty() ? "" : " (at " + at + ")") + ": " + Jackson2Failures.message(e));
      failure.initCause(e);
      throw failure;
    }
  }

  /** Jackson 3 asks here instead of calling {@link #deserialize} for a JSON {@code null}: Jackson 2 answers. */
  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    Object value = nullValue;
    if (value == UNKNOWN) {
      TokenBuffer buffer = new TokenBuffer(SessionKitJson.mapper(), false);
      try {
        buffer.writeNull();
        value = read(buffer);
      } catch (IOException e) {
        value = null;
      }
      nullValue = value;
    }
    return value;
  }

  @Override
  public boolean isCachable() {
    return true;
  }

  private Object read(TokenBuffer buffer) throws IOException {
    try (com.fasterxml.jackson.core.JsonParser tokens = buffer.asParser()) {
      return reader.readValue(tokens);
    }
  }
}
