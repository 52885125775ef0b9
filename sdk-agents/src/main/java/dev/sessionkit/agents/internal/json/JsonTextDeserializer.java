package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a field that should hold JSON as text (a tool call's {@code input}): a string as itself, any other
 * value as its JSON text. Older servers sent the arguments as an object; the SDK keeps one form.
 */
public final class JsonTextDeserializer extends StdDeserializer<String> {
  private static final long serialVersionUID = 1L;

  /** Called by Jackson. */
  public JsonTextDeserializer() {
    super(String.class);
  }

  @Override
  public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getText();
    }
    return ctxt.readTree(p).toString();
  }
}
