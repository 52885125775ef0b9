package dev.sessionkit.timbal.runs;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of a run, shared by {@link Run} (Timbal's {@code RunPreview}, an item of a listing) and
 * {@link RunDetail} (Timbal's {@code RunDetail}, one run with its trace), so that each is declared once: the
 * properties the two schemas of Timbal's platform document (2.0.0, August 2026) have in common. Not public:
 * users see its accessors on those two types.
 */
abstract class AbstractRun {
  AbstractRun() {}

  /** The run's id. */
  @JsonProperty("id")
  public abstract String id();

  /** The idempotency key the run was started with; {@code runs().get(…)} accepts it in place of the id. */
  @JsonProperty("idempotency_key")
  public abstract String idempotencyKey();

  /** The run's status. */
  @JsonProperty("status")
  public abstract RunStatus status();

  /** When the run was created. */
  @JsonProperty("created_at")
  public abstract Instant createdAt();

  /** What the run cost in US dollars, exact. */
  @JsonProperty("cost_usd")
  public abstract BigDecimal costUsd();

  /** What the run cost in Timbal credits, exact. */
  @JsonProperty("cost_credits")
  public abstract BigDecimal costCredits();

  /** Who started the run. */
  @JsonProperty("user")
  public abstract RunUser user();

  /** How long the run took, in milliseconds; empty while it runs. */
  @JsonProperty("duration_ms")
  public abstract Optional<Long> durationMs();

  /** The group (conversation) the run belongs to. */
  @JsonProperty("group_id")
  public abstract Optional<String> groupId();

  /** The sentiment of the latest reaction to the run, if any. */
  @JsonProperty("last_reaction_sentiment")
  public abstract Optional<Sentiment> lastReactionSentiment();

  /** The run this one continues (its parent), for a follow-up run. */
  @JsonProperty("parent_id")
  public abstract Optional<String> parentId();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();
}
