package dev.sessionkit.core.retry;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When and how a client retries a failed call.
 *
 * <p>Only idempotent calls are retried (GET, and DELETE where the API says so); a POST is never replayed.
 * A retry follows an I/O error, a timeout, or one of {@link #retryableStatuses()} (by default 408, 429,
 * 500, 502, 503 and 504; never 409, which Syntropic137 uses for an ambiguous id prefix). The wait is the
 * server's {@code Retry-After} (seconds or an HTTP date) or {@code retry-after-ms} when given, capped at
 * {@link #maxRetryAfter()}, else the {@link #backoff()} strategy's.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * RetryPolicy policy = RetryPolicy.builder()
 *     .maxRetries(4)
 *     .backoff(BackoffStrategy.exponentialWithJitter(Duration.ofMillis(200), Duration.ofSeconds(5)))
 *     .build();
 * }</pre>
 */
public final class RetryPolicy {
  /** The default retry count. */
  public static final int DEFAULT_MAX_RETRIES = 2;

  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxRetries;
  private final BackoffStrategy backoff;
  private final Duration maxRetryAfter;
  private final Set<Integer> retryableStatuses;
  private final Sleeper sleeper;
  private final Clock clock;

  private RetryPolicy(Builder b) {
    this.maxRetries = b.maxRetries;
    this.backoff = b.backoff;
    this.maxRetryAfter = b.maxRetryAfter;
    this.retryableStatuses = Set.copyOf(b.retryableStatuses);
    this.sleeper = b.sleeper;
    this.clock = b.clock;
  }

  /**
   * The default policy: 2 retries, exponential backoff from 0.5 s to 8 s with jitter, {@code Retry-After}
   * capped at 60 s.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A policy that never retries.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return builder().maxRetries(0).build();
  }

  /**
   * A builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this policy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxRetries = maxRetries;
    b.backoff = backoff;
    b.maxRetryAfter = maxRetryAfter;
    b.retryableStatuses = retryableStatuses;
    b.sleeper = sleeper;
    b.clock = clock;
    return b;
  }

  /** How many times a call is retried after its first attempt. */
  public int maxRetries() {
    return maxRetries;
  }

  /** The waits between retries when the server names none. */
  public BackoffStrategy backoff() {
    return backoff;
  }

  /** The longest server-requested wait that is honoured; longer ones are cut to this. */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /** The HTTP statuses after which an idempotent call is retried. */
  public Set<Integer> retryableStatuses() {
    return retryableStatuses;
  }

  /** What waits between attempts. */
  public Sleeper sleeper() {
    return sleeper;
  }

  /** The clock against which an HTTP-date {@code Retry-After} is measured. */
  public Clock clock() {
    return clock;
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxRetries=" + maxRetries + ", retryableStatuses=" + new java.util.TreeSet<>(retryableStatuses)
        + ", maxRetryAfter=" + maxRetryAfter + "]";
  }

  /** Builds a {@link RetryPolicy}. Not thread-safe. */
  public static final class Builder {
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private BackoffStrategy backoff =
        BackoffStrategy.exponentialWithJitter(Duration.ofMillis(500), Duration.ofSeconds(8));
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Set<Integer> retryableStatuses = Set.of(408, 429, 500, 502, 503, 504);
    private Sleeper sleeper = Sleeper.system();
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /**
     * @param maxRetries retries after the first attempt, 0 to 100
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 100) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 100, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * @param backoff the waits when the server names none
     * @return this builder
     */
    public Builder backoff(BackoffStrategy backoff) {
      this.backoff = Objects.requireNonNull(backoff, "backoff");
      return this;
    }

    /**
     * @param maxRetryAfter the cap on server-requested waits, zero or positive
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
        throw new IllegalArgumentException("maxRetryAfter must be zero or positive");
      }
      this.maxRetryAfter = maxRetryAfter;
      return this;
    }

    /**
     * @param statuses the statuses to retry; 409 is refused, since a conflict does not heal by itself
     * @return this builder
     */
    public Builder retryableStatuses(Set<Integer> statuses) {
      Objects.requireNonNull(statuses, "statuses");
      for (Integer s : statuses) {
        if (s == null || s < 400 || s > 599) {
          throw new IllegalArgumentException("retryable statuses must be between 400 and 599, was " + s);
        }
        if (s == 409) {
          throw new IllegalArgumentException("409 Conflict is never retried");
        }
      }
      this.retryableStatuses = Set.copyOf(statuses);
      return this;
    }

    /**
     * @param sleeper what waits between attempts (tests pass one that records)
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * @param clock the clock for HTTP-date {@code Retry-After} values
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** @return the policy */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}
