package dev.sessionkit.timbal.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.sessionkit.core.internal.http.ResponseReader;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a Timbal response body that some deployments wrap as {@code {"success": <body>}}, straight from
 * the stream.
 *
 * <p>The first tokens decide: a root object whose first field is {@code success} holding an object or an
 * array is the envelope, and its value is bound in place. Anything else is bound whole, with the tokens
 * already peeked replayed in front of the rest of the stream, so neither case buffers the body.
 *
 * <p>Why not in sdk-core: the envelope is Timbal's alone. (Error bodies are unwrapped by the core's error
 * mapping already.)
 */
public final class SuccessEnvelope {
  private static final String FIELD = "success";

  private SuccessEnvelope() {}

  /**
   * A response reader that binds the (possibly wrapped) body with {@code reader}.
   *
   * @param reader the reader of the unwrapped value, with the client's settings
   * @param <T> the value type
   * @return the response reader
   */
  public static <T> ResponseReader<T> reader(ObjectReader reader) {
    ObjectReader lenient = lenient(reader);
    return (body, status) -> bind(body, lenient);
  }

  /**
   * Binds the body, unwrapping the envelope when there is one.
   *
   * @param body the body; left open (the transport drains and closes it)
   * @param reader the reader of the unwrapped value
   * @param <T> the value type
   * @return the value
   * @throws IOException if the body is not JSON of that type, or has content after the value
   */
  public static <T> T read(InputStream body, ObjectReader reader) throws IOException {
    return bind(body, lenient(reader));
  }

  // The reader checks for trailing tokens itself when it is handed a parser, and would see the
  // envelope's closing brace as one: the check is done here instead, once the whole body is read.
  private static ObjectReader lenient(ObjectReader reader) {
    return reader.without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  private static <T> T bind(InputStream body, ObjectReader reader) throws IOException {
    try (JsonParser p = reader.createParser(body)) {
      // The transport owns the body: it drains it after parsing (so that the connection is reused)
      // and closes it.
      p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      JsonToken first = p.nextToken();
      if (first != JsonToken.START_OBJECT) {
        // An array, a scalar, or an empty body: nothing to peek at; the reader reports what is wrong.
        return atEnd(p, reader.readValue(p));
      }
      TokenBuffer peeked = new TokenBuffer(p);
      peeked.writeStartObject();
      JsonToken second = p.nextToken();
      if (second == JsonToken.FIELD_NAME && FIELD.equals(p.currentName())) {
        JsonToken value = p.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          T unwrapped = reader.readValue(p);
          if (p.nextToken() != JsonToken.END_OBJECT) {
            throw new JsonParseException(p, "the body starts like a {\"success\": …} envelope but has other fields"
                + " beside \"success\"");
          }
          return atEnd(p, unwrapped);
        }
        peeked.writeFieldName(FIELD);
      }
      if (second != null) {
        peeked.copyCurrentEvent(p);
      }
      JsonParser replay = JsonParserSequence.createFlattened(false, peeked.asParser(p), p);
      return atEnd(replay, reader.readValue(replay));
    }
  }

  // A body with content after its value is malformed, not "the first value" (as in the core's reader).
  private static <T> T atEnd(JsonParser p, T value) throws IOException {
    JsonToken extra = p.nextToken();
    if (extra != null) {
      throw new JsonParseException(p, "unexpected content after the JSON value: " + extra);
    }
    return value;
  }
}
