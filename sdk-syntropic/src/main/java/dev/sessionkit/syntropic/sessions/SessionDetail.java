package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.usage.SessionUsage;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One session as {@code GET /sessions/{id}} returns it: everything {@link Session} has, plus its
 * operations, its cost per model, its workspace and error. Immutable and thread-safe.
 *
 * <pre>{@code
 * SessionDetail d = syn.sessions().get("a1b2");
 * d.costByModel().forEach((model, usd) -> System.out.println(model + " " + usd));
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionDetail.class)
@JsonDeserialize(builder = SessionDetail.Builder.class)
public abstract class SessionDetail implements SessionInfo {
  SessionDetail() {}

  /** The milestone the session worked towards. */
  @JsonProperty("milestone_id")
  public abstract Optional<String> milestoneId();

  /** The path of the session's workspace. */
  @JsonProperty("workspace_path")
  public abstract Optional<String> workspacePath();

  /** The input tokens, formatted for people. */
  @JsonProperty("input_tokens_display")
  public abstract Optional<String> inputTokensDisplay();

  /** The output tokens, formatted for people. */
  @JsonProperty("output_tokens_display")
  public abstract Optional<String> outputTokensDisplay();

  /** The cache-write tokens, formatted for people. */
  @JsonProperty("cache_creation_tokens_display")
  public abstract Optional<String> cacheCreationTokensDisplay();

  /** The cache-read tokens, formatted for people. */
  @JsonProperty("cache_read_tokens_display")
  public abstract Optional<String> cacheReadTokensDisplay();

  /**
   * The cost in US dollars per model, each exactly as the server's decimal string says; empty when the
   * server has no breakdown.
   */
  @JsonProperty("cost_by_model")
  public abstract Map<String, BigDecimal> costByModel();

  /** What the session did, in the server's order; empty when it recorded nothing. */
  @JsonProperty("operations")
  public abstract List<Operation> operations();

  /** Why the session failed. */
  @JsonProperty("error_message")
  public abstract Optional<String> errorMessage();

  /** Free-form metadata of the session, by key; empty when none. */
  @JsonProperty("metadata")
  public abstract Map<String, JsonNode> metadata();

  @Override
  public final SessionUsage toSessionUsage() {
    return UsageMapping.of(this);
  }

  /**
   * A builder for a session detail (for tests and fakes).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this detail.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link SessionDetail}; {@code id} and {@code status} are required. Not thread-safe. */
  public static final class Builder extends ImmutableSessionDetail.Builder {
    Builder() {}
  }
}
