/**
 * The events of a session's live stream ({@code GET /sessions/{id}/stream}): one class per AgentScope event
 * {@code type}, and {@link dev.sessionkit.agents.events.UnknownEvent} for any other, so that a new event type
 * on the server never ends a client's stream.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}. Events are immutable and thread-safe.
 */
package dev.sessionkit.agents.events;
