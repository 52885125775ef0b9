package dev.sessionkit.core.usage;

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
 */
@Value.Immutable
@ModelStyle
public abstract class SessionUsage {
  SessionUsage() {}

  /** The platform the session lives on. */
  public abstract Vendor vendor();

  /** The session's id on its platform. */
  public abstract String id();

  /** The vendor's status text, as sent ({@code running}, {@code success}, {@code idle}, …). */
  public abstract String status();

  /** The model the session used, when the vendor says. */
  public abstract Optional<String> model();

  /**
   * The agent that ran the session, when the vendor names one: AgentScope's {@code agent_id}. Timbal and
   * Syntropic137 sessions name no agent (Syntropic137's {@code agent_provider} is the model's provider).
   */
  public abstract Optional<String> agentId();

  /** When the session started, when the vendor says. */
  public abstract Optional<Instant> startedAt();

  /** The last time the session did something (completed, or last active). */
  public abstract Optional<Instant> lastActivityAt();

  /** Its tokens. */
  @Value.Default
  public TokenUsage tokens() {
    return TokenUsage.zero();
  }

  /** Its cost in US dollars; empty where the vendor reports no cost (AgentScope). */
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
