package dev.sessionkit.agents.state;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a session's tool calls may do: the permission mode, the working directories, and the allow, deny and
 * ask rules, each keyed by tool name. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutablePermissionContext.class)
@JsonDeserialize(builder = PermissionContext.Builder.class)
public abstract class PermissionContext {
  PermissionContext() {}

  /** The mode; {@code default} when not sent. */
  @JsonProperty("mode")
  @Value.Default
  public PermissionMode mode() {
    return PermissionMode.DEFAULT;
  }

  /** Added working directories, keyed by path. */
  @JsonProperty("working_directories")
  public abstract Map<String, WorkingDirectory> workingDirectories();

  /** Rules that allow calls, keyed by tool name. */
  @JsonProperty("allow_rules")
  public abstract Map<String, List<PermissionRule>> allowRules();

  /** Rules that deny calls, keyed by tool name. */
  @JsonProperty("deny_rules")
  public abstract Map<String, List<PermissionRule>> denyRules();

  /** Rules that make calls ask the user, keyed by tool name. */
  @JsonProperty("ask_rules")
  public abstract Map<String, List<PermissionRule>> askRules();

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

  /** Builds a {@link PermissionContext}. Not thread-safe. */
  public static final class Builder extends ImmutablePermissionContext.Builder {
    Builder() {}
  }
}
