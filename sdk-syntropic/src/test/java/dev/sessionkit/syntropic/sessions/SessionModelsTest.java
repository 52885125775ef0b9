package dev.sessionkit.syntropic.sessions;

import static dev.sessionkit.syntropic.sessions.SessionAssertions.assertExactly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Binding edge cases, the usage view, and the public builders of the models. */
class SessionModelsTest {
  private final SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);

  private <T> T read(Class<T> type, String body) throws Exception {
    return json.readerFor(type).readValue(body);
  }

  @Test
  void aCompletedSessionsUsageEndsAtCompletion() throws Exception {
    Session s = read(SessionList.class, Fixtures.read("session-list.json")).sessions().get(0);

    SessionUsage u = s.toSessionUsage();

    assertEquals(Vendor.SYNTROPIC, u.vendor());
    assertEquals("a1b2c3d4-0001", u.id());
    assertEquals("completed", u.status());
    assertEquals(Optional.of("claude-sonnet-4-6"), u.model());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:00:00.123456Z")), u.startedAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:02:14.373456Z")), u.lastActivityAt());
    assertEquals(TokenUsage.builder().input(8000).output(2000).cacheCreation(1500).cacheRead(42000).build(), u.tokens());
    assertExactly("0.123400", u.costUsd().orElseThrow());
  }

  @Test
  void aRunningSessionsLastActivityIsItsStart() throws Exception {
    Session s = read(SessionList.class, Fixtures.read("session-list.json")).sessions().get(1);

    SessionUsage u = s.toSessionUsage();

    assertEquals("paused", u.status());
    assertEquals(Optional.empty(), u.model());
    assertEquals(Optional.of(Instant.parse("2026-05-01T11:00:00Z")), u.lastActivityAt());
    assertEquals(TokenUsage.zero(), u.tokens());
    assertExactly("0", u.costUsd().orElseThrow());
  }

  @Test
  void theDetailsUsageIsTheSameView() throws Exception {
    SessionDetail d = read(SessionDetail.class, Fixtures.read("session-detail.json"));

    SessionUsage u = d.toSessionUsage();

    assertEquals(SessionUsage.builder().vendor(Vendor.SYNTROPIC).id("a1b2c3d4-0001").status("failed")
        .model("claude-sonnet-4-6").startedAt(Instant.parse("2026-05-01T12:00:00.123456Z"))
        .lastActivityAt(Instant.parse("2026-05-01T12:02:14Z"))
        .tokens(TokenUsage.builder().input(8000).output(2000).cacheCreation(1500).cacheRead(42000).build())
        .costUsd(new BigDecimal("0.123400")).build(), u);
  }

  @Test
  void absentAndNullFieldsTakeTheirDefaults() throws Exception {
    SessionDetail d = read(SessionDetail.class, "{\"id\": \"s\", \"status\": \"pending\", \"repos\": null,"
        + " \"total_cost_usd\": null, \"cost_by_model\": null, \"operations\": null, \"metadata\": null,"
        + " \"started_at\": null, \"operations_count\": 0}");

    assertEquals(SessionStatus.PENDING, d.status());
    assertEquals(List.of(), d.repos());
    assertEquals(0, d.inputTokens());
    assertEquals(0, d.totalTokens());
    assertSame(BigDecimal.ZERO, d.totalCostUsd());
    assertEquals(Map.of(), d.costByModel());
    assertEquals(List.of(), d.operations());
    assertEquals(Map.of(), d.metadata());
    assertEquals(Optional.empty(), d.startedAt());
    assertEquals(Optional.empty(), d.totalTokensDisplay());
    assertEquals(Optional.empty(), d.durationDisplay());
    assertEquals(0, d.additionalProperties().get("operations_count").asInt());
    assertEquals(Optional.empty(), d.toSessionUsage().lastActivityAt());
  }

  @Test
  void anOperationWhoseSuccessIsNullOrAbsentSaysNothing() throws Exception {
    // The real server never sends null (its _to_operation_info sends true for a missing outcome), but a body
    // without the field, or another producer's null, reads as empty rather than as an invented value.
    for (String success : new String[] {"\"success\": null, ", ""}) {
      Operation op = read(Operation.class, "{\"operation_id\": \"o\", " + success + "\"operation_type\": \"message\"}");
      assertEquals(Optional.empty(), op.success(), success);
    }
    assertEquals(Optional.of(false), read(Operation.class,
        "{\"operation_id\": \"o\", \"success\": false, \"operation_type\": \"x\"}").success());
    assertEquals(Optional.of(true), read(Operation.class,
        "{\"operation_id\": \"o\", \"success\": true, \"operation_type\": \"x\"}").success());
  }

  @Test
  void moneySentAsAJsonNumberIsExactToo() throws Exception {
    Session s = read(Session.class, "{\"id\": \"s\", \"status\": \"completed\", \"total_cost_usd\": 0.1234000}");

    assertExactly("0.1234000", s.totalCostUsd());
  }

  @Test
  void naiveAndIsoTimestampsAreReadToo() throws Exception {
    Session s = read(Session.class, "{\"id\": \"s\", \"status\": \"completed\","
        + " \"started_at\": \"2026-05-01 12:00:00.5\", \"completed_at\": \"2026-05-01T14:00:00+02:00\"}");

    // A naive time is read in the client's server zone (UTC by default).
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:00:00.5Z")), s.startedAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:00:00Z")), s.completedAt());
  }

  @Test
  void aDetailWrittenAndReadAgainIsEqualWithItsUnknownFields() throws Exception {
    SessionList list = read(SessionList.class, Fixtures.read("session-list.json"));
    SessionDetail detail = read(SessionDetail.class, Fixtures.read("session-detail.json"));

    String listJson = SessionKitJson.mapper().writeValueAsString(list);
    String detailJson = SessionKitJson.mapper().writeValueAsString(detail);

    assertEquals(list, read(SessionList.class, listJson));
    assertEquals(detail, read(SessionDetail.class, detailJson));
    assertTrue(listJson.contains("\"root_session_id\":\"a1b2c3d4-0001\""), listJson);
    assertFalse(listJson.contains("additionalProperties"), listJson);
    // Written as a JSON number with its scale; read back it is the same BigDecimal.
    assertTrue(detailJson.contains("\"total_cost_usd\":0.123400,"), detailJson);
  }

  @Test
  void aPagedListWrittenAndReadAgainIsEqualAndWritesNoDerivedField() throws Exception {
    SessionList list = read(SessionList.class, Fixtures.read("session-list-paged.json"));
    SessionDetail detail = read(SessionDetail.class, Fixtures.read("session-detail-paged.json"));

    String listJson = SessionKitJson.mapper().writeValueAsString(list);

    assertEquals(list, read(SessionList.class, listJson));
    assertEquals(detail, read(SessionDetail.class, SessionKitJson.mapper().writeValueAsString(detail)));
    assertTrue(listJson.contains("\"status_counts\":{\"completed\":30,\"running\":4,\"failed\":3}"), listJson);
    assertFalse(listJson.contains("paged") || listJson.contains("totalMatches") || listJson.contains("total_matches"),
        listJson);
  }

  @Test
  void usersBuildModelsWithThePublicBuilders() {
    Operation op = Operation.builder().operationId("o").operationType(OperationType.of("tool_blocked")).build();
    Session s = Session.builder().id("s").status(SessionStatus.RUNNING).agentModel("m").inputTokens(5).build();
    SessionDetail d = SessionDetail.builder().id("s").status(SessionStatus.of("running")).addOperations(op)
        .putCostByModel("m", new BigDecimal("1.50")).putMetadata("k", TextNode.valueOf("v")).build();

    assertSame(OperationType.TOOL_BLOCKED, op.operationType());
    assertEquals(Optional.empty(), op.success());
    assertEquals(Optional.empty(), op.git());
    assertEquals(0, s.outputTokens());
    assertSame(BigDecimal.ZERO, s.totalCostUsd());
    assertEquals(s, s.toBuilder().build());
    assertEquals(6, s.toBuilder().inputTokens(6).build().inputTokens());
    assertEquals(List.of(op), d.operations());
    assertEquals(d, d.toBuilder().build());
    assertEquals(GitInfo.builder().sha("x").build(), GitInfo.builder().sha("x").build().toBuilder().build());
    assertEquals(Optional.of(3L), SessionList.builder().addSessions(s).total(3L).build().toBuilder().build().total());
  }

  @Test
  void requiredFieldsAreRequiredByTheBuilders() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> Session.builder().id("s").build());

    assertTrue(e.getMessage().contains("status"), e.getMessage());
  }

  @Test
  void knownValuesAreTheConstantsAndUnknownOnesAreKept() {
    assertSame(SessionStatus.RUNNING, SessionStatus.of("running"));
    assertSame(SessionStatus.CANCELLED, SessionStatus.of("cancelled"));
    assertEquals(SessionStatus.of("archived"), SessionStatus.of("archived"));
    assertFalse(SessionStatus.of("Running").isKnown());
    assertSame(OperationType.GIT_PUSH_COMPLETED, OperationType.of("git_push_completed"));
    assertThrows(NullPointerException.class, () -> SessionStatus.of(null));
  }
}
