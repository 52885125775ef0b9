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
 *
 * <p>Timbal documented two shapes of its {@code ProjectSession} before the compose endpoints left its public
 * document (timbal-ai/timbal b3877bc, 2026-07-03). The shape of seed 000 (the document up to 09d61f1,
 * April 2026) carries the session's usage: {@code project_id}, the four token counts, {@code cost_usd} and
 * {@code model_usage}. The shape of June 2026 (d8af300) has none of these, and has {@code first_prompt}
 * instead. Both read into the same model: what a shape lacks is empty, never 0, and {@link #reportsUsage()}
 * says which one the server sent.
 */
abstract class AbstractComposeSession {
  AbstractComposeSession() {}

  /** The session's id (a UUID). */
  @JsonProperty("id")
  public abstract String id();

  /** The session's unique name. */
  @JsonProperty("uid")
  public abstract String uid();

  /** The project the session belongs to; only the shape of seed 000 (April 2026) has it. */
  @JsonProperty("project_id")
  public abstract Optional<String> projectId();

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

  /**
   * The text of the session's first prompt, cut short by the server, which uses it as the session's title;
   * only the shape of June 2026 has it.
   */
  @JsonProperty("first_prompt")
  public abstract Optional<String> firstPrompt();

  /** When the session was created. */
  @JsonProperty("created_at")
  public abstract Instant createdAt();

  /** When the session last did something. */
  @JsonProperty("last_active_at")
  public abstract Instant lastActiveAt();

  /**
   * Input tokens across all turns, cache reads and writes not included; empty where the server sends no usage
   * (the shape of June 2026).
   */
  @JsonProperty("input_tokens")
  public abstract Optional<Long> inputTokens();

  /** Output tokens across all turns; empty where the server sends no usage. */
  @JsonProperty("output_tokens")
  public abstract Optional<Long> outputTokens();

  /** Tokens written to the prompt cache; empty where the server sends no usage. */
  @JsonProperty("cache_creation_tokens")
  public abstract Optional<Long> cacheCreationTokens();

  /** Tokens read from the prompt cache; empty where the server sends no usage. */
  @JsonProperty("cache_read_tokens")
  public abstract Optional<Long> cacheReadTokens();

  /** The accumulated cost in US dollars, exact; empty where the server sends no usage. */
  @JsonProperty("cost_usd")
  public abstract Optional<BigDecimal> costUsd();

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
   * JSON rather than guessed at. Empty where the server sends no usage, or sends null.
   */
  @JsonProperty("model_usage")
  public abstract Optional<JsonNode> modelUsage();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * Whether the server sent the session's usage: true for the shape of seed 000 (token counts and
   * {@code cost_usd}, Timbal's document up to April 2026), false for the shape of June 2026, which has neither.
   * Told from the session itself: true when any of the four token counts or the cost is present.
   *
   * @return whether the session carries its usage
   */
  public final boolean reportsUsage() {
    return costUsd().isPresent() || reportsTokens();
  }

  private boolean reportsTokens() {
    return inputTokens().isPresent() || outputTokens().isPresent() || cacheCreationTokens().isPresent()
        || cacheReadTokens().isPresent();
  }

  /**
   * The session in SessionKit's cross-vendor view: vendor {@link Vendor#TIMBAL}, started at
   * {@link #createdAt()}, last active at {@link #lastActiveAt()}, its four token counts and its cost.
   *
   * <p>A session in the shape of June 2026 ({@link #reportsUsage()} false) has no usage to give: its
   * {@link SessionUsage#costUsd()} is empty, not zero, and its {@link SessionUsage#tokens()} are
   * {@link TokenUsage#zero()} only because the cross-vendor type has no "unknown" for tokens. A count
   * that one session lacks while it reports others reads as 0.
   *
   * @return the usage
   */
  public final SessionUsage toSessionUsage() {
    TokenUsage tokens = reportsTokens()
        ? TokenUsage.reported(inputTokens().orElse(0L), outputTokens().orElse(0L),
            cacheCreationTokens().orElse(0L), cacheReadTokens().orElse(0L))
        : TokenUsage.zero();
    return SessionUsage.builder()
        .vendor(Vendor.TIMBAL)
        .id(id())
        .status(status().value())
        .model(model())
        .startedAt(createdAt())
        .lastActivityAt(lastActiveAt())
        .tokens(tokens)
        .costUsd(costUsd())
        .build();
  }
}
