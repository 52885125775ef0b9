package dev.sessionkit.agents.sessions;

import dev.sessionkit.agents.internal.Checks;
import dev.sessionkit.agents.state.PermissionMode;
import java.util.Objects;

/**
 * A partial update of a session ({@code PATCH /sessions/{id}}). Each field is left alone unless the builder
 * sets it or clears it: a set field is sent with its value, a cleared one as JSON {@code null}, and a field
 * neither set nor cleared is not sent at all, so the server keeps it. Immutable.
 *
 * <pre>{@code
 * UpdateSessionRequest r = UpdateSessionRequest.builder()
 *     .agentId("agent-1")
 *     .sessionId("s-1")
 *     .name("Release notes, v2")           // sent: "name": "Release notes, v2"
 *     .clearFallbackChatModelConfig()      // sent: "fallback_chat_model_config": null
 *     .build();                            // the model config is not sent: it stays
 * }</pre>
 */
public final class UpdateSessionRequest {
  private final String agentId;
  private final String sessionId;
  private final FieldUpdate<String> name;
  private final FieldUpdate<ChatModelConfig> chatModelConfig;
  private final FieldUpdate<ChatModelConfig> fallbackChatModelConfig;
  private final FieldUpdate<String> cwd;
  private final FieldUpdate<PermissionMode> permissionMode;

  private UpdateSessionRequest(Builder b) {
    this.agentId = b.agentId;
    this.sessionId = b.sessionId;
    this.name = b.name;
    this.chatModelConfig = b.chatModelConfig;
    this.fallbackChatModelConfig = b.fallbackChatModelConfig;
    this.cwd = b.cwd;
    this.permissionMode = b.permissionMode;
  }

  /** @return a new builder, every field left alone */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this request */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.agentId = agentId;
    b.sessionId = sessionId;
    b.name = name;
    b.chatModelConfig = chatModelConfig;
    b.fallbackChatModelConfig = fallbackChatModelConfig;
    b.cwd = cwd;
    b.permissionMode = permissionMode;
    return b;
  }

  /** The session's agent ({@code agent_id}). */
  public String agentId() {
    return agentId;
  }

  /** The session to update. */
  public String sessionId() {
    return sessionId;
  }

  /** What happens to the session's name. */
  public FieldUpdate<String> name() {
    return name;
  }

  /** What happens to {@code chat_model_config}. */
  public FieldUpdate<ChatModelConfig> chatModelConfig() {
    return chatModelConfig;
  }

  /** What happens to {@code fallback_chat_model_config}. */
  public FieldUpdate<ChatModelConfig> fallbackChatModelConfig() {
    return fallbackChatModelConfig;
  }

  /** What happens to {@code cwd}, the directory the session is focused on (newer servers). */
  public FieldUpdate<String> cwd() {
    return cwd;
  }

  /** What happens to the session's permission mode ({@code permission_mode}, newer servers). */
  public FieldUpdate<PermissionMode> permissionMode() {
    return permissionMode;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof UpdateSessionRequest)) {
      return false;
    }
    UpdateSessionRequest other = (UpdateSessionRequest) o;
    return agentId.equals(other.agentId) && sessionId.equals(other.sessionId) && name.equals(other.name)
        && chatModelConfig.equals(other.chatModelConfig)
        && fallbackChatModelConfig.equals(other.fallbackChatModelConfig) && cwd.equals(other.cwd)
        && permissionMode.equals(other.permissionMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agentId, sessionId, name, chatModelConfig, fallbackChatModelConfig, cwd, permissionMode);
  }

  @Override
  public String toString() {
    return "UpdateSessionRequest{agentId=" + agentId + ", sessionId=" + sessionId + ", name=" + name
        + ", chatModelConfig=" + chatModelConfig + ", fallbackChatModelConfig=" + fallbackChatModelConfig
        + ", cwd=" + cwd + ", permissionMode=" + permissionMode + "}";
  }

  /** Builds an {@link UpdateSessionRequest}; {@code agentId} and {@code sessionId} are required. Not thread-safe. */
  public static final class Builder {
    private String agentId;
    private String sessionId;
    private FieldUpdate<String> name = FieldUpdate.unchanged();
    private FieldUpdate<ChatModelConfig> chatModelConfig = FieldUpdate.unchanged();
    private FieldUpdate<ChatModelConfig> fallbackChatModelConfig = FieldUpdate.unchanged();
    private FieldUpdate<String> cwd = FieldUpdate.unchanged();
    private FieldUpdate<PermissionMode> permissionMode = FieldUpdate.unchanged();

    private Builder() {}

    /**
     * @param agentId the session's agent, not blank
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder agentId(String agentId) {
      this.agentId = Checks.requireNonBlank("agentId", agentId);
      return this;
    }

    /**
     * @param sessionId the session to update, not blank
     * @return this builder
     * @throws IllegalArgumentException if it is blank
     */
    public Builder sessionId(String sessionId) {
      this.sessionId = Checks.requireNonBlank("sessionId", sessionId);
      return this;
    }

    /**
     * Renames the session.
     *
     * @param name the new name, not null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = FieldUpdate.set(name);
      return this;
    }

    /**
     * Clears the session's name: sends {@code "name": null}. Servers that require a name answer 422.
     *
     * @return this builder
     */
    public Builder clearName() {
      this.name = FieldUpdate.clear();
      return this;
    }

    /**
     * Switches the session to another model.
     *
     * @param config the model, not null
     * @return this builder
     */
    public Builder chatModelConfig(ChatModelConfig config) {
      this.chatModelConfig = FieldUpdate.set(config);
      return this;
    }

    /**
     * Sets the model used when the first one fails.
     *
     * @param config the model, not null
     * @return this builder
     */
    public Builder fallbackChatModelConfig(ChatModelConfig config) {
      this.fallbackChatModelConfig = FieldUpdate.set(config);
      return this;
    }

    /**
     * Removes the fallback model: sends {@code "fallback_chat_model_config": null}.
     *
     * @return this builder
     */
    public Builder clearFallbackChatModelConfig() {
      this.fallbackChatModelConfig = FieldUpdate.clear();
      return this;
    }

    /**
     * Focuses the session on a directory, absolute or relative to the workspace root.
     *
     * @param cwd the directory, not null
     * @return this builder
     */
    public Builder cwd(String cwd) {
      this.cwd = FieldUpdate.set(cwd);
      return this;
    }

    /**
     * Focuses the session back on the workspace root: sends {@code "cwd": null}.
     *
     * @return this builder
     */
    public Builder clearCwd() {
      this.cwd = FieldUpdate.clear();
      return this;
    }

    /**
     * Changes how the session's tool calls are allowed.
     *
     * @param mode the mode, not null
     * @return this builder
     */
    public Builder permissionMode(PermissionMode mode) {
      this.permissionMode = FieldUpdate.set(mode);
      return this;
    }

    /**
     * @return the request
     * @throws IllegalStateException if {@code agentId} or {@code sessionId} is not set
     */
    public UpdateSessionRequest build() {
      if (agentId == null) {
        throw new IllegalStateException("agentId is not set");
      }
      if (sessionId == null) {
        throw new IllegalStateException("sessionId is not set");
      }
      return new UpdateSessionRequest(this);
    }
  }
}
