package dev.sessionkit.agents.sessions;

import dev.sessionkit.core.internal.check.Arguments;
import dev.sessionkit.core.internal.model.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A new session of an agent ({@code POST /sessions/}): only the fields set are sent; the server fills in the
 * rest. Immutable.
 *
 * <pre>{@code
 * CreateSessionRequest r = CreateSessionRequest.builder()
 *     .agentId("agent-1")
 *     .name("Release notes")
 *     .chatModelConfig(ChatModelConfig.builder().type("openai_chat").credentialId("cred-1").model("gpt-4o").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class CreateSessionRequest {
  CreateSessionRequest() {}

  /** The agent the session runs ({@code agent_id}). */
  public abstract String agentId();

  /** The workspace to share ({@code workspace_id}); by default the server picks one. */
  public abstract Optional<String> workspaceId();

  /** The session's name. */
  public abstract Optional<String> name();

  /** The model to use ({@code chat_model_config}). */
  public abstract Optional<ChatModelConfig> chatModelConfig();

  /** The model to use when the first fails ({@code fallback_chat_model_config}). */
  public abstract Optional<ChatModelConfig> fallbackChatModelConfig();

  /** The text-to-speech model ({@code tts_model_config}); the server checks that its credential is visible. */
  public abstract Optional<TtsModelConfig> ttsModelConfig();

  /** The knowledge bases to attach ({@code knowledge_config}); the server checks that each is visible. */
  public abstract Optional<SessionKnowledgeConfig> knowledgeConfig();

  @Value.Check
  void check() {
    Arguments.requireNonBlank(agentId(), "agentId");
    Arguments.optionalNonBlank(workspaceId().orElse(null), "workspaceId");
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /**
   * Builds a {@link CreateSessionRequest}; {@code agentId} is required. {@code null} given to an optional
   * field's setter clears it. {@code build()} throws {@link IllegalStateException} when {@code agentId} is
   * missing and {@link IllegalArgumentException} when it or {@code workspaceId} is blank. Not thread-safe.
   */
  public static final class Builder extends ImmutableCreateSessionRequest.Builder {
    Builder() {}
  }
}
