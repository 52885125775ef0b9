package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * Binds a JSON object to the class its {@code type} field names. Anything else goes to a fallback that keeps
 * the JSON: an unknown type, no type, not an object, and also an object of a known type that lacks a field
 * the SDK requires or has one of another shape. The server may add types and change fields at any time, and
 * one odd block must not fail a whole session listing, nor one odd event end a live stream.
 */
final class TypeDispatch {
  private TypeDispatch() {}

  static <T> T read(JsonNode node, DeserializationContext ctxt, Map<String, Class<? extends T>> types,
      Function<JsonNode, T> unknown) throws IOException {
    JsonNode type = node.isObject() ? node.get("type") : null;
    Class<? extends T> target = type != null && type.isTextual() ? types.get(type.asText()) : null;
    if (target == null) {
      return unknown.apply(node);
    }
    try {
      // The same context, so the client's server zone still applies to naive timestamps inside. A record
      // (an event) has no any-setter to keep unknown fields: RecordReader does that for it.
      return target.isRecord() ? RecordReader.read((ObjectNode) node, target, ctxt) : ctxt.readTreeAsValue(node, target);
    } catch (DatabindException e) {
      return unknown.apply(node);
    }
  }
}
