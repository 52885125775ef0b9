package dev.sessionkit.timbal.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.sessionkit.core.internal.json.SessionKitJson;
import dev.sessionkit.timbal.testing.TimbalFixtures;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Users build the models in their own tests: the builders, toBuilder and JSON round trips. */
class RunModelsTest {
  private final SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);

  private static Run.Builder minimal() {
    return Run.builder()
        .id("r1")
        .idempotencyKey("k1")
        .status(RunStatus.RUNNING)
        .createdAt(Instant.parse("2026-03-15T08:02:41Z"))
        .costUsd(new BigDecimal("0.01"))
        .costCredits(BigDecimal.ONE)
        .user(RunUser.builder().id("usr_9").build())
        .workforce(Workforce.builder().id("wf_2").name("triage").build());
  }

  @Test
  void aRunBuiltByHandHasEmptyOptionals() {
    Run run = minimal().build();

    assertEquals(Optional.empty(), run.durationMs());
    assertEquals(Optional.empty(), run.lastReactionSentiment());
    assertTrue(run.additionalProperties().isEmpty());
  }

  @Test
  void aMissingRequiredFieldFailsTheBuildNamingIt() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Run.builder().id("r1").build());

    assertTrue(e.getMessage().contains("idempotencyKey"), e.getMessage());
  }

  @Test
  void toBuilderChangesOneFieldAndKeepsTheRest() {
    Run run = minimal().durationMs(1200L).build();
    Run done = run.toBuilder().status(RunStatus.SUCCESS).build();

    assertEquals(RunStatus.SUCCESS, done.status());
    assertEquals(Optional.of(1200L), done.durationMs());
    assertNotEquals(run, done);
    assertEquals(run, done.toBuilder().status(RunStatus.RUNNING).build());
  }

  @Test
  void aRunSurvivesAJsonRoundTrip() throws Exception {
    Run parsed = json.readerFor(Run.class).readValue(TimbalFixtures.RUN);

    Run again = json.readerFor(Run.class).readValue(SessionKitJson.mapper().writeValueAsString(parsed));

    assertEquals(parsed, again);
  }

  @Test
  void aRunDetailWithATraceSurvivesAJsonRoundTrip() throws Exception {
    RunDetail parsed = json.readerFor(RunDetail.class).readValue(TimbalFixtures.RUN_DETAIL);

    RunDetail again = json.readerFor(RunDetail.class).readValue(SessionKitJson.mapper().writeValueAsString(parsed));

    assertEquals(parsed, again);
  }

  @Test
  void spansAndReactionsAreBuiltByHand() {
    TraceSpan span = TraceSpan.builder().callId("c1").path("agent.llm").t0(Instant.ofEpochMilli(1773480414002L))
        .putUsage("openai/gpt-4o-mini:input_tokens", 10L)
        .putMetadata("type", JsonNodeFactory.instance.textNode("LLM"))
        .build();
    RunDetail detail = RunDetail.builder().from(minimal().build()).addTrace(span).build();
    Reaction reaction = Reaction.builder().id("rx").user(RunUser.builder().id("u").build())
        .sentiment(Sentiment.POSITIVE).createdAt(Instant.EPOCH).build();

    assertEquals(span, detail.trace().get(0));
    assertEquals("r1", detail.id());
    assertEquals(10L, span.toBuilder().build().usage().get("openai/gpt-4o-mini:input_tokens"));
    assertEquals(Optional.empty(), reaction.toBuilder().build().feedback());
  }

  @Test
  void aRunDetailNeedsNoWorkforce() {
    RunDetail detail = RunDetail.builder().id("r1").idempotencyKey("k1").status(RunStatus.SUCCESS)
        .createdAt(Instant.parse("2026-03-15T08:02:41Z")).costUsd(BigDecimal.ZERO).costCredits(BigDecimal.ZERO)
        .user(RunUser.builder().id("usr_9").build()).build();

    assertEquals("r1", detail.id());
    assertEquals(java.util.List.of(), detail.trace());
  }

  @Test
  void openValuesAreTheConstantsWhenKnown() {
    assertSame(WorkforceType.WORKFLOW, WorkforceType.of("workflow"));
    assertSame(WorkforceType.UNKNOWN, WorkforceType.of("unknown"));
    assertTrue(WorkforceType.UNKNOWN.isKnown(), "Timbal's own catch-all is a documented value");
    assertSame(RunStatus.CANCELLED, RunStatus.of("cancelled"));
    assertSame(Sentiment.NEGATIVE, Sentiment.of("negative"));
    assertEquals("paused", RunStatus.of("paused").value());
    assertEquals(RunStatus.of("paused"), RunStatus.of("paused"));
  }
}
