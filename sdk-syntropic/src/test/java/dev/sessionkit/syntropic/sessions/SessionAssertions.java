package dev.sessionkit.syntropic.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every field of the fixtures in {@code src/test/resources/syntropic}, asserted once for all tests. */
final class SessionAssertions {
  private SessionAssertions() {}

  /** The first session of {@code session-list.json}: every field of a server of May 2026 set. */
  static void assertFullSession(Session s) {
    assertEquals("a1b2c3d4-0001", s.id());
    assertEquals(Optional.of("wf-review"), s.workflowId());
    assertEquals(Optional.of("PR review"), s.workflowName());
    assertEquals(Optional.of("exec-77"), s.executionId());
    assertEquals(Optional.of("phase-2-implement"), s.phaseId());
    assertEquals(Optional.of("Implement"), s.phaseDisplay());
    assertEquals(SessionStatus.COMPLETED, s.status());
    assertTrue(s.status().isKnown());
    assertEquals(Optional.of("claude"), s.agentProvider());
    assertEquals(Optional.of("claude-sonnet-4-6"), s.agentModel());
    assertEquals(Optional.of("Sonnet 4.6"), s.agentModelDisplay());
    assertEquals(List.of("acme/api", "acme/web"), s.repos());
    assertEquals(Optional.of("acme/api, acme/web"), s.reposDisplay());
    assertEquals(8000, s.inputTokens());
    assertEquals(2000, s.outputTokens());
    assertEquals(1500, s.cacheCreationTokens());
    assertEquals(42000, s.cacheReadTokens());
    assertEquals(53500, s.totalTokens());
    assertEquals(Optional.of("53.5k"), s.totalTokensDisplay());
    assertExactly("0.123400", s.totalCostUsd());
    assertEquals(Optional.of("$0.12"), s.totalCostDisplay());
    assertEquals(Optional.of(134.25), s.durationSeconds());
    assertEquals(Optional.of("2m 14s"), s.durationDisplay());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:00:00.123456Z")), s.startedAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:02:14.373456Z")), s.completedAt());
    assertEquals(Map.of(), s.additionalProperties());
  }

  /** The second session of {@code session-list.json}: nulls, zeros, an unknown status, unknown fields. */
  static void assertSparseSession(Session s) {
    assertEquals("a1b2c3d4-0002", s.id());
    assertEquals(Optional.empty(), s.workflowId());
    assertEquals(Optional.empty(), s.workflowName());
    assertEquals(Optional.empty(), s.executionId());
    assertEquals(Optional.empty(), s.phaseId());
    assertEquals(Optional.empty(), s.phaseDisplay());
    assertEquals(SessionStatus.of("paused"), s.status());
    assertEquals("paused", s.status().value());
    assertFalse(s.status().isKnown());
    assertEquals(Optional.empty(), s.agentProvider());
    assertEquals(Optional.empty(), s.agentModel());
    assertEquals(Optional.empty(), s.agentModelDisplay());
    assertEquals(List.of(), s.repos());
    assertEquals(Optional.empty(), s.reposDisplay());
    assertEquals(0, s.inputTokens());
    assertEquals(0, s.outputTokens());
    assertEquals(0, s.cacheCreationTokens());
    assertEquals(0, s.cacheReadTokens());
    assertEquals(0, s.totalTokens());
    assertEquals(Optional.of("0"), s.totalTokensDisplay());
    assertExactly("0", s.totalCostUsd());
    assertEquals(Optional.of("$0.00"), s.totalCostDisplay());
    assertEquals(Optional.empty(), s.durationSeconds());
    assertEquals(Optional.of("\u2014"), s.durationDisplay());
    // No fraction when it is zero: str(datetime) drops it.
    assertEquals(Optional.of(Instant.parse("2026-05-01T11:00:00Z")), s.startedAt());
    assertEquals(Optional.empty(), s.completedAt());
    assertEquals(Optional.empty(), s.parentSessionId());
    assertEquals(Optional.of("a1b2c3d4-0001"), s.rootSessionId());
    assertEquals(Optional.of(3L), s.unpricedObservationCount());
    assertEquals(1, s.additionalProperties().size());
    assertEquals("opus", s.additionalProperties().get("requested_model").asText());
  }

  /** {@code session-detail.json}: the session, its cost per model, metadata and six operations. */
  static void assertFullDetail(SessionDetail d) {
    assertEquals("a1b2c3d4-0001", d.id());
    assertEquals(Optional.of("wf-review"), d.workflowId());
    assertEquals(Optional.of("PR review"), d.workflowName());
    assertEquals(Optional.of("exec-77"), d.executionId());
    assertEquals(Optional.of("phase-2-implement"), d.phaseId());
    assertEquals(Optional.of("Implement"), d.phaseDisplay());
    assertEquals(Optional.of("ms-3"), d.milestoneId());
    assertEquals(Optional.of("claude"), d.agentProvider());
    assertEquals(Optional.of("claude-sonnet-4-6"), d.agentModel());
    assertEquals(Optional.of("Sonnet 4.6"), d.agentModelDisplay());
    assertEquals(List.of("acme/api"), d.repos());
    assertEquals(Optional.of("acme/api"), d.reposDisplay());
    assertEquals(SessionStatus.FAILED, d.status());
    assertEquals(Optional.of("/workspaces/exec-77/phase-2"), d.workspacePath());
    assertEquals(8000, d.inputTokens());
    assertEquals(Optional.of("8.0k"), d.inputTokensDisplay());
    assertEquals(2000, d.outputTokens());
    assertEquals(Optional.of("2.0k"), d.outputTokensDisplay());
    assertEquals(1500, d.cacheCreationTokens());
    assertEquals(Optional.of("1.5k"), d.cacheCreationTokensDisplay());
    assertEquals(42000, d.cacheReadTokens());
    assertEquals(Optional.of("42.0k"), d.cacheReadTokensDisplay());
    assertEquals(53500, d.totalTokens());
    assertEquals(Optional.of("53.5k"), d.totalTokensDisplay());
    assertExactly("0.123400", d.totalCostUsd());
    assertEquals(Optional.of("$0.12"), d.totalCostDisplay());
    assertEquals(2, d.costByModel().size());
    assertExactly("0.100000", d.costByModel().get("claude-sonnet-4-6"));
    assertExactly("0.0234", d.costByModel().get("claude-haiku-4-5"));
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:00:00.123456Z")), d.startedAt());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:02:14Z")), d.completedAt());
    assertEquals(Optional.of(134.25), d.durationSeconds());
    assertEquals(Optional.of("2m 14s"), d.durationDisplay());
    assertEquals(Optional.of("exit status 1"), d.errorMessage());
    assertEquals(3, d.metadata().size());
    assertEquals("webhook", d.metadata().get("trigger").asText());
    assertEquals(2, d.metadata().get("attempt").asInt());
    assertEquals("[\"ci\",\"retry\"]", d.metadata().get("labels").toString());
    assertEquals(Map.of(), d.additionalProperties());

    List<Operation> ops = d.operations();
    assertEquals(6, ops.size());
    assertToolStarted(ops.get(0));
    assertToolCompleted(ops.get(1));
    assertGitCommit(ops.get(2));
    assertMessageAndThinking(ops.get(3), ops.get(4));
    assertUnknownOperation(ops.get(5));
  }

  private static void assertToolStarted(Operation op) {
    assertEquals("obs-1", op.operationId());
    assertEquals(OperationType.TOOL_EXECUTION_STARTED, op.operationType());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:00:01.5Z")), op.timestamp());
    assertEquals(Optional.empty(), op.durationSeconds());
    assertEquals(Optional.of(true), op.success());
    assertEquals(Optional.empty(), op.inputTokens());
    assertEquals(Optional.empty(), op.outputTokens());
    assertEquals(Optional.empty(), op.totalTokens());
    assertEquals(Optional.of("Bash"), op.toolName());
    assertEquals(Optional.of("toolu_01"), op.toolUseId());
    JsonNode input = op.toolInput().orElseThrow();
    assertEquals("mvn -q verify", input.get("command").asText());
    assertEquals(600, input.get("timeout").asInt());
    assertEquals("1", input.get("env").get("CI").asText());
    assertEquals(Optional.empty(), op.toolOutput());
    assertEquals(Optional.empty(), op.messageRole());
    assertEquals(Optional.empty(), op.messageContent());
    assertEquals(Optional.empty(), op.thinkingContent());
    assertEquals(Optional.empty(), op.git());
    assertNoFlatGit(op);
    assertEquals(Map.of(), op.additionalProperties());
  }

  private static void assertToolCompleted(Operation op) {
    assertEquals("obs-2", op.operationId());
    assertEquals(OperationType.TOOL_EXECUTION_COMPLETED, op.operationType());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:00:31Z")), op.timestamp());
    assertEquals(Optional.of(29.5), op.durationSeconds());
    assertEquals(Optional.of(false), op.success());
    assertEquals(Optional.of(1200L), op.inputTokens());
    assertEquals(Optional.of(80L), op.outputTokens());
    assertEquals(Optional.of(1280L), op.totalTokens());
    assertEquals(Optional.of("Bash"), op.toolName());
    assertEquals(Optional.of("toolu_01"), op.toolUseId());
    assertEquals("{\"raw\":\"not json\"}", op.toolInput().orElseThrow().toString());
    assertEquals(Optional.of("BUILD FAILURE"), op.toolOutput());
    assertEquals(Optional.empty(), op.messageRole());
    assertEquals(Optional.empty(), op.git());
    assertNoFlatGit(op);
  }

  private static void assertGitCommit(Operation op) {
    assertEquals("obs-3", op.operationId());
    assertEquals(OperationType.GIT_COMMIT, op.operationType());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:01:00Z")), op.timestamp());
    assertEquals(Optional.of(true), op.success());
    assertEquals(Optional.empty(), op.toolInput());
    GitInfo git = op.git().orElseThrow();
    assertEquals(Optional.of("commit"), git.operation());
    assertEquals(Optional.of("9f8e7d6c"), git.sha());
    assertEquals(Optional.of("feat/retry"), git.branch());
    assertEquals(Optional.of("acme/api"), git.repo());
    assertEquals(Optional.of("Retry on 503"), git.message());
    assertEquals(Optional.of("main"), git.prevBranch());
    assertEquals(Optional.of(false), git.cloned());
    assertEquals(Optional.of("origin"), git.remote());
    assertEquals(Optional.of("agent@syntropic137.dev"), git.author());
    assertEquals(Optional.of(3), git.filesChanged());
    assertEquals(Optional.of(42), git.insertions());
    assertEquals(Optional.of(7), git.deletions());
    assertEquals(Optional.of(1), git.commitsCount());
    assertEquals(Optional.of("1a2b3c..9f8e7d6c"), git.commitRange());
    assertEquals(Optional.of("https://github.com/acme/api.git"), git.remoteUrl());
    assertEquals(Optional.of("signed"), git.details());
    assertEquals(Optional.of("feat/retry"), git.fromBranch());
    assertEquals(Optional.of("main"), git.toBranch());
    assertEquals(Optional.of(900L), git.estimatedTokensAdded());
    assertEquals(Optional.of(120L), git.estimatedTokensRemoved());
    assertEquals(Map.of(), git.additionalProperties());
    assertEquals(Optional.of("9f8e7d6c"), op.gitSha());
    assertEquals(Optional.of("Retry on 503"), op.gitMessage());
    assertEquals(Optional.of("feat/retry"), op.gitBranch());
    assertEquals(Optional.of("acme/api"), op.gitRepo());
  }

  private static void assertMessageAndThinking(Operation message, Operation thinking) {
    assertEquals("obs-4", message.operationId());
    assertEquals(OperationType.MESSAGE, message.operationType());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:01:30.000001Z")), message.timestamp());
    assertEquals(Optional.of("assistant"), message.messageRole());
    assertEquals(Optional.of("Tests fail on Java 21."), message.messageContent());
    assertEquals(Optional.empty(), message.success());
    assertEquals("obs-5", thinking.operationId());
    assertEquals(OperationType.THINKING, thinking.operationType());
    assertEquals(Optional.empty(), thinking.timestamp());
    assertEquals(Optional.of("Check the toolchain first."), thinking.thinkingContent());
    assertEquals(Optional.empty(), thinking.messageContent());
  }

  private static void assertUnknownOperation(Operation op) {
    assertEquals("obs-6", op.operationId());
    assertEquals("subagent_started", op.operationType().value());
    assertFalse(op.operationType().isKnown());
    assertEquals(Optional.empty(), op.timestamp());
    assertEquals("sp-9", op.additionalProperties().get("span_id").asText());
  }

  private static void assertNoFlatGit(Operation op) {
    assertEquals(Optional.empty(), op.gitSha());
    assertEquals(Optional.empty(), op.gitMessage());
    assertEquals(Optional.empty(), op.gitBranch());
    assertEquals(Optional.empty(), op.gitRepo());
  }

  /** Equal value and scale: {@code "0.123400"} must not become {@code 0.1234}. */
  static void assertExactly(String expected, BigDecimal actual) {
    assertEquals(new BigDecimal(expected), actual);
    assertEquals(expected, actual.toPlainString());
  }
}
