package dev.sessionkit.jackson3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a value with the SDK's own Jackson 2 mapper into a token buffer, then copies the tokens to the Jackson
 * 3 generator: the JSON is exactly what the SDK writes. Stateless and thread-safe; Jackson 2 caches its
 * serializers.
 */
final class Jackson2Serializer extends StdSerializer<Object> {
  Jackson2Serializer(Class<?> type) {
    super(type);
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializationContext ctxt) {
    TokenBuffer buffer = new TokenBuffer(SessionKitJson.mapper(), false);
    try {
      SessionKitJson.mapper().writeValue(buffer, value);
      try (com.fasterxml.jackson.core.JsonParser tokens = buffer.asParser()) {
        Tokens.copy(tokens, gen);
      }
    } catch (IOException e) {
      throw DatabindException.from(gen, "Cannot write " + value.getClass().getName()
          + " with SessionKit's Jackson 2 configuration: " + Jackson2Failures.message(e), e);
    }
  }

  /** As Jackson 2 has it: an object or array node without elements is empty (for {@code NON_EMPTY}). */
  @Override
  public boolean isEmpty(SerializationContext ctxt, Object value) {
    return value instanceof JsonNode && ((JsonNode) value).isContainerNode() && ((JsonNode) value).size() == 0;
  }
}
