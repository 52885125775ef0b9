package dev.sessionkit.agents.events;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.messages.ToolCallBlock;
import dev.sessionkit.agents.state.PermissionRule;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The user's answer for one tool call of a {@link RequireUserConfirmEvent}: {@code {confirmed, tool_call,
 * rules}}. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableConfirmResult.class)
@JsonDeserialize(builder = ConfirmResult.Builder.class)
public abstract class ConfirmResult {
  ConfirmResult() {}

  /** Whether the user allowed the call. */
  @JsonProperty("confirmed")
  @Value.Default
  public boolean confirmed() {
    return false;
  }

  /** The call answered. */
  @JsonProperty("tool_call")
  public abstract ToolCallBlock toolCall();

  /** Permission rules the user added with the answer; empty when none (or null on the wire). */
  @JsonProperty("rules")
  public abstract List<PermissionRule> rules();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this result */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link ConfirmResult}; {@code toolCall} is required. Not thread-safe. */
  public static final class Builder extends ImmutableConfirmResult.Builder {
    Builder() {}
  }
}
