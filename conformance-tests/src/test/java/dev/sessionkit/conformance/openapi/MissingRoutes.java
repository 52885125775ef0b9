package dev.sessionkit.conformance.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Routes a vendor's server has that its document in vendor-data leaves out, added to the document in memory so
 * that they are judged like every other route instead of not at all. This relaxes nothing: it adds operations
 * and schemas, each transcribed from the vendor's own source.
 *
 * <p>AgentScope publishes no OpenAPI document; vendor-data's {@code openapi.assembled.json} has its paths
 * transcribed from the routers at da00849 and its schemas from the server's pydantic models. The transcription
 * skipped two routes of {@code src/agentscope/app/_router/_session.py}: {@code get_session_status} and
 * {@code interrupt_session}. Their models, {@code SessionStatusResponse} and {@code InterruptSessionResponse}
 * of {@code _router/_schema/_session.py}, are transcribed here the same way: every field required, as pydantic's
 * serialization schema has them; {@code status} is the document's own {@code SessionStatus}.
 */
final class MissingRoutes {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String AGENTSCOPE = "agentscope/openapi.assembled.json";

  private static final String SCHEMAS = """
      {"SessionStatusResponse": {"type": "object", "title": "SessionStatusResponse",
         "required": ["session_id", "status"],
         "properties": {"session_id": {"type": "string", "title": "Session Id"},
                        "status": {"$ref": "#/components/schemas/SessionStatus"}}},
       "InterruptSessionResponse": {"type": "object", "title": "InterruptSessionResponse",
         "required": ["session_id"],
         "properties": {"session_id": {"type": "string", "title": "Session Id"}}}}""";

  /** {@code responses} of the two routes; the parameters are those every session route of the document has. */
  private static final String PATHS = """
      {"/sessions/{session_id}/status": {"get": {"operationId": "get_session_status",
         "parameters": %1$s,
         "responses": {"200": {"description": "OK", "content": {"application/json": {"schema":
                          {"$ref": "#/components/schemas/SessionStatusResponse"}}}},
                       "404": {"description": "Not found"}, "422": {"description": "Validation Error"}}}},
       "/sessions/{session_id}/interrupt": {"post": {"operationId": "interrupt_session",
         "parameters": %1$s,
         "responses": {"202": {"description": "Accepted", "content": {"application/json": {"schema":
                          {"$ref": "#/components/schemas/InterruptSessionResponse"}}}},
                       "404": {"description": "Session not found."}, "422": {"description": "Validation Error"}}}}}""";

  private MissingRoutes() {}

  /**
   * Adds the routes a document is known to miss; other documents are left as they are.
   *
   * @param name the document's path under vendor-data
   * @param document its tree, changed in place
   */
  static void add(String name, ObjectNode document) {
    if (!name.equals(AGENTSCOPE)) {
      return;
    }
    // The same parameters as DELETE /sessions/{session_id}: session_id, agent_id and x-user-id.
    JsonNode parameters = document.path("paths").path("/sessions/{session_id}").path("delete").path("parameters");
    if (!parameters.isArray() || parameters.isEmpty()) {
      throw new IllegalStateException(name + " no longer has DELETE /sessions/{session_id}'s parameters to reuse");
    }
    try {
      ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
      JSON.readTree(SCHEMAS).properties().forEach(e -> addNew(schemas, e.getKey(), e.getValue(), name));
      ObjectNode paths = (ObjectNode) document.path("paths");
      JSON.readTree(PATHS.formatted(JSON.writeValueAsString(parameters))).properties()
          .forEach(e -> addNew(paths, e.getKey(), e.getValue(), name));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Adds a member the document lacks; a document that has it now is newer than this class, and says so. */
  private static void addNew(ObjectNode parent, String key, JsonNode value, String name) {
    if (parent.has(key)) {
      throw new IllegalStateException(name + " now has " + key + " itself: remove it from MissingRoutes");
    }
    parent.set(key, value);
  }
}
