package dev.sessionkit.conformance.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sessionkit.conformance.allowlist.DocumentFault;
import dev.sessionkit.conformance.wire.Exchange;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Holds one exchange to a vendor document, as an OpenAPI validator does: the request (the operation exists;
 * path, query and header parameters are declared, present when required, and valid; the security scheme's
 * credentials are sent; the body is of a declared media type and valid) and the response (the status is
 * declared; the body is of a declared media type and valid). The JSON Schema work is networknt's
 * ({@link VendorDocument#validate}); this class only finds what to validate, as the OpenAPI 3.1 specification
 * says where each part lives.
 */
public final class ExchangeValidator {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final VendorDocument document;
  private final String basePath;

  /**
   * A validator for one deployment of a document.
   *
   * @param document the vendor document
   * @param basePath the prefix the deployment puts before the document's paths (Syntropic's {@code /api/v1}),
   *     empty for none
   */
  public ExchangeValidator(VendorDocument document, String basePath) {
    this.document = document;
    this.basePath = basePath;
  }

  /** The document. */
  public VendorDocument document() {
    return document;
  }

  /**
   * The operation an exchange is for.
   *
   * @param exchange the exchange
   * @return the operation, empty when the document has none for its method and path
   */
  public Optional<Operation> operationOf(Exchange exchange) {
    return documentPath(exchange).flatMap(p -> document.find(exchange.method(), p));
  }

  /**
   * The request path without the deployment's base path.
   *
   * @param exchange the exchange
   * @return the path as the document writes paths, empty when the base path is not there
   */
  public Optional<String> documentPath(Exchange exchange) {
    return exchange.rawPath().startsWith(basePath)
        ? Optional.of(exchange.rawPath().substring(basePath.length()))
        : Optional.empty();
  }

  /**
   * Every way the request departs from the document.
   *
   * @param exchange the exchange
   * @return the violations, empty when the request conforms
   */
  public List<Violation> request(Exchange exchange) {
    String part = "request " + exchange.method() + " " + exchange.rawPath();
    Optional<Operation> found = operationOf(exchange);
    if (found.isEmpty()) {
      return List.of(undocumented(exchange, part));
    }
    Operation op = found.get();
    List<Violation> out = new ArrayList<>();
    Map<String, Operation.Parameter> declared = op.parameters();
    Map<String, String> pathValues = op.template().match(documentPath(exchange).orElseThrow()).orElseThrow();
    Map<String, List<String>> query = parseQuery(exchange.rawQuery());

    for (Operation.Parameter p : declared.values()) {
      String where = part + " " + p.in() + " parameter " + p.name();
      List<String> values = switch (p.in()) {
        case "path" -> pathValues.containsKey(p.name()) ? List.of(pathValues.get(p.name())) : List.of();
        case "query" -> query.getOrDefault(p.name(), List.of());
        case "header" -> exchange.requestHeaders().getOrDefault(p.name(), List.of());
        default -> List.of();
      };
      if (values.isEmpty()) {
        if (p.required()) {
          out.add(new Violation(where, "required parameter of " + op, "not sent"));
        }
        continue;
      }
      if (p.deprecated()) {
        // AgentScope's offset: accepted and ignored since 2.0.4.post1, so a client that sends it pages nowhere.
        out.add(new Violation(where, "deprecated parameter of " + op, "sent " + values + " to a server of this document"));
      }
      if (values.size() > 1) {
        out.add(new Violation(where, "one value per parameter (form style, not exploded arrays) in " + op,
            "sent " + values.size() + " times: " + values));
      }
      JsonNode value = ParameterValue.of(document, p.schema(), values.get(0));
      out.addAll(document.validate(p.schemaPointer(), value, where));
    }
    for (Map.Entry<String, List<String>> q : query.entrySet()) {
      if (!declared.containsKey("query:" + q.getKey())) {
        out.add(new Violation(part + " query parameter " + q.getKey(), "parameters of " + op,
            "not declared by the document (sent " + q.getValue() + ")"));
      }
    }
    out.addAll(security(op, exchange, part));
    out.addAll(requestBody(op, exchange, part));
    return out;
  }

  private Violation undocumented(Exchange exchange, String part) {
    List<String> same = document.operations().stream()
        .filter(op -> documentPath(exchange).flatMap(op.template()::match).isPresent())
        .map(op -> op.method() + " " + op.path()).toList();
    return new Violation(part, "paths of " + document.name(),
        "no operation for " + exchange.method() + " " + exchange.rawPath()
            + (basePath.isEmpty() ? "" : " (base path " + basePath + ")")
            + (same.isEmpty() ? "; no path template matches" : "; the path has only " + same));
  }

  private List<Violation> security(Operation op, Exchange exchange, String part) {
    List<Violation> out = new ArrayList<>();
    for (JsonNode scheme : op.securitySchemes()) {
      String type = scheme.path("type").asText();
      if (type.equals("http")) {
        String prefix = scheme.path("scheme").asText().toLowerCase(Locale.ROOT);
        String auth = exchange.requestHeader("authorization").orElse("");
        if (!auth.toLowerCase(Locale.ROOT).startsWith(prefix + " ") || auth.substring(prefix.length()).isBlank()) {
          out.add(new Violation(part + " header authorization", "security (http " + prefix + ") of " + op,
              auth.isEmpty() ? "not sent" : "not a " + prefix + " credential"));
        }
      } else if (type.equals("apiKey") && scheme.path("in").asText().equals("header")
          && exchange.requestHeader(scheme.path("name").asText()).isEmpty()) {
        out.add(new Violation(part + " header " + scheme.path("name").asText(), "security (apiKey) of " + op,
            "not sent"));
      }
    }
    return out;
  }

  private List<Violation> requestBody(Operation op, Exchange exchange, String part) {
    String where = part + " body";
    JsonNode declared = op.node().path("requestBody");
    boolean sent = !exchange.requestBody().isEmpty();
    if (declared.isMissingNode()) {
      return sent ? List.of(new Violation(where, "no requestBody in " + op, "a body was sent: "
          + abbreviate(exchange.requestBody()))) : List.of();
    }
    String bodyPointer = declared.has("$ref") ? declared.get("$ref").asText().substring(1) : op.pointer() + "/requestBody";
    declared = document.deref(declared);
    if (!sent) {
      return declared.path("required").asBoolean(false)
          ? List.of(new Violation(where, "requestBody.required in " + op, "no body was sent")) : List.of();
    }
    return content(declared.path("content"), bodyPointer + "/content", exchange.requestHeader("content-type"),
        exchange.requestBody(), where, op);
  }

  /**
   * Every way the response departs from the document.
   *
   * @param exchange the exchange
   * @return the violations, empty when the response conforms
   */
  public List<Violation> response(Exchange exchange) {
    String part = "response " + exchange.status() + " to " + exchange.method() + " " + exchange.rawPath();
    Optional<Operation> found = operationOf(exchange);
    if (found.isEmpty()) {
      return List.of(undocumented(exchange, part));
    }
    Operation op = found.get();
    JsonNode responses = op.node().path("responses");
    String status = Integer.toString(exchange.status());
    String key = responses.has(status) ? status
        : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
        : responses.has("default") ? "default" : null;
    if (key == null) {
      if (DocumentFault.excusesUndeclaredStatus(document.name(), exchange.status(), parseOrNull(exchange.responseBody()))) {
        return List.of();
      }
      List<String> declaredStatuses = new ArrayList<>();
      responses.fieldNames().forEachRemaining(declaredStatuses::add);
      return List.of(new Violation(part, "responses of " + op,
          "status " + status + " is not declared (declared: " + declaredStatuses + "); body "
              + abbreviate(exchange.responseBody())));
    }
    JsonNode declared = responses.get(key);
    String pointer = declared.has("$ref") ? declared.get("$ref").asText().substring(1)
        : op.pointer() + "/responses/" + Operation.escape(key);
    declared = document.deref(declared);
    if (!declared.has("content")) {
      boolean noBodyAllowed = exchange.status() == 204 || exchange.status() == 304;
      return noBodyAllowed && !exchange.responseBody().isEmpty()
          ? List.of(new Violation(part + " body", "RFC 9110: a " + status + " has no content",
              "a body was sent: " + abbreviate(exchange.responseBody())))
          : List.of();
    }
    return content(declared.path("content"), pointer + "/content", exchange.responseHeader("content-type"),
        exchange.responseBody(), part + " body", op);
  }

  private List<Violation> content(JsonNode content, String contentPointer, Optional<String> contentType, String body,
      String where, Operation op) {
    String mediaType = contentType.map(t -> t.split(";")[0].trim().toLowerCase(Locale.ROOT)).orElse("");
    if (!content.has(mediaType)) {
      List<String> declared = new ArrayList<>();
      content.fieldNames().forEachRemaining(declared::add);
      return List.of(new Violation(where, "content of " + op,
          "media type " + (mediaType.isEmpty() ? "(no Content-Type)" : mediaType) + " is not declared " + declared));
    }
    JsonNode schema = content.get(mediaType).path("schema");
    String schemaPointer = contentPointer + "/" + Operation.escape(mediaType) + "/schema";
    if (schema.isMissingNode()) {
      return List.of();
    }
    JsonNode value;
    if (mediaType.equals("application/json") || mediaType.endsWith("+json")) {
      value = parseOrNull(body);
      if (value == null) {
        return List.of(new Violation(where, "content " + mediaType + " of " + op, "not JSON: " + abbreviate(body)));
      }
    } else {
      value = JsonNodeFactory.instance.textNode(body);
    }
    return document.validate(schemaPointer, value, where);
  }

  private static JsonNode parseOrNull(String body) {
    if (body.isEmpty()) {
      return null;
    }
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  static Map<String, List<String>> parseQuery(String rawQuery) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    if (rawQuery.isEmpty()) {
      return out;
    }
    for (String pair : rawQuery.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
    }
    return out;
  }

  private static String abbreviate(String s) {
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
  }
}
