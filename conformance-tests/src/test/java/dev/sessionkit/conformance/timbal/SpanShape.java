package dev.sessionkit.conformance.timbal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A trace span compared with the vendor's own span: field names, and the JSON type of each non-null value.
 * {@code input} and {@code output} are exempt from the type check: timbal's {@code Span} types them
 * {@code Any} (a tool's output is a string, an LLM's a message), so the vendor's one example fixes no type.
 */
final class SpanShape {
  private static final Set<String> ANY_TYPED = Set.of("input", "output");

  private SpanShape() {}

  static List<String> differences(JsonNode vendor, JsonNode span) {
    List<String> out = new ArrayList<>();
    TreeSet<String> want = new TreeSet<>();
    vendor.fieldNames().forEachRemaining(want::add);
    TreeSet<String> got = new TreeSet<>();
    span.fieldNames().forEachRemaining(got::add);
    if (!want.equals(got)) {
      TreeSet<String> missing = new TreeSet<>(want);
      missing.removeAll(got);
      TreeSet<String> extra = new TreeSet<>(got);
      extra.removeAll(want);
      out.add("span fields: missing " + missing + ", not in the vendor's span " + extra);
    }
    for (String name : want) {
      JsonNode v = vendor.path(name);
      JsonNode s = span.path(name);
      if (!ANY_TYPED.contains(name) && !v.isNull() && !s.isNull() && !s.isMissingNode() && v.getNodeType() != s.getNodeType()) {
        out.add("span " + name + ": " + s.getNodeType() + " where the vendor's span has " + v.getNodeType());
      }
    }
    return out;
  }
}
