package dev.sessionkit.conformance.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation of a {@link VendorDocument}: its parameters (the path item's merged with the operation's, the
 * operation's winning), request body, responses and security.
 */
public final class Operation {
  static final Set<String> METHODS = Set.of("GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE");

  private final VendorDocument document;
  private final String method;
  private final String path;
  private final PathTemplate template;

  Operation(VendorDocument document, String method, String path) {
    this.document = document;
    this.method = method;
    this.path = path;
    this.template = new PathTemplate(path);
  }

  /** The document it belongs to. */
  public VendorDocument document() {
    return document;
  }

  /** The HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** The path template as the document writes it. */
  public String path() {
    return path;
  }

  /** The path template, for matching. */
  public PathTemplate template() {
    return template;
  }

  /** The JSON pointer of the operation object in the document. */
  public String pointer() {
    return "/paths/" + escape(path) + "/" + method.toLowerCase(Locale.ROOT);
  }

  /** The operation object. */
  public JsonNode node() {
    return document.root().at(pointer());
  }

  /**
   * The parameters, keyed by {@code in} and name (header names in lower case).
   *
   * @return parameter pointers by key, in the document's order
   */
  public Map<String, Parameter> parameters() {
    Map<String, Parameter> out = new LinkedHashMap<>();
    addParameters(out, "/paths/" + escape(path) + "/parameters");
    addParameters(out, pointer() + "/parameters");
    return out;
  }

  private void addParameters(Map<String, Parameter> out, String listPointer) {
    JsonNode list = document.root().at(listPointer);
    for (int i = 0; i < list.size(); i++) {
      JsonNode p = document.deref(list.get(i));
      String in = p.path("in").asText();
      String name = in.equals("header") ? p.path("name").asText().toLowerCase(Locale.ROOT) : p.path("name").asText();
      out.put(in + ":" + name, new Parameter(name, in, p.path("required").asBoolean(false),
          p.path("deprecated").asBoolean(false), p.path("schema"), listPointer + "/" + i + "/schema"));
    }
  }

  /**
   * The security requirements in force: the operation's, else the document's.
   *
   * @return the names of the schemes of the first requirement (OpenAPI's alternatives are not needed here)
   */
  public List<JsonNode> securitySchemes() {
    JsonNode requirements = node().has("security") ? node().get("security") : document.root().path("security");
    List<JsonNode> schemes = new ArrayList<>();
    if (requirements.size() > 0) {
      requirements.get(0).fieldNames().forEachRemaining(
          n -> schemes.add(document.root().path("components").path("securitySchemes").path(n)));
    }
    return schemes;
  }

  /** {@code METHOD path in document}. */
  @Override
  public String toString() {
    return method + " " + path + " in " + document.name();
  }

  static String escape(String segment) {
    return segment.replace("~", "~0").replace("/", "~1");
  }

  /**
   * One parameter.
   *
   * @param name its name (lower case for a header)
   * @param in {@code path}, {@code query}, {@code header} or {@code cookie}
   * @param required whether it must be sent
   * @param deprecated whether the document marks it deprecated (a client should not send it)
   * @param schema its schema node
   * @param schemaPointer where the schema is in the document
   */
  public record Parameter(String name, String in, boolean required, boolean deprecated, JsonNode schema,
      String schemaPointer) {}
}
