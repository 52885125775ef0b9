package dev.sessionkit.agents.sessions;

import dev.sessionkit.core.internal.check.Arguments;

/**
 * Which session a call is about: the session's agent and the session's id, which the Agent Service always
 * takes together ({@code /sessions/{id}?agent_id=}). One typed value, so that the two ids, both strings,
 * cannot be given in the wrong order. Immutable, compared by value.
 *
 * <pre>{@code
 * agents.sessions().status(SessionRef.of("agent-1", "s-1"));
 * agents.sessions().delete(view.ref());
 * }</pre>
 */
public final class SessionRef {
  private final String agentId;
  private final String sessionId;

  private SessionRef(String agentId, String sessionId) {
    this.agentId = agentId;
    this.sessionId = sessionId;
  }

  /**
   * A session of an agent.
   *
   * @param agentId the session's agent, not blank
   * @param sessionId the session's id, not blank
   * @return the reference
   * @throws NullPointerException if an id is null
   * @throws IllegalArgumentException if an id is blank
   */
  public static SessionRef of(String agentId, String sessionId) {
    return new SessionRef(Arguments.requireNonBlank(agentId, "agentId"),
        Arguments.requireNonBlank(sessionId, "sessionId"));
  }

  /**
   * The session's agent ({@code agent_id}).
   *
   * @return the agent's id
   */
  public String agentId() {
    return agentId;
  }

  /**
   * The session's id.
   *
   * @return the session's id
   */
  public String sessionId() {
    return sessionId;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SessionRef)) {
      return false;
    }
    SessionRef other = (SessionRef) o;
    return agentId.equals(other.agentId) && sessionId.equals(other.sessionId);
  }

  @Override
  public int hashCode() {
    return 31 * agentId.hashCode() + sessionId.hashCode();
  }

  /** {@code SessionRef[agentId=…, sessionId=…]}. */
  @Override
  public String toString() {
    return "SessionRef[agentId=" + agentId + ", sessionId=" + sessionId + "]";
  }
}
