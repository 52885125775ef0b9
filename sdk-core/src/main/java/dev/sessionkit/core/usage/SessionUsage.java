package dev.sessionkit.core.usage;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One session of any vendor seen the same way: who, when, which model, how many tokens, what it cost.
 * Every vendor session model has {@code toSessionUsage()}; a cost report needs nothing else. Immutable.
 *
 * <pre>{@code
 * Map<String, BigDecimal> costByModel = sessions.stream()
 *     .map(s -> s.toSessionUsage())
 *     .collect(groupingBy(u -> u.model().orElse("unknown"),
 *         reducing(BigDecimal.ZERO, u -> u.costUsd().orElse(BigDecimal.ZERO), BigDecimal::add)));
 * }</pre>
 *
 * <p>As JSON (the SDK's mapper, a Jackson 2 mapper with {@code jackson-datatype-jdk8} and
 * {@code jackson-datatype-jsr310}, or Jackson 3 with {@code sdk-jackson3}), so that a dashboard can serve it:
 * {@code {"vendor": "TIMBAL", "id", "status", "model", "started_at", "last_activity_at", "tokens": {"input",
 * "output", "cache_creation", "cache_read"}, "cost_usd"}}, absent values as {@code null}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionUsage.class)
@JsonDeserialize(builder = SessionUsage.Builder.class)
public abstract class SessionUsage {
  SessionUsage() {}

  /** The platform the session lives on. */
  @JsonProperty("vendor")
  public abstract Vendor vendor();

  /** The session's id on its platform. */
  @JsonProperty("id")
  public abstract String id();

  /** The vendor's status text, as sent ({@code running}, {@code success}, {@code idle}, …). */
  @JsonProperty("status")
  public abstract String status();

  /** The model the session used, when the vendor says. */
  @JsonProperty("model")
  public abstract Optional<String> model();

  /**
   * The agent that ran the session, when the vendor names one: AgentScope's {@code agent_id}. Timbal and
   * Syntropic137 sessions name no agent (Syntropic137's {@code agent_provider} is the model's provider).
   */
  @JsonProperty("agent_id")
  public abstract Optional<String> agentId();

  /** When the session started, when the vendor says. */
  @JsonProperty("started_at")
  public abstract Optional<Instant> startedAt();

  /** The last time the session did something (completed, or last active). */
  @JsonProperty("last_activity_at")
  public abstract Optional<Instant> lastActivityAt();

  /** Its tokens. */
  @Value.Default
  @JsonProperty("tokens")
  public TokenUsage tokens() {
    return TokenUsage.zero();
  }

  /** Its cost in US dollars; empty where the vendor reports no cost (AgentScope). */
  @JsonProperty("cost_usd")
  public abstract Optional<BigDecimal> costUsd();

  /**
   * What the session would have cost at the prices of {@code prices}: an estimate, kept apart from the
   * vendor's {@link #costUsd()}, which it never replaces. Empty, never zero, when it cannot be made: no model,
   * a model the table does not match (see {@link PriceTable} for how names match), or a non-zero token count
   * whose price the table lacks.
   *
   * @param prices the price table
   * @return the estimate, or empty
   */
  public final Optional<CostEstimate> estimateCost(PriceTable prices) {
    Objects.requireNonNull(prices, "prices must not be null");
    return model().flatMap(m -> prices.estimate(m, tokens()));
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this usage */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link SessionUsage}. */
  public static final class Builder extends ImmutableSessionUsage.Builder {
    Builder() {}
  }
}
