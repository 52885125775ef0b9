package dev.sessionkit.agents.sessions;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.sessionkit.agents.teams.TeamDetail;
import dev.sessionkit.core.internal.model.ModelStyle;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A session as {@code GET /sessions/} lists it: the record, whether a run is active, and its team.
 * Immutable.
 *
 * <pre>{@code
 * SessionView v = list.sessions().get(0);
 * String id = v.session().id();
 * boolean busy = v.running();
 * SessionStatusResponse now = agents.sessions().status(v.ref());
 * }</pre>
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSessionView.class)
@JsonDeserialize(builder = SessionView.Builder.class)
public abstract class SessionView {
  SessionView() {}

  /** The stored session. */
  @JsonProperty("session")
  public abstract SessionRecord session();

  /** Whether a run of the session is active. A session parked on a confirmation is not running: see {@link #status()}. */
  @JsonProperty("is_running")
  @Value.Default
  public boolean running() {
    return false;
  }

  /** The session's status, on servers that send it. */
  @JsonProperty("status")
  public abstract Optional<SessionStatus> status();

  /** The team the session takes part in, when it does. */
  @JsonProperty("team")
  public abstract Optional<TeamDetail> team();

  /** Fields this SDK version does not know, as sent. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /**
   * The session in the cross-vendor form, its tokens added up from the context of the record in hand: vendor
   * {@code AGENTSCOPE}; the session id; its agent's id; the status the server sends, else {@code running} or
   * {@code idle}; the model of its {@code chat_model_config}; created and updated times; and no cost, since
   * AgentScope reports none.
   *
   * <p>The tokens are real only where the record carries its context: a record from servers before July 2026
   * (agentscope#1984). Current servers clear the context in session listings, so a listed view's tokens are 0
   * there: {@link SessionService#usage(SessionView)} reads them from the session's messages instead, where
   * every server still reports them.
   *
   * @return the usage view
   */
  public SessionUsage toSessionUsage() {
    return toSessionUsage(session().state().tokens());
  }

  /**
   * The session in the cross-vendor form, as {@link #toSessionUsage()} makes it, with the given tokens: those of
   * its messages, as {@link SessionService#usage(SessionView)} adds them up.
   *
   * @param tokens the session's token usage, not null
   * @return the usage view
   */
  public SessionUsage toSessionUsage(TokenUsage tokens) {
    SessionRecord s = session();
    String status = status().map(SessionStatus::value).orElse(running() ? "running" : "idle");
    return SessionUsage.builder()
        .vendor(Vendor.AGENTSCOPE)
        .id(s.id())
        .status(status)
        .model(s.config().chatModelConfig().map(ChatModelConfig::model))
        .agentId(s.agentId())
        .startedAt(s.createdAt())
        .lastActivityAt(s.updatedAt())
        .tokens(Objects.requireNonNull(tokens, "tokens"))
        .build();
  }

  /**
   * The session as the calls about one session take it: {@code agents.sessions().delete(view.ref())}.
   *
   * @return its agent and its id
   */
  public SessionRef ref() {
    return session().ref();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder that starts from this value */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link SessionView}; {@code session} is required. Not thread-safe. */
  public static final class Builder extends ImmutableSessionView.Builder {
    Builder() {}
  }
}
