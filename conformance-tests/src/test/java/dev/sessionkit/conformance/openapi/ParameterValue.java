package dev.sessionkit.conformance.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * A parameter's text as the JSON value its schema asks for: OpenAPI's {@code form} and {@code simple} styles
 * carry a number or a boolean as text, so {@code from=1729540800000} is the integer the schema describes. A
 * text that does not read as any type the schema allows stays a string, and the schema then rejects it.
 */
final class ParameterValue {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ParameterValue() {}

  static JsonNode of(VendorDocument document, JsonNode schema, String text) {
    Set<String> types = new HashSet<>();
    collectTypes(document, schema, types, 0);
    if (types.contains("integer") && text.matches("-?\\d+")) {
      return NODES.numberNode(new java.math.BigInteger(text));
    }
    if (types.contains("number") && text.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
      return NODES.numberNode(new BigDecimal(text));
    }
    if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
      return NODES.booleanNode(Boolean.parseBoolean(text));
    }
    return NODES.textNode(text);
  }

  private static void collectTypes(VendorDocument document, JsonNode schema, Set<String> types, int depth) {
    if (depth > 8 || schema == null || schema.isMissingNode()) {
      return;
    }
    JsonNode s = document.deref(schema);
    JsonNode type = s.path("type");
    if (type.isTextual()) {
      types.add(type.asText());
    }
    type.forEach(t -> types.add(t.asText()));
    for (String combinator : new String[] {"anyOf", "oneOf", "allOf"}) {
      s.path(combinator).forEach(branch -> collectTypes(document, branch, types, depth + 1));
    }
  }
}
