package dev.sessionkit.conformance.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import dev.sessionkit.conformance.allowlist.DocumentFault;
import dev.sessionkit.conformance.allowlist.NaiveDateTimeFormat;
import dev.sessionkit.conformance.vendordata.VendorData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One OpenAPI 3.1 document of vendor-data, with its schemas validated by networknt's JSON Schema 2020-12
 * validator (the dialect OpenAPI 3.1 schemas are written in), formats asserted. {@code $ref}s resolve inside the
 * document, as the document itself says. The only changes made to the document, in memory, are the named
 * {@link DocumentFault#TIMBAL_UNDEFINED_SORT_SCHEMAS} and the routes {@link MissingRoutes} adds. Thread-safe; loaded once per document.
 */
public final class VendorDocument {
  private static final Map<String, VendorDocument> LOADED = new ConcurrentHashMap<>();
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String name;
  private final JsonNode root;
  private final String iri;
  private final SchemaRegistry registry;
  private final List<Operation> operations = new ArrayList<>();

  private VendorDocument(String name) {
    this.name = name;
    ObjectNode tree = (ObjectNode) VendorData.json(name);
    DocumentFault.completeUndefinedSchemas(name, tree);
    MissingRoutes.add(name, tree);
    this.root = tree;
    // A name that is never fetched: the registry serves the document from memory under it.
    this.iri = "https://vendor-data.invalid/" + name;
    String text;
    try {
      text = JSON.writeValueAsString(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    SchemaRegistryConfig config = SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build();
    // OpenAPI 3.1's own dialect: JSON Schema 2020-12 plus the OAS vocabulary (discriminator, int32/int64/
    // float/double formats). date-time is replaced only where the allow-list names this document.
    Dialect dialect = DocumentFault.AGENTSCOPE_NAIVE_DATE_TIME.concerns(name)
        ? Dialect.builder(Dialects.getOpenApi31()).format(new NaiveDateTimeFormat(name)).build()
        : Dialects.getOpenApi31();
    this.registry = SchemaRegistry.withDefaultDialect(dialect, b -> b.schemaRegistryConfig(config).schemas(Map.of(iri, text)));
    for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
        String method = op.getKey().toUpperCase(Locale.ROOT);
        if (Operation.METHODS.contains(method)) {
          operations.add(new Operation(this, method, path.getKey()));
        }
      }
    }
  }

  /**
   * The document at a path under vendor-data, loaded once.
   *
   * @param name e.g. {@code timbal/openapi.runs.json}
   * @return the document
   */
  public static VendorDocument load(String name) {
    return LOADED.computeIfAbsent(name, VendorDocument::new);
  }

  /** The document's path under vendor-data. */
  public String name() {
    return name;
  }

  /** The document's tree (with the named completion above, nothing else). */
  public JsonNode root() {
    return root;
  }

  /** Every operation of the document, in its order. */
  public List<Operation> operations() {
    return List.copyOf(operations);
  }

  /**
   * The operation a request is for: the method and the path template that matches, the most literal first.
   *
   * @param method the HTTP method
   * @param rawPath the raw request path without the vendor's base path
   * @return the operation, empty when the document has none for it
   */
  public Optional<Operation> find(String method, String rawPath) {
    return operations.stream()
        .filter(op -> op.method().equals(method) && op.template().match(rawPath).isPresent())
        .max(Comparator.comparingInt(op -> op.template().literalSegments()));
  }

  /**
   * The operation for a method and a path template, exactly as the document writes it.
   *
   * @param method the HTTP method
   * @param template e.g. {@code /sessions/{session_id}}
   * @return the operation, empty when the document has none
   */
  public Optional<Operation> operation(String method, String template) {
    return operations.stream().filter(op -> op.method().equals(method) && op.path().equals(template)).findFirst();
  }

  /**
   * Follows a local {@code $ref} (one level at a time, to the end).
   *
   * @param node a schema, parameter or response object
   * @return the object it refers to, or the node itself
   */
  public JsonNode deref(JsonNode node) {
    JsonNode n = node;
    for (int i = 0; i < 16 && n.has("$ref") && n.get("$ref").asText().startsWith("#/"); i++) {
      n = root.at(n.get("$ref").asText().substring(1));
    }
    return n;
  }

  /**
   * Validates a value against a schema of this document; errors that a {@link DocumentFault} excuses are
   * dropped (and counted there).
   *
   * @param pointer where the schema is in the document (a JSON pointer)
   * @param value the value
   * @param part what is validated, for the messages (e.g. {@code response body})
   * @return the violations, empty when the value conforms
   */
  public List<Violation> validate(String pointer, JsonNode value, String part) {
    // Loaded by its place in the whole document, so that its $refs resolve against the document's root.
    Schema compiled = registry.getSchema(SchemaLocation.of(iri + "#" + fragment(pointer)));
    List<Violation> out = new ArrayList<>();
    for (Error e : compiled.validate(value)) {
      String location = e.getInstanceLocation() == null ? "$" : e.getInstanceLocation().toString();
      out.add(new Violation(part + " " + location,
          e.getKeyword() + " at " + name + (e.getSchemaLocation() == null ? "" : " " + shorten(e.getSchemaLocation())),
          message(e) + (e.getInstanceNode() == null ? "" : " (was " + abbreviate(e.getInstanceNode()) + ")")));
    }
    return out;
  }

  /**
   * The validator's message; for {@code required} and {@code type}, in words of our own: this version's
   * templates for them leave a placeholder ({@code {1}}, {@code {2}}) unfilled.
   */
  private static String message(Error e) {
    if ("required".equals(e.getKeyword())) {
      return "required property '" + e.getProperty() + "' is missing";
    }
    if ("type".equals(e.getKeyword()) && e.getInstanceNode() != null) {
      return e.getInstanceNode().getNodeType().name().toLowerCase(Locale.ROOT) + " found, the document says "
          + e.getSchemaNode();
    }
    return e.getMessage();
  }

  /** A JSON pointer as a URI fragment: the characters a fragment may not hold (the braces of path templates). */
  private static String fragment(String pointer) {
    return pointer.replace("%", "%25").replace("{", "%7B").replace("}", "%7D").replace(" ", "%20");
  }

  private String shorten(SchemaLocation location) {
    String s = location.toString();
    return s.startsWith(iri) ? s.substring(iri.length()) : s;
  }

  private static String abbreviate(JsonNode node) {
    String s = node.toString();
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }

  @Override
  public String toString() {
    return name;
  }
}
