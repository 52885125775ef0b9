package dev.sessionkit.conformance.allowlist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The whole allow-list: faults of the vendors' own documents, each by name and with its reason, and nothing
 * else. A fault of the SDK or of a fake is never listed here: it is a failing check until the code is fixed.
 * Each entry is as narrow as the fault (one document, one keyword or status, one value shape), and counts its
 * uses so that the calibration can show it is still needed.
 */
public enum DocumentFault {
  /**
   * AgentScope stores {@code datetime.now()} values and pydantic dumps them without an offset
   * ({@code 2026-08-20T09:14:04.123456}), while the models' JSON Schema says {@code format: date-time}, which
   * RFC 3339 defines with an offset. The server's own bodies (vendor-data/agentscope/sessions-list.json) carry
   * such times. Allowed: a {@code date-time} format error on a string that is a naive ISO local date-time, in
   * the AgentScope document only. A string that is not a date-time at all still fails.
   */
  AGENTSCOPE_NAIVE_DATE_TIME("agentscope/openapi.assembled.json"),

  /**
   * Timbal's document refers to {@code #/components/schemas/RunSortBy} and {@code SortOrder} from the
   * {@code sort_by} and {@code sort_order} parameters but never defines them (dangling {@code $ref}s, kept so by
   * vendor-data's trim). Allowed: each undefined schema is read as a string enumeration of the values that the
   * referring parameter's own description lists in backticks ({@code id}, {@code created_at}, … and {@code asc},
   * {@code desc}), so a value outside them still fails. Nothing is added where the document defines them.
   */
  TIMBAL_UNDEFINED_SORT_SCHEMAS("timbal/openapi.runs.json"),

  /**
   * Timbal's {@code RunDetail.trace} is the empty schema {@code {}}: the document does not describe a span, so
   * any JSON passes it. Allowed in the sense that the validator has nothing to hold a trace to; the fake's
   * spans are held instead to the vendor's own span dump (vendor-data/timbal/trace-docs-span.json): the same
   * field names, each of the JSON type the vendor's span has.
   */
  TIMBAL_UNDESCRIBED_TRACE("timbal/openapi.runs.json"),

  /**
   * FastAPI documents only the 200 and 422 it generates, yet a route that raises
   * {@code HTTPException(404, …)} answers 404 {@code {"detail": "…"}} (Syntropic's {@code GET /sessions/{id}}
   * for an unknown id). Allowed: an undeclared 404 whose body is FastAPI's {@code {"detail": <string>}}, in the
   * two FastAPI documents.
   */
  FASTAPI_UNDECLARED_404("syntropic/openapi.sessions.json", "agentscope/openapi.assembled.json");

  /** A naive ISO local date-time, as Python's {@code datetime.isoformat()} writes one without a zone. */
  private static final Pattern NAIVE_DATE_TIME =
      Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?");
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final Map<DocumentFault, AtomicInteger> USES = new EnumMap<>(DocumentFault.class);

  static {
    for (DocumentFault f : values()) {
      USES.put(f, new AtomicInteger());
    }
  }

  private final Set<String> documents;

  DocumentFault(String... documents) {
    this.documents = Set.of(documents);
  }

  /**
   * Whether this fault is one of the given document's.
   *
   * @param document the document's path under vendor-data
   * @return true when the entry names it
   */
  public boolean concerns(String document) {
    return documents.contains(document);
  }

  /**
   * How many times the entry excused something since the JVM started.
   *
   * @return the count
   */
  public int uses() {
    return USES.get(this).get();
  }

  /**
   * Reads the undefined sort schemas of Timbal's document as the enumerations their parameters describe; does
   * nothing to any other document, nor where the schemas are defined.
   *
   * @param document the document's path under vendor-data
   * @param root the document, changed in place (in memory only)
   */
  public static void completeUndefinedSchemas(String document, ObjectNode root) {
    if (!TIMBAL_UNDEFINED_SORT_SCHEMAS.concerns(document)) {
      return;
    }
    ObjectNode schemas = root.withObjectProperty("components").withObjectProperty("schemas");
    for (JsonNode path : root.path("paths")) {
      for (JsonNode operation : path) {
        for (JsonNode parameter : operation.path("parameters")) {
          for (JsonNode branch : parameter.path("schema").path("oneOf")) {
            String ref = branch.path("$ref").asText("");
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            if (ref.startsWith("#/components/schemas/") && !schemas.has(name)
                && (name.equals("RunSortBy") || name.equals("SortOrder"))) {
              schemas.set(name, enumeration(parameter.path("description").asText("")));
              USES.get(TIMBAL_UNDEFINED_SORT_SCHEMAS).incrementAndGet();
            }
          }
        }
      }
    }
  }

  private static ObjectNode enumeration(String description) {
    Set<String> values = new LinkedHashSet<>();
    Matcher m = BACKTICKED.matcher(description);
    while (m.find()) {
      values.add(m.group(1));
    }
    ObjectNode schema = JsonNodeFactory.instance.objectNode().put("type", "string");
    ArrayNode allowed = schema.putArray("enum");
    values.forEach(allowed::add);
    return schema;
  }

  /**
   * Whether a value that is not an RFC 3339 {@code date-time} is AgentScope's naive time; counts the use.
   *
   * @param document the document's path under vendor-data
   * @param value the string that failed {@code format: date-time}
   * @return true when the entry excuses it
   */
  public static boolean excusesDateTime(String document, String value) {
    boolean naive = AGENTSCOPE_NAIVE_DATE_TIME.concerns(document) && NAIVE_DATE_TIME.matcher(value).matches();
    if (naive) {
      USES.get(AGENTSCOPE_NAIVE_DATE_TIME).incrementAndGet();
    }
    return naive;
  }

  /**
   * Whether an undeclared status is FastAPI's 404; counts the use.
   *
   * @param document the document's path under vendor-data
   * @param status the response status
   * @param body the response body as JSON, or null when it was not JSON
   * @return true when the entry excuses it
   */
  public static boolean excusesUndeclaredStatus(String document, int status, JsonNode body) {
    boolean fastApi404 = FASTAPI_UNDECLARED_404.concerns(document) && status == 404 && body != null
        && body.isObject() && body.size() == 1 && body.path("detail").isTextual();
    if (fastApi404) {
      USES.get(FASTAPI_UNDECLARED_404).incrementAndGet();
    }
    return fastApi404;
  }

  /** Counts one use of {@link #TIMBAL_UNDESCRIBED_TRACE}: a trace held to the vendor's span dump instead. */
  public static void traceHeldToSpanDump() {
    USES.get(TIMBAL_UNDESCRIBED_TRACE).incrementAndGet();
  }
}
