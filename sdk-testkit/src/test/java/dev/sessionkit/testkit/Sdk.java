package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.StreamSupport;

/** What the tests of the SDK against the fakes share: raw JSON read as the SDK should read it, request checks. */
final class Sdk {
  private Sdk() {}

  /** The node as a client parses it off the wire (a node built in memory holds longs where a parsed one has ints). */
  static JsonNode reparsed(JsonNode node) {
    return Wire.json(node.toString());
  }

  /** A text field, empty when absent or null. */
  static Optional<String> text(JsonNode raw, String field) {
    JsonNode v = raw.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asText());
  }

  /** A JSON field, empty when absent or null (what an {@code Optional<JsonNode>} accessor must give). */
  static Optional<JsonNode> json(JsonNode raw, String field) {
    JsonNode v = raw.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v);
  }

  /** A long field, empty when absent or null. */
  static Optional<Long> number(JsonNode raw, String field) {
    JsonNode v = raw.get(field);
    return v == null || v.isNull() ? Optional.empty() : Optional.of(v.asLong());
  }

  /** An ISO time with a zone ({@code 2026-05-01T12:00:00.123Z}). */
  static Instant iso(JsonNode raw, String field) {
    return Instant.parse(raw.get(field).asText());
  }

  /** Python's {@code str(datetime)} of an aware time ({@code 2026-05-01 12:00:00.123456+00:00}); empty for null. */
  static Optional<Instant> pythonStr(JsonNode raw, String field) {
    return text(raw, field).map(t -> OffsetDateTime.parse(t.replace(' ', 'T')).toInstant());
  }

  /** A naive ISO time read in the server's zone; empty for null. */
  static Optional<Instant> naive(JsonNode raw, String field, ZoneId zone) {
    return text(raw, field).map(t -> LocalDateTime.parse(t).atZone(zone).toInstant());
  }

  /** Every element of an array field as a list. */
  static List<JsonNode> elements(JsonNode raw, String field) {
    List<JsonNode> out = new ArrayList<>();
    raw.path(field).forEach(out::add);
    return out;
  }

  /** The {@code id} of each node. */
  static List<String> ids(Iterable<? extends JsonNode> nodes) {
    return StreamSupport.stream(nodes.spliterator(), false).map(n -> n.get("id").asText()).toList();
  }

  /** The fields of an object, as a map (for comparing {@code Map<String, JsonNode>} accessors). */
  static Map<String, JsonNode> fields(JsonNode raw) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    raw.properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The query of a recorded request as single values; fails if a name came twice. */
  static Map<String, String> query(RecordedRequest r) {
    Map<String, String> out = new TreeMap<>();
    r.queryParams().forEach((k, v) -> {
      assertEquals(1, v.size(), "query parameter " + k + " sent more than once: " + r);
      out.put(k, v.get(0));
    });
    return out;
  }
}
