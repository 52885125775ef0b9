package dev.sessionkit.timbal.testing;


import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import dev.sessionkit.core.testing.VendorDataFolder;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Timbal's own documents in {@code ../shared/vendor-data/timbal} (beside the project, never inside it), read as
 * they are, and bodies made from their schemas. Where the folder is absent, as in a user's clone, every test that
 * asks for it is skipped with one message.
 */
public final class TimbalDocuments {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** The August 2026 platform document: runs, run detail, reactions. */
  public static final String RUNS = "openapi.runs.json";
  /** The compose document of seed 000 (09d61f1, April 2026). */
  public static final String COMPOSE_APRIL_2026 = "openapi.compose-09d61f1.json";
  /** The last compose document (d8af300, June 2026). */
  public static final String COMPOSE_JUNE_2026 = "openapi.compose-d8af300.json";
  /** Spans made by timbal's own code from its tracing docs. */
  public static final String DOCS_SPANS = "trace-docs-span.json";

  private final JsonNode document;

  private TimbalDocuments(JsonNode document) {
    this.document = document;
  }

  /** The folder ({@link VendorDataFolder}); skips the calling test when it is absent. */
  public static Path folder() {
    return VendorDataFolder.of("timbal");
  }

  /** A file of the folder as JSON; skips the calling test when the folder is absent. */
  public static JsonNode json(String file) {
    try {
      return MAPPER.readTree(folder().resolve(file).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One OpenAPI document of the folder; skips the calling test when the folder is absent. */
  public static TimbalDocuments openApi(String file) {
    return new TimbalDocuments(json(file));
  }

  /** A component schema by name. */
  public JsonNode schema(String name) {
    JsonNode s = document.path("components").path("schemas").path(name);
    if (s.isMissingNode()) {
      throw new IllegalArgumentException("no schema " + name);
    }
    return s;
  }

  /** The schema a {@code $ref} names, or the schema itself. */
  public JsonNode resolve(JsonNode schema) {
    JsonNode ref = schema.get("$ref");
    return ref == null ? schema : schema(ref.asText().substring("#/components/schemas/".length()));
  }

  /** The schema of a property, with {@code $ref}, {@code oneOf [null, X]} and {@code ["T", "null"]} undone. */
  public JsonNode nonNull(JsonNode schema) {
    JsonNode s = resolve(schema);
    for (String combinator : new String[] {"oneOf", "anyOf"}) {
      if (s.has(combinator)) {
        for (JsonNode alt : s.get(combinator)) {
          if (!"null".equals(alt.path("type").asText())) {
            return nonNull(alt);
          }
        }
      }
    }
    return s;
  }

  /** The JSON type of a schema without null; empty for {@code {}} (any value). */
  public String type(JsonNode schema) {
    JsonNode t = nonNull(schema).get("type");
    if (t == null) {
      return "";
    }
    if (t.isArray()) {
      for (JsonNode x : t) {
        if (!x.asText().equals("null")) {
          return x.asText();
        }
      }
    }
    return t.asText();
  }

  /** The properties of an object schema, {@code allOf} merged, in the document's order. */
  public Map<String, JsonNode> properties(JsonNode schema) {
    JsonNode s = resolve(schema);
    Map<String, JsonNode> out = new LinkedHashMap<>();
    for (JsonNode part : s.path("allOf")) {
      out.putAll(properties(part));
    }
    s.path("properties").properties().forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The required properties of an object schema, {@code allOf} merged. */
  public Set<String> required(JsonNode schema) {
    JsonNode s = resolve(schema);
    Set<String> out = new TreeSet<>();
    for (JsonNode part : s.path("allOf")) {
      out.addAll(required(part));
    }
    s.path("required").forEach(r -> out.add(r.asText()));
    return out;
  }

  /** The schema of an operation's 200 JSON response. */
  public JsonNode response(String path, String method) {
    return operation(path, method).path("responses").path("200").path("content").path("application/json")
        .path("schema");
  }

  /** The names of an operation's query parameters. */
  public Set<String> queryParameters(String path, String method) {
    Set<String> names = new TreeSet<>();
    for (JsonNode p : operation(path, method).path("parameters")) {
      if (p.path("in").asText().equals("query")) {
        names.add(p.path("name").asText());
      }
    }
    return names;
  }

  private JsonNode operation(String path, String method) {
    JsonNode op = document.path("paths").path(path).path(method);
    if (op.isMissingNode()) {
      throw new IllegalArgumentException("no operation " + method + " " + path);
    }
    return op;
  }

  /**
   * A body the schema allows: every property when {@code full}, else the required ones only. Values are
   * plausible for their type and format: a date-time string, int64 epoch milliseconds, a decimal, the first enum
   * value, the property's name for a string; {@code null} for a schema that allows anything ({@code {}}), and an
   * empty array for an array of such.
   */
  public JsonNode sample(JsonNode schema, boolean full) {
    JsonNode s = nonNull(schema);
    switch (type(s)) {
      case "object":
      case "":
        if (!s.has("properties") && !s.has("allOf")) {
          return NODES.nullNode();
        }
        ObjectNode o = NODES.objectNode();
        Set<String> required = required(s);
        properties(s).forEach((name, p) -> {
          if (full || required.contains(name)) {
            o.set(name, value(name, p, full));
          }
        });
        return o;
      case "array":
        JsonNode items = s.path("items");
        ArrayNode a = NODES.arrayNode();
        if (!type(items).isEmpty() || resolve(items).has("properties")) {
          a.add(sample(items, full));
        }
        return a;
      default:
        return value("value", s, full);
    }
  }

  private JsonNode value(String name, JsonNode schema, boolean full) {
    JsonNode s = nonNull(schema);
    switch (type(s)) {
      case "string":
        if (s.has("enum")) {
          return s.get("enum").get(0);
        }
        return s.path("format").asText().equals("date-time") ? NODES.textNode("2026-08-20T10:15:30.250Z")
            : NODES.textNode(name + "-1");
      case "integer":
        return s.path("format").asText().equals("int64") ? NODES.numberNode(1_755_684_930_250L) : NODES.numberNode(7);
      case "number":
        return NODES.numberNode(new BigDecimal("0.125"));
      case "boolean":
        return NODES.booleanNode(true);
      default:
        return sample(s, full);
    }
  }
}
