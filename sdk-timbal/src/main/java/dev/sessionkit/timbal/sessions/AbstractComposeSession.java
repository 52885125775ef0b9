package dev.sessionkit.timbal.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The fields of a compose session, shared by {@link ComposeSession} (an item of a listing) and
 * {@link ComposeSessionDetail} (one session with its messages), so that each is declared once. Not
 * public: users see its accessors on those two types.
 */
abstract class AbstractComposeSession {
  AbstractComposeSession() {}

  /** The session's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The session's unique name. */
  @JsonProperty("uid")
  public abstract String uid();

  /** The project the session belongs to. */
  @JsonProperty("project_id")
  public abstract String projectId();

  /** The user who owns the session. */
  @JsonProperty("user_id")
  public abstract String userId();

  /** The git branch the session is scoped to. */
  @JsonProperty("rev")
  public abstract String rev();

  /** Whether the session is working ({@code active}) or waiting ({@code idle}). */
  @JsonProperty("status")
  public abstract ComposeSessionStatus status();

  /** The model the session uses, when the server says. */
  @JsonProperty("model")
  public abstract Optional<String> model();

  /** When the session was created. */
  @JsonProperty("created_at")
  public abstract Instant createdAt();

  /** When the session last did something. */
  @JsonProperty("last_active_at")
  public abstract Instant lastActiveAt();

  /** Input tokens across all turns, cache reads and writes not included. */
  @JsonProperty("input_tokens")
  @Value.Default
  public long inputTokens() {
    return 0;
  }

  /** Output tokens across all turns. */
  @JsonProperty("output_tokens")
  @Value.Default
  public long outputTokens() {
    return 0;
  }

  /** Tokens written to the prompt cache. */
  @JsonProperty("cache_creation_tokens")
  @Value.Default
  public long cacheCreationTokens() {
    return 0;
  }

  /** Tokens read from the prompt cache. */
  @JsonProperty("cache_read_tokens")
  @Value.Default
  public long cacheReadTokens() {
    return 0;
  }

  /** The accumulated cost in US dollars, exact. */
  @JsonProperty("cost_usd")
  public abstract BigDecimal costUsd();

  /** The number of prompts the user sent. */
  @JsonProperty("turn_count")
  @Value.Default
  public int turnCount() {
    return 0;
  }

  /** The number of LLM calls, including those within a turn. */
  @JsonProperty("iteration_count")
  @Value.Default
  public int iterationCount() {
    return 0;
  }

  /** The number of tool calls ({@code tool_use} blocks) across all LLM calls. */
  @JsonProperty("tool_call_count")
  @Value.Default
  public int toolCallCount() {
    return 0;
  }

  /**
   * The per-model token and cost breakdown, as sent: Timbal does not document its shape, so it is kept as
   * JSON rather than guessed at.
   */
  @JsonProperty("model_usage")
  public abstract Optional<JsonNode> modelUsage();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * The session in SessionKit's cross-vendor view: vendor {@link Vendor#TIMBAL}, started at
   * {@link #createdAt()}, last active at {@link #lastActiveAt()}, its four token counts and its cost.
   *
   * @return the usage
   */
  public final SessionUsage toSessionUsage() {
    return SessionUsage.builder()
        .vendor(Vendor.TIMBAL)
        .id(id())
        .status(status().value())
        .model(model())
        .startedAt(createdAt())
        .lastActivityAt(lastActiveAt())
        .tokens(TokenUsage.reported(inputTokens(), outputTokens(), cacheCreationTokens(), cacheReadTokens()))
        .costUsd(costUsd())
        .build();
  }
}
