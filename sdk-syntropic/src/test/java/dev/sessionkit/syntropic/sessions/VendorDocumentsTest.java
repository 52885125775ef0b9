package dev.sessionkit.syntropic.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.IOException;
import java.lang.reflect.Method;
import dev.sessionkit.core.testing.VendorDataFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The models against what Syntropic137 itself published, in {@code ../shared/vendor-data/syntropic} beside
 * the project (its README gives each file's repo@commit:path): the checked-in OpenAPI document of
 * syntropic137@3b29537 (2026-05-01), and response bodies from the vendor's own tests. Skipped, with one
 * line saying why, where that folder is absent (a user's clone).
 */
class VendorDocumentsTest {
  private static Path dir;
  private static JsonNode schemas;
  private final SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);

  @BeforeAll
  static void vendorData() throws IOException {
    dir = VendorDataFolder.of("syntropic");
    schemas = SessionKitJson.mapper().readTree(dir.resolve("openapi.sessions.json").toFile())
        .path("components").path("schemas");
  }

  private JsonNode vendorBody(String name) throws IOException {
    return SessionKitJson.mapper().readTree(dir.resolve(name).toFile());
  }

  private <T> T read(Class<T> type, JsonNode body) throws IOException {
    return json.readerFor(type).readValue(SessionKitJson.mapper().writeValueAsString(body));
  }

  @Test
  void everyPropertyOfTheDocumentHasItsAccessor() {
    Map<String, Class<?>> models = Map.of("SessionSummaryResponse", Session.class, "SessionResponse",
        SessionDetail.class, "OperationInfo", Operation.class, "GitEventData", GitInfo.class, "SessionListResponse",
        SessionList.class);
    List<String> missing = new ArrayList<>();
    models.forEach((schema, model) -> {
      Set<String> names = jsonNames(model);
      schemas.path(schema).path("properties").fieldNames().forEachRemaining(p -> {
        if (!names.contains(p)) {
          missing.add(schema + "." + p);
        }
      });
    });
    assertEquals(List.of(), missing);
  }

  @Test
  void aBodyWithOnlyTheDocumentsRequiredPropertiesReads() throws IOException {
    // What the vendor does not mark required, SessionKit does not require: a body without it reads.
    Map<String, Class<?>> models = Map.of("SessionSummaryResponse", Session.class, "SessionResponse",
        SessionDetail.class, "OperationInfo", Operation.class, "GitEventData", GitInfo.class, "SessionListResponse",
        SessionList.class);
    for (Map.Entry<String, Class<?>> e : models.entrySet()) {
      JsonNode schema = schemas.path(e.getKey());
      ObjectNode body = SessionKitJson.mapper().createObjectNode();
      schema.path("required").forEach(r -> body.set(r.asText(), minimal(schema.path("properties").path(r.asText()))));
      Object model = read(e.getValue(), body);
      assertTrue(e.getValue().isInstance(model), e.getKey());
    }
  }

  @Test
  void theCliSessionsListReads() throws IOException {
    SessionList list = read(SessionList.class, vendorBody("cli-sessions-list.json"));

    assertEquals(Optional.of(1L), list.total());
    assertFalse(list.paged());
    Session s = list.sessions().get(0);
    assertEquals("sess-001", s.id());
    assertEquals(Optional.of("wf-1"), s.workflowId());
    assertEquals(Optional.empty(), s.phaseId());
    assertEquals(SessionStatus.COMPLETED, s.status());
    assertEquals(Optional.of("claude"), s.agentProvider());
    assertEquals(Optional.of("claude-sonnet-4-6"), s.agentModel());
    assertEquals(Optional.of("Sonnet 4.6"), s.agentModelDisplay());
    assertEquals(5000, s.totalTokens());
    assertEquals(Optional.of("5.0k"), s.totalTokensDisplay());
    SessionAssertions.assertExactly("0.05", s.totalCostUsd());
    assertEquals(Optional.of("$0.05"), s.totalCostDisplay());
    assertEquals(Optional.of(12.5), s.durationSeconds());
    assertEquals(Optional.of("12s"), s.durationDisplay());
    assertEquals(Optional.of(Instant.parse("2026-01-01T00:00:00Z")), s.startedAt());
    assertEquals(Optional.empty(), s.completedAt());
    assertEquals(Optional.empty(), s.parentSessionId());
    assertEquals(Optional.empty(), s.unpricedObservationCount());
    assertEquals(Map.of(), s.additionalProperties());
  }

  @Test
  void theCliSessionShowReads() throws IOException {
    SessionDetail d = read(SessionDetail.class, vendorBody("cli-session-show.json"));

    assertEquals("sess-001", d.id());
    assertEquals(Optional.of("test-wf"), d.workflowName());
    assertEquals(Optional.empty(), d.milestoneId());
    assertEquals(8000, d.inputTokens());
    assertEquals(Optional.of("8.0k"), d.inputTokensDisplay());
    assertEquals(2000, d.outputTokens());
    assertEquals(Optional.of("2.0k"), d.outputTokensDisplay());
    assertEquals(0, d.cacheCreationTokens());
    assertEquals(Optional.of("0"), d.cacheReadTokensDisplay());
    assertEquals(10000, d.totalTokens());
    SessionAssertions.assertExactly("0.10", d.totalCostUsd());
    assertEquals(Optional.of(134.2), d.durationSeconds());
    assertEquals(Optional.of("2m 14s"), d.durationDisplay());
    assertEquals(List.of(), d.operations());
    assertEquals(Map.of(), d.costByModel());
    assertEquals(Map.of(), d.metadata());
    assertEquals(Map.of(), d.additionalProperties());
  }

  @Test
  void theOpenclawSessionDetailReadsWithItsOperations() throws IOException {
    SessionDetail d = read(SessionDetail.class, vendorBody("openclaw-session-detail.json"));

    assertEquals("sess-001", d.id());
    assertEquals(Optional.of("exec-abc-123"), d.executionId());
    assertEquals(Optional.of("/workspaces/exec-abc-123"), d.workspacePath());
    SessionAssertions.assertExactly("0.24", d.totalCostUsd());
    assertEquals(Optional.of(120.0), d.durationSeconds());
    assertEquals(Optional.empty(), d.errorMessage());
    assertEquals(2, d.operations().size());
    Operation tool = d.operations().get(0);
    assertEquals("op-001", tool.operationId());
    assertEquals("tool_use", tool.operationType().value());
    assertFalse(tool.operationType().isKnown());
    assertEquals(Optional.of(Instant.parse("2026-03-16T12:00:30Z")), tool.timestamp());
    assertEquals(Optional.of(2.5), tool.durationSeconds());
    assertEquals(Optional.of(true), tool.success());
    assertEquals(Optional.of("Read"), tool.toolName());
    assertEquals(Optional.empty(), tool.toolInput());
    Operation commit = d.operations().get(1);
    assertEquals(OperationType.GIT_COMMIT, commit.operationType());
    assertEquals(Optional.of("abc1234"), commit.gitSha());
    assertEquals(Optional.of("fix: resolve null check"), commit.gitMessage());
    assertEquals(Optional.of("fix/issue-42"), commit.gitBranch());
    assertEquals(Optional.of("org/repo"), commit.gitRepo());
    assertEquals(Map.of(), commit.additionalProperties());
  }

  @Test
  void theDashboardSummaryItemReadsInAList() throws IOException {
    ObjectNode list = SessionKitJson.mapper().createObjectNode().put("total", 1);
    list.putArray("sessions").add(vendorBody("dashboard-session-summary-item.json"));

    Session s = read(SessionList.class, list).sessions().get(0);

    assertEquals("sess_abc123", s.id());
    assertEquals(Optional.of("Deploy Pipeline"), s.workflowName());
    assertEquals(Optional.of("build"), s.phaseId());
    assertEquals(Optional.empty(), s.agentProvider());
    SessionAssertions.assertExactly("0.045", s.totalCostUsd());
    assertEquals(Optional.of(12.0), s.durationSeconds());
    assertEquals(Optional.of(Instant.parse("2026-04-19T10:00:12Z")), s.completedAt());
  }

  /** A value of the schema's type: null where null is allowed. */
  private static JsonNode minimal(JsonNode property) {
    for (JsonNode alt : property.path("anyOf")) {
      if ("null".equals(alt.path("type").asText())) {
        return SessionKitJson.mapper().nullNode();
      }
    }
    return SessionKitJson.mapper().getNodeFactory().textNode("x");
  }

  private static Set<String> jsonNames(Class<?> model) {
    Set<String> names = new HashSet<>();
    List<Class<?>> types = new ArrayList<>(List.of(model));
    types.addAll(List.of(model.getInterfaces()));
    for (Class<?> type : types) {
      for (Method m : type.getMethods()) {
        JsonProperty p = m.getAnnotation(JsonProperty.class);
        if (p != null) {
          names.add(p.value());
        }
      }
    }
    return names;
  }
}
