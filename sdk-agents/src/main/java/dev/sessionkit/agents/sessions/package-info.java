/**
 * AgentScope sessions: listing, creating, updating and deleting them, starting runs ({@code chat}) and
 * following them live ({@code stream}), and the session models ({@link dev.sessionkit.agents.sessions.SessionView},
 * {@link dev.sessionkit.agents.sessions.SessionRecord}, …).
 *
 * <p>A call about one session takes a {@link dev.sessionkit.agents.sessions.SessionRef} (its agent and its id
 * together), never the two ids as adjacent strings; the models and requests that name a session give theirs as
 * {@code ref()}. Request objects are Immutables values, checked by {@code build()} with the SDK's one argument
 * rule; {@link dev.sessionkit.agents.sessions.UpdateSessionRequest} alone is written by hand, for the reason its
 * Javadoc gives.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}. Models and requests are immutable and thread-safe.
 */
package dev.sessionkit.agents.sessions;
