package dev.sessionkit.testkit.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The fakes' own JSON: a plain Jackson tree mapper, independent of the SDK's configured mapper so that the
 * fakes stay a check of the SDK rather than a mirror of it.
 */
public final class Json {
  /**
   * Plain decimals both ways: a price of {@code 0.00015} must not become {@code 1.5E-4} on the wire, and a
   * posted float must be read as the client wrote it.
   */
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private Json() {}

  /** A new empty JSON object. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** A new empty JSON array. */
  public static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  /** The node as UTF-8 JSON bytes. */
  public static byte[] write(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The node as a JSON string (for a JSON value that travels inside a string, like a tool call's input). */
  public static String writeString(JsonNode node) {
    try {
      return MAPPER.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses JSON text.
   *
   * @throws IOException when the bytes are not one JSON value
   */
  public static JsonNode read(byte[] json) throws IOException {
    return MAPPER.readTree(json);
  }

  /** The text of a field, or null when it is absent, null or not a scalar. */
  public static String text(JsonNode node, String field) {
    JsonNode v = node == null ? null : node.get(field);
    return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
  }

  /** The text at a path of fields (e.g. {@code user.id}), or null when any step is missing. */
  public static String text(JsonNode node, String first, String second) {
    return text(node == null ? null : node.get(first), second);
  }
}
