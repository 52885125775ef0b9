package dev.sessionkit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Collects request validation errors the way FastAPI (pydantic v2) reports them: every problem of the request
 * in one 422 {@code {"detail": [{type, loc, msg, input, ctx?}]}}, with pydantic's exact types and messages.
 * One instance per request; not thread-safe.
 */
public final class FastApiValidation {
  private final ArrayNode errors = Json.array();

  /**
   * One error entry.
   *
   * @param type pydantic's error type (e.g. {@code missing}, {@code less_than_equal})
   * @param loc where: {@code ["query", "limit"]}
   * @param msg pydantic's message
   * @param input the offending input, null for JSON null
   * @param ctx the constraint context, null to leave it out (pydantic leaves it out for most types)
   */
  public static ObjectNode error(String type, String[] loc, String msg, JsonNode input, ObjectNode ctx) {
    ObjectNode e = Json.object().put("type", type);
    ArrayNode l = e.putArray("loc");
    for (String part : loc) {
      l.add(part);
    }
    e.put("msg", msg);
    e.set("input", input == null ? NullNode.getInstance() : input);
    if (ctx != null) {
      e.set("ctx", ctx);
    }
    return e;
  }

  /** Adds an error. */
  public void add(ObjectNode error) {
    errors.add(error);
  }

  /** Records {@code Field required} for a missing value at {@code loc}. */
  public void missing(String... loc) {
    add(error("missing", loc, "Field required", null, null));
  }

  /**
   * A required query parameter.
   *
   * @return its value, or null after recording the error
   */
  public String requiredQuery(Request request, String name) {
    String v = request.query(name);
    if (v == null) {
      missing("query", name);
    }
    return v;
  }

  /**
   * An optional integer query parameter with inclusive bounds.
   *
   * @param ge the lower bound, or null for none
   * @param le the upper bound, or null for none
   * @return the value, the default when absent, or the default after recording an error
   */
  public int intQuery(Request request, String name, int defaultValue, Integer ge, Integer le) {
    String raw = request.query(name);
    if (raw == null) {
      return defaultValue;
    }
    String[] loc = {"query", name};
    int value;
    try {
      value = Integer.parseInt(raw.trim());
    } catch (NumberFormatException e) {
      add(error("int_parsing", loc, "Input should be a valid integer, unable to parse string as an integer",
          TextNode.valueOf(raw), null));
      return defaultValue;
    }
    if (ge != null && value < ge) {
      add(error("greater_than_equal", loc, "Input should be greater than or equal to " + ge, TextNode.valueOf(raw),
          Json.object().put("ge", ge)));
      return defaultValue;
    }
    if (le != null && value > le) {
      add(error("less_than_equal", loc, "Input should be less than or equal to " + le, TextNode.valueOf(raw),
          Json.object().put("le", le)));
      return defaultValue;
    }
    return value;
  }

  /**
   * A JSON request body that must be an object.
   *
   * @return the object, or null after recording the error (no body, broken JSON, or another JSON type)
   */
  public ObjectNode objectBody(Request request) {
    if (request.body().length == 0) {
      missing("body");
      return null;
    }
    JsonNode body = request.jsonBodyOrNull();
    if (body == null) {
      add(error("json_invalid", new String[] {"body", "0"}, "JSON decode error", Json.object(),
          Json.object().put("error", "Expecting value")));
      return null;
    }
    if (!body.isObject()) {
      add(error("model_attributes_type", new String[] {"body"},
          "Input should be a valid dictionary or object to extract fields from", body, null));
      return null;
    }
    return (ObjectNode) body;
  }

  /**
   * A required string field of a JSON body.
   *
   * @return the text, or null after recording the error
   */
  public String requiredString(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null) {
      missing("body", field);
      return null;
    }
    return checkString(v, field);
  }

  /**
   * An optional string field of a JSON body: absent and null are both allowed.
   *
   * @return the text, or null when absent, null or wrong (after recording the error)
   */
  public String optionalString(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    return v == null || v.isNull() ? null : checkString(v, field);
  }

  private String checkString(JsonNode v, String field) {
    if (v.getNodeType() != JsonNodeType.STRING) {
      add(error("string_type", new String[] {"body", field}, "Input should be a valid string", v, null));
      return null;
    }
    return v.asText();
  }

  /**
   * An optional object field of a JSON body: absent and null are both allowed.
   *
   * @return the object, or null when absent, null or wrong (after recording the error)
   */
  public ObjectNode optionalObject(ObjectNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isObject()) {
      add(error("model_attributes_type", new String[] {"body", field},
          "Input should be a valid dictionary or object to extract fields from", v, null));
      return null;
    }
    return (ObjectNode) v;
  }

  /** Whether any error was recorded. */
  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /**
   * Ends validation.
   *
   * @throws HttpError a 422 with every recorded error, when there is any
   */
  public void throwIfAny() {
    if (hasErrors()) {
      throw new HttpError(Response.json(422, Json.object().set("detail", errors)));
    }
  }
}
