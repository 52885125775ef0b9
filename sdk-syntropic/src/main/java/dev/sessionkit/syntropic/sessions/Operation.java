package dev.sessionkit.syntropic.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing a session did ({@code operations[]} of {@link SessionDetail}): a tool call, a message, the
 * model's thinking, a git event. Which fields are set depends on {@link #operationType()}. Token counts
 * are optional here (the server sends null for operations that used no model), unlike the session's.
 * Immutable and thread-safe.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableOperation.class)
@JsonDeserialize(builder = Operation.Builder.class)
public abstract class Operation {
  Operation() {}

  /** The operation's id. */
  @JsonProperty("operation_id")
  public abstract String operationId();

  /** What the operation was. */
  @JsonProperty("operation_type")
  public abstract OperationType operationType();

  /** When it happened. */
  @JsonProperty("timestamp")
  public abstract Optional<Instant> timestamp();

  /** How long it took, in seconds. */
  @JsonProperty("duration_seconds")
  public abstract Optional<Double> durationSeconds();

  /**
   * Whether it succeeded, as the server says. The server never sends null: it sends {@code true} where it
   * recorded no outcome (messages, thinking, a tool run still in flight), so {@code true} does not prove
   * success. Empty only for a body without the field (or an explicit null), which the server's model
   * would read as {@code true}.
   */
  @JsonProperty("success")
  public abstract Optional<Boolean> success();

  /**
   * Why the operation's subject went wrong, when something did; empty when nothing did and on servers
   * that do not report it (those of May 2026 and before).
   */
  @JsonProperty("error_message")
  public abstract Optional<String> errorMessage();

  /** Input tokens of the operation. */
  @JsonProperty("input_tokens")
  public abstract Optional<Long> inputTokens();

  /** Output tokens of the operation. */
  @JsonProperty("output_tokens")
  public abstract Optional<Long> outputTokens();

  /** All tokens of the operation. */
  @JsonProperty("total_tokens")
  public abstract Optional<Long> totalTokens();

  /** The tool's name ({@code Bash}, {@code Edit}, …). */
  @JsonProperty("tool_name")
  public abstract Optional<String> toolName();

  /** The id of the tool call, shared by its started and completed operations. */
  @JsonProperty("tool_use_id")
  public abstract Optional<String> toolUseId();

  /**
   * The tool's input, a JSON object as the agent passed it (the server wraps input it cannot parse as
   * {@code {"raw": "…"}}).
   */
  @JsonProperty("tool_input")
  public abstract Optional<JsonNode> toolInput();

  /** The start of the tool's output. */
  @JsonProperty("tool_output")
  public abstract Optional<String> toolOutput();

  /** The role of a message ({@code user}, {@code assistant}). */
  @JsonProperty("message_role")
  public abstract Optional<String> messageRole();

  /** The text of a message. */
  @JsonProperty("message_content")
  public abstract Optional<String> messageContent();

  /** The model's thinking. */
  @JsonProperty("thinking_content")
  public abstract Optional<String> thinkingContent();

  /** The git data of a git event. */
  @JsonProperty("git")
  public abstract Optional<GitInfo> git();

  /** The commit sha; older servers' flat form of {@link #git()}, which newer code should prefer. */
  @JsonProperty("git_sha")
  public abstract Optional<String> gitSha();

  /** The commit message; older servers' flat form of {@link #git()}. */
  @JsonProperty("git_message")
  public abstract Optional<String> gitMessage();

  /** The branch; older servers' flat form of {@link #git()}. */
  @JsonProperty("git_branch")
  public abstract Optional<String> gitBranch();

  /** The repository; older servers' flat form of {@link #git()}. */
  @JsonProperty("git_repo")
  public abstract Optional<String> gitRepo();

  /** Fields the server sent that this SDK version does not know, by JSON name. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * A builder for an operation (for tests and fakes).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder that starts from this operation.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds an {@link Operation}; {@code operationId} and {@code operationType} are required. Not thread-safe. */
  public static final class Builder extends ImmutableOperation.Builder {
    Builder() {}
  }
}
