package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.core.usage.SessionUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields every view of a Syntropic137 session has: the list item {@link Session} and the full
 * {@link SessionDetail}. Code that only needs these (a cost report, a status board) can take either.
 *
 * <p>The server computes the {@code *_display} strings for people ({@code "10.0k"}, {@code "$0.10"},
 * {@code "2m 14s"}); older servers leave them out, so they are optional. Timestamps arrive as Python's
 * {@code str(datetime)} ({@code 2026-05-01 12:00:00.123456+00:00}) and money as decimal strings
 * ({@code "0.123400"}); both are read exactly.
 *
 * <p>Servers after May 2026 also report delegation ({@link #parentSessionId()}, {@link #rootSessionId()})
 * and usage they could not price ({@link #unpricedObservationCount()}); on older servers these are empty.
 *
 * <p>Methods with a default body are defaults of the models (0 for counts): an absent field takes it.
 * Implementations are immutable and thread-safe.
 */
public interface SessionInfo {

  /** The session id. */
  @JsonProperty("id")
  String id();

  /** The workflow the session ran in. */
  @JsonProperty("workflow_id")
  Optional<String> workflowId();

  /** The workflow's name, when the server could look it up. */
  @JsonProperty("workflow_name")
  Optional<String> workflowName();

  /** The workflow execution the session belongs to. */
  @JsonProperty("execution_id")
  Optional<String> executionId();

  /** The phase of the workflow. */
  @JsonProperty("phase_id")
  Optional<String> phaseId();

  /** The phase, formatted for people. */
  @JsonProperty("phase_display")
  Optional<String> phaseDisplay();

  /**
   * The session that delegated to this one, when it is a delegate; empty for a leader (it has no parent)
   * and on servers that do not report delegation (those of May 2026 and before).
   */
  @JsonProperty("parent_session_id")
  Optional<String> parentSessionId();

  /**
   * The top of the delegation chain: {@link #id()} itself for a leader; empty on servers that do not
   * report delegation (those of May 2026 and before).
   */
  @JsonProperty("root_session_id")
  Optional<String> rootSessionId();

  /** The status ({@code running}, {@code completed}, {@code failed}, …). */
  @JsonProperty("status")
  SessionStatus status();

  /** The agent that ran the session ({@code claude}, {@code codex}, …). */
  @JsonProperty("agent_provider")
  Optional<String> agentProvider();

  /** The model the agent used ({@code claude-sonnet-4-6}). */
  @JsonProperty("agent_model")
  Optional<String> agentModel();

  /** The model, formatted for people ({@code Sonnet 4.6}). */
  @JsonProperty("agent_model_display")
  Optional<String> agentModelDisplay();

  /** The repositories the session worked on; empty when none. */
  @JsonProperty("repos")
  List<String> repos();

  /** The repositories, formatted for people. */
  @JsonProperty("repos_display")
  Optional<String> reposDisplay();

  /** Input tokens; 0 when not reported. */
  @JsonProperty("input_tokens")
  default long inputTokens() {
    return 0;
  }

  /** Output tokens; 0 when not reported. */
  @JsonProperty("output_tokens")
  default long outputTokens() {
    return 0;
  }

  /** Tokens written to the prompt cache; 0 when not reported. */
  @JsonProperty("cache_creation_tokens")
  default long cacheCreationTokens() {
    return 0;
  }

  /** Tokens read from the prompt cache; 0 when not reported. */
  @JsonProperty("cache_read_tokens")
  default long cacheReadTokens() {
    return 0;
  }

  /** All tokens, as the server totals them; 0 when not reported. */
  @JsonProperty("total_tokens")
  default long totalTokens() {
    return 0;
  }

  /** The total tokens, formatted for people ({@code "10.0k"}). */
  @JsonProperty("total_tokens_display")
  Optional<String> totalTokensDisplay();

  /**
   * The session's cost in US dollars, exactly as the server's decimal string says ({@code "0.123400"}
   * keeps its scale); 0 when the server has no cost for it. Only a lower bound where
   * {@link #unpricedObservationCount()} is more than 0.
   */
  @JsonProperty("total_cost_usd")
  default BigDecimal totalCostUsd() {
    return BigDecimal.ZERO;
  }

  /** The cost, formatted for people ({@code "$0.12"}). */
  @JsonProperty("total_cost_display")
  Optional<String> totalCostDisplay();

  /**
   * How many of the session's usage observations had no usable price and so added nothing to
   * {@link #totalCostUsd()}: more than 0 means that cost is incomplete (a lower bound), not that the work
   * was free. Empty on servers that do not report it (those of May 2026 and before), which says nothing
   * either way.
   */
  @JsonProperty("unpriced_observation_count")
  Optional<Long> unpricedObservationCount();

  /** How long the session ran, in seconds; empty while unknown. */
  @JsonProperty("duration_seconds")
  Optional<Double> durationSeconds();

  /** The duration, formatted for people ({@code "2m 14s"}, or a dash when unknown). */
  @JsonProperty("duration_display")
  Optional<String> durationDisplay();

  /** When the session started. */
  @JsonProperty("started_at")
  Optional<Instant> startedAt();

  /** When the session ended; empty while it runs. */
  @JsonProperty("completed_at")
  Optional<Instant> completedAt();

  /** Fields the server sent that this SDK version does not know, by JSON name. */
  @JsonAnyGetter
  Map<String, JsonNode> additionalProperties();

  /**
   * The session in the cross-vendor view: vendor {@code SYNTROPIC}, the model from {@code agent_model},
   * last activity at {@code completed_at} (else {@code started_at}), the four token counts and the cost.
   *
   * @return the usage view
   */
  SessionUsage toSessionUsage();
}
