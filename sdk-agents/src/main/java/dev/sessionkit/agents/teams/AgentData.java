package dev.sessionkit.agents.teams;

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
 * An agent's definition: {@code {name, system_prompt, context_config, react_config, invite_config}} ({@code id}
 * too on older servers). Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAgentData.class)
@JsonDeserialize(builder = AgentData.Builder.class)
public abstract class AgentData {
  AgentData() {}

  /** The agent's id, as repeated in its data. */
  @JsonProperty("id")
  public abstract Optional<String> id();

  /** The agent's name. */
  @JsonProperty("name")
  public abstract String name();

  /** Its system prompt. */
  @JsonProperty("system_prompt")
  public abstract Optional<String> systemPrompt();

  /** How it compresses its context. */
  @JsonProperty("context_config")
  public abstract Optional<ContextConfig> contextConfig();

  /** How its reasoning-acting loop runs. */
  @JsonProperty("react_config")
  public abstract Optional<ReactConfig> reactConfig();

  /** Whether other users' leaders may invite it into their teams, on servers that send it. */
  @JsonProperty("invite_config")
  public abstract Optional<InviteConfig> inviteConfig();

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

  /** Builds a {@link AgentData}; {@code name} is required. Not thread-safe. */
  public static final class Builder extends ImmutableAgentData.Builder {
    Builder() {}
  }
}
