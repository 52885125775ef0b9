package dev.sessionkit.timbal.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.timbal.testing.TimbalFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComposeSessionModelsTest {
  private final SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);

  private static ComposeSession.Builder minimal() {
    return ComposeSession.builder().id("cs_1").uid("scratch").userId("u").rev("main")
        .status(ComposeSessionStatus.ACTIVE).createdAt(Instant.parse("2026-03-15T08:00:00Z"))
        .lastActiveAt(Instant.parse("2026-03-15T08:05:00Z"));
  }

  @Test
  void countersDefaultToZeroAndTheUsageViewFollows() {
    ComposeSession s = minimal().projectId("p").inputTokens(100L).costUsd(new BigDecimal("0.25")).build();

    assertEquals(Optional.empty(), s.outputTokens());
    assertTrue(s.reportsUsage());
    assertEquals(0, s.turnCount());
    assertEquals(Optional.empty(), s.model());
    SessionUsage usage = s.toSessionUsage();
    assertEquals(TokenUsage.builder().input(100).build(), usage.tokens());
    assertEquals("active", usage.status());
    assertEquals(Optional.empty(), usage.model());
    assertEquals(Optional.of(new BigDecimal("0.25")), usage.costUsd());
    assertEquals(Optional.of(Instant.parse("2026-03-15T08:05:00Z")), usage.lastActivityAt());
  }

  @Test
  void absentCountsReadAsZeroAndAbsentUsageAsEmpty() throws Exception {
    ComposeSession s = json.readerFor(ComposeSession.class).readValue("{\"id\": \"cs_1\", \"uid\": \"x\","
        + " \"user_id\": \"u\", \"rev\": \"main\", \"status\": \"active\","
        + " \"created_at\": \"2026-03-15T08:00:00Z\", \"last_active_at\": \"2026-03-15T08:00:00Z\"}");

    assertEquals(0, s.toolCallCount());
    assertEquals(0, s.turnCount());
    assertEquals(Optional.empty(), s.inputTokens());
    assertEquals(Optional.empty(), s.costUsd());
    assertEquals(Optional.empty(), s.projectId());
    assertFalse(s.reportsUsage());
    assertEquals(Optional.empty(), s.toSessionUsage().costUsd());
    assertEquals(TokenUsage.zero(), s.toSessionUsage().tokens());
    assertTrue(s.additionalProperties().isEmpty());
  }

  @Test
  void aSessionWithOnlyACostReportsUsageAndItsMissingCountsAreZero() {
    ComposeSession s = minimal().costUsd(new BigDecimal("0.10")).build();

    assertTrue(s.reportsUsage());
    assertEquals(Optional.of(new BigDecimal("0.10")), s.toSessionUsage().costUsd());
    assertEquals(TokenUsage.zero(), s.toSessionUsage().tokens());
  }

  @Test
  void aMissingRequiredFieldFailsTheBuildNamingIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> ComposeSession.builder().id("x").build());

    assertTrue(e.getMessage().contains("lastActiveAt"), e.getMessage());
    assertFalse(e.getMessage().contains("costUsd"), "cost is not in every shape: " + e.getMessage());
  }

  @Test
  void sessionsAndDetailsSurviveAJsonRoundTrip() throws Exception {
    ComposeSession parsed = json.readerFor(ComposeSession.class).readValue(TimbalFixtures.COMPOSE_SESSION);
    ComposeSession again = json.readerFor(ComposeSession.class)
        .readValue(SessionKitJson.mapper().writeValueAsString(parsed));
    ComposeSessionDetail detail = ComposeSessionDetail.builder().from(parsed)
        .addMessages(ComposeMessage.builder().id("m1").role("user").build()).build();
    ComposeSessionDetail detailAgain = json.readerFor(ComposeSessionDetail.class)
        .readValue(SessionKitJson.mapper().writeValueAsString(detail));
    ComposeSession june = json.readerFor(ComposeSession.class).readValue(TimbalFixtures.COMPOSE_SESSION_JUNE_2026);
    assertEquals(june, json.readerFor(ComposeSession.class).readValue(SessionKitJson.mapper().writeValueAsString(june)));

    assertEquals(parsed, again);
    assertEquals(parsed, parsed.toBuilder().build());
    assertEquals(detail, detailAgain);
    assertEquals(detail, detail.toBuilder().build());
    assertEquals(Optional.of("user"), detailAgain.messages().get(0).toBuilder().build().role());
  }
}
