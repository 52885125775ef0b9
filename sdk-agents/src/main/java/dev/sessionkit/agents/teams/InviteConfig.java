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
 * Whether other users' team leaders may invite an agent into their teams: {@code {invitable,
 * invite_description}}. Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableInviteConfig.class)
@JsonDeserialize(builder = InviteConfig.Builder.class)
public abstract class InviteConfig {
  InviteConfig() {}

  /** Whether the agent can be invited; false when not sent. */
  @JsonProperty("invitable")
  @Value.Default
  public boolean invitable() {
    return false;
  }

  /** What a leader is told about the agent when choosing whom to invite. */
  @JsonProperty("invite_description")
  public abstract Optional<String> inviteDescription();

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

  /** Builds a {@link InviteConfig}; every field has a default. Not thread-safe. */
  public static final class Builder extends ImmutableInviteConfig.Builder {
    Builder() {}
  }
}
