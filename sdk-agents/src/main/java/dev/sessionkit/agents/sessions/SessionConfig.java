package dev.sessionkit.agents.sessions;

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
 * A session's configuration: {@code {workspace_id, name, cwd, chat_model_config, fallback_chat_model_config,
 * tts_model_config, knowledge_config}} (older servers send fewer of them). Immutable.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionConfig.class)
@JsonDeserialize(builder = SessionConfig.Builder.class)
public abstract class SessionConfig {
  SessionConfig() {}

  /** The workspace the session's tools run in. */
  @JsonProperty("workspace_id")
  public abstract Optional<String> workspaceId();

  /** The session's name. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** The model the session uses. */
  @JsonProperty("chat_model_config")
  public abstract Optional<ChatModelConfig> chatModelConfig();

  /** The model used when the first one fails; absent for none. */
  @JsonProperty("fallback_chat_model_config")
  public abstract Optional<ChatModelConfig> fallbackChatModelConfig();

  /** The text-to-speech model; absent when the session does not speak. */
  @JsonProperty("tts_model_config")
  public abstract Optional<TtsModelConfig> ttsModelConfig();

  /** The knowledge bases the session retrieves from; absent when none is wired. */
  @JsonProperty("knowledge_config")
  public abstract Optional<SessionKnowledgeConfig> knowledgeConfig();

  /** The directory the session is focused on; absent for the workspace root. */
  @JsonProperty("cwd")
  public abstract Optional<String> cwd();

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

  /** Builds a {@link SessionConfig}. Not thread-safe. */
  public static final class Builder extends ImmutableSessionConfig.Builder {
    Builder() {}
  }
}
