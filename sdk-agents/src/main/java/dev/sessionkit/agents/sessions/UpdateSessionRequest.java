package dev.sessionkit.agents.sessions;

import dev.sessionkit.agents.state.PermissionMode;
import dev.sessionkit.core.internal.check.Arguments;
import java.util.Objects;

/**
 * A partial update of a session ({@code PATCH /sessions/{id}}). Each field is left alone unless the builder
 * sets it or clears it: a set field is sent with its value, a cleared one as JSON {@code null}, and a field
 * neither set nor cleared is not sent at all, so the server keeps it. Immutable.
 *
 * <pre>{@code
 * UpdateSessionRequest r = UpdateSessionRequest.builder()
 *     .session(view.ref())                 // or .agentId("agent-1").sessionId("s-1")
 *     .name("Release notes, v2")           // sent: "name": "Release notes, v2"
 *     .clearFallbackChatModelConfig()      // sent: "fallback_chat_model_config": null
 *     .build();                            // the model config is not sent: it stays
 * }</pre>
 *
 * <p>Only what the server accepts can be sent: the model configs, {@code knowledge_config} and {@code cwd} can
 * be cleared; the name and the permission mode cannot (the server requires a name, and ignores a null mode),
 * so the builder has no way to send them as {@code null}. The server refuses any change while a run of the
 * session is active (409, {@link dev.sessionkit.core.errors.ConflictException}).
 *
 * <p>Written by hand, unlike the other request objects (Immutables, {@code @ModelStyle}), because its wire
 * semantics do not fit a generated builder. Each field has three states, and which fields may be sent as
 * {@code null} is part of the server's contract: the builder says it by which methods exist ({@code name(…)}
 * but no way to clear the name, {@code clearCwd()} beside {@code cwd(…)}). Generated from
 * {@code FieldUpdate<T>} attributes, it would have a public {@code name(FieldUpdate)} setter that takes
 * {@link FieldUpdate#clear()}, refused only at {@code build()}, and two setters per field, the
 * {@code FieldUpdate} one and the value one, between which a {@code null} is ambiguous. For the same reason a
 * {@code null} given to a setter is refused ({@link NullPointerException} naming the field) instead of
 * clearing anything: in a partial update, "clear" would mean either "leave the field alone" or "send it as
 * {@code null}", and each of those has its own method ({@code clearX()} for the second; for the first, set
 * nothing).
 */
public final class UpdateSessionRequest {
  private final String agentId;
  private final String sessionId;
  private final FieldUpdate<String> name;
  private final FieldUpdate<ChatModelConfig> chatModelConfig;
  private final FieldUpdate<ChatModelConfig> fallbackChatModelConfig;
  private final FieldUpdate<TtsModelConfig> ttsModelConfig;
  private final FieldUpdate<SessionKnowledgeConfig> knowledgeConfig;
  private final FieldUpdate<String> cwd;
  private final FieldUpdate<PermissionMode> permissionMode;

  private UpdateSessionRequest(Builder b) {
    this.agentId = b.agentId;
    this.sessionId = b.sessionId;
    this.name = b.name;
    this.chatModelConfig = b.chatModelConfig;
    this.fallbackChatModelConfig = b.fallbackChatModelConfig;
    this.ttsModelConfig = b.ttsModelConfig;
    this.knowledgeConfig = b.knowledgeConfig;
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
    b.ttsModelConfig = ttsModelConfig;
    b.knowledgeConfig = knowledgeConfig;
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

  /**
   * The session to update, as the calls about one session take it.
   *
   * @return its agent and its id
   */
  public SessionRef ref() {
    return SessionRef.of(agentId, sessionId);
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

  /** What happens to {@code tts_model_config}. */
  public FieldUpdate<TtsModelConfig> ttsModelConfig() {
    return ttsModelConfig;
  }

  /** What happens to {@code knowledge_config}. */
  public FieldUpdate<SessionKnowledgeConfig> knowledgeConfig() {
    return knowledgeConfig;
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
        && fallbackChatModelConfig.equals(other.fallbackChatModelConfig)
        && ttsModelConfig.equals(other.ttsModelConfig) && knowledgeConfig.equals(other.knowledgeConfig)
        && cwd.equals(other.cwd) && permissionMode.equals(other.permissionMode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(agentId, sessionId, name, chatModelConfig, fallbackChatModelConfig, ttsModelConfig,
        knowledgeConfig, cwd, permissionMode);
  }

  @Override
  public String toString() {
    return "UpdateSessionRequest{agentId=" + agentId + ", sessionId=" + sessionId + ", name=" + name
        + ", chatModelConfig=" + chatModelConfig + ", fallbackChatModelConfig=" + fallbackChatModelConfig
        + ", ttsModelConfig=" + ttsModelConfig + ", knowledgeConfig=" + knowledgeConfig + ", cwd=" + cwd
        + ", permissionMode=" + permissionMode + "}";
  }

  /**
   * Builds an {@link UpdateSessionRequest}; {@code agentId} and {@code sessionId} are required (or both at once,
   * {@link #session(SessionRef)}). Each setter refuses {@code null} with a {@link NullPointerException} naming
   * the field, and an id setter a blank id with an {@link IllegalArgumentException}; {@code build()} throws an
   * {@link IllegalStateException} naming a missing id. Not thread-safe.
   */
  public static final class Builder {
    private String agentId;
    private String sessionId;
    private FieldUpdate<String> name = FieldUpdate.unchanged();
    private FieldUpdate<ChatModelConfig> chatModelConfig = FieldUpdate.unchanged();
    private FieldUpdate<ChatModelConfig> fallbackChatModelConfig = FieldUpdate.unchanged();
    private FieldUpdate<TtsModelConfig> ttsModelConfig = FieldUpdate.unchanged();
    private FieldUpdate<SessionKnowledgeConfig> knowledgeConfig = FieldUpdate.unchanged();
    private FieldUpdate<String> cwd = FieldUpdate.unchanged();
    private FieldUpdate<PermissionMode> permissionMode = FieldUpdate.unchanged();

    private Builder() {}

    /**
     * @param agentId the session's agent, not blank
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder agentId(String agentId) {
      this.agentId = Arguments.requireNonBlank(agentId, "agentId");
      return this;
    }

    /**
     * @param sessionId the session to update, not blank
     * @return this builder
     * @throws NullPointerException if it is null
     * @throws IllegalArgumentException if it is blank
     */
    public Builder sessionId(String sessionId) {
      this.sessionId = Arguments.requireNonBlank(sessionId, "sessionId");
      return this;
    }

    /**
     * The session to update: its agent and its id.
     *
     * @param session the session, not null
     * @return this builder
     * @throws NullPointerException if it is null
     */
    public Builder session(SessionRef session) {
      Arguments.requireNonNull(session, "session");
      this.agentId = session.agentId();
      this.sessionId = session.sessionId();
      return this;
    }

    /**
     * Renames the session.
     *
     * @param name the new name, not null
     * @return this builder
     * @throws NullPointerException if it is null: a session's name cannot be cleared
     */
    public Builder name(String name) {
      this.name = FieldUpdate.set(Arguments.requireNonNull(name, "name"));
      return this;
    }

    /**
     * Always refuses: the Agent Service requires every session to have a name ({@code SessionConfig.name} is
     * a string), and answers {@code "name": null} with a 500. Set another name with {@link #name(String)}.
     *
     * @return never
     * @throws IllegalStateException always, before any request
     * @deprecated a session's name cannot be cleared; this method will go
     */
    @Deprecated
    public Builder clearName() {
      throw new IllegalStateException("name cannot be cleared: the Agent Service requires every session to have "
          + "a name and answers \"name\": null with a 500; set another name instead");
    }

    /**
     * Switches the session to another model.
     *
     * @param config the model, not null
     * @return this builder
     */
    public Builder chatModelConfig(ChatModelConfig config) {
      this.chatModelConfig = FieldUpdate.set(Arguments.requireNonNull(config, "chatModelConfig"));
      return this;
    }

    /**
     * Sets the model used when the first one fails.
     *
     * @param config the model, not null
     * @return this builder
     */
    public Builder fallbackChatModelConfig(ChatModelConfig config) {
      this.fallbackChatModelConfig = FieldUpdate.set(Arguments.requireNonNull(config, "fallbackChatModelConfig"));
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
     * Gives the session a text-to-speech model; the server checks that its credential is visible.
     *
     * @param config the model, not null
     * @return this builder
     */
    public Builder ttsModelConfig(TtsModelConfig config) {
      this.ttsModelConfig = FieldUpdate.set(Arguments.requireNonNull(config, "ttsModelConfig"));
      return this;
    }

    /**
     * Stops the session speaking: sends {@code "tts_model_config": null}.
     *
     * @return this builder
     */
    public Builder clearTtsModelConfig() {
      this.ttsModelConfig = FieldUpdate.clear();
      return this;
    }

    /**
     * Attaches knowledge bases, with the retrieval parameters; the server checks that each base is visible.
     * Replaces the attachment as a whole.
     *
     * @param config the knowledge bases and parameters, not null
     * @return this builder
     */
    public Builder knowledgeConfig(SessionKnowledgeConfig config) {
      this.knowledgeConfig = FieldUpdate.set(Arguments.requireNonNull(config, "knowledgeConfig"));
      return this;
    }

    /**
     * Detaches every knowledge base: sends {@code "knowledge_config": null}.
     *
     * @return this builder
     */
    public Builder clearKnowledgeConfig() {
      this.knowledgeConfig = FieldUpdate.clear();
      return this;
    }

    /**
     * Removes the session's model: sends {@code "chat_model_config": null}. The session cannot reply until a
     * model is set again.
     *
     * @return this builder
     */
    public Builder clearChatModelConfig() {
      this.chatModelConfig = FieldUpdate.clear();
      return this;
    }

    /**
     * Focuses the session on a directory, absolute or relative to the workspace root.
     *
     * @param cwd the directory, not null
     * @return this builder
     */
    public Builder cwd(String cwd) {
      this.cwd = FieldUpdate.set(Arguments.requireNonNull(cwd, "cwd"));
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
     * Changes how the session's tool calls are allowed. There is no way to clear it: the server reads a
     * {@code null} mode as "leave it", so none is ever sent.
     *
     * @param mode the mode, not null
     * @return this builder
     */
    public Builder permissionMode(PermissionMode mode) {
      this.permissionMode = FieldUpdate.set(Arguments.requireNonNull(mode, "permissionMode"));
      return this;
    }

    /**
     * @return the request
     * @throws IllegalStateException if {@code agentId} or {@code sessionId} is not set
     */
    public UpdateSessionRequest build() {
      Arguments.requireSet(agentId, "UpdateSessionRequest", "agentId");
      Arguments.requireSet(sessionId, "UpdateSessionRequest", "sessionId");
      return new UpdateSessionRequest(this);
    }
  }
}
