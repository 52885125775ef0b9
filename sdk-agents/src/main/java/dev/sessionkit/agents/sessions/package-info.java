/**
 * AgentScope sessions: listing, creating, updating and deleting them, starting runs ({@code chat}) and
 * following them live ({@code stream}), and the session models ({@link dev.sessionkit.agents.sessions.SessionView},
 * {@link dev.sessionkit.agents.sessions.SessionRecord}, …).
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}. Models and requests are immutable and thread-safe.
 */
package dev.sessionkit.agents.sessions;
