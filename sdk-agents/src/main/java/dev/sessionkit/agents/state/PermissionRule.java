package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One permission rule: which tool, which of its invocations ({@code rule_content}, such as a command prefix for
 * {@code Bash} or a glob for {@code Read}), and what to do. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePermissionRule.class)
@JsonDeserialize(builder = PermissionRule.Builder.class)
public abstract class PermissionRule {
  PermissionRule() {}

  /** The tool the rule is about ({@code Bash}, {@code Write}, an MCP tool). */
  @JsonProperty("tool_name")
  public abstract String toolName();

  /** The invocations it matches; absent for every invocation. */
  @JsonProperty("rule_content")
  public abstract Optional<String> ruleContent();

  /** What the rule does ({@code allow}, {@code deny}, {@code ask}, {@code passthrough}), as sent. */
  @JsonProperty("behavior")
  public abstract Optional<PermissionBehavior> behavior();

  /** Where the rule comes from ({@code session}, {@code userSettings}, …), as sent. */
  @JsonProperty("source")
  public abstract Optional<String> source();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this value */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link PermissionRule}; {@code toolName} is required. Not thread-safe. */
  public static final class Builder extends ImmutablePermissionRule.Builder {
    Builder() {}
  }
}
