/**
 * The events of a session's live stream ({@code GET /sessions/{id}/stream}): one record per AgentScope event
 * {@code type}, and {@link dev.sessionkit.agents.events.UnknownEvent} for any other, so that a new event type
 * on the server never ends a client's stream.
 *
 * <p>To make an event up, in a test say, call its record's constructor: the event's own fields first, then
 * {@code id}, {@code createdAt}, {@code metadata} and {@code additionalProperties}, which every event has:
 * <pre>{@code
 * new TextBlockDeltaEvent("msg-1", "blk-1", "Hello", Optional.empty(), Optional.empty(), Map.of(), Map.of())
 * }</pre>
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}. Events are immutable and thread-safe.
 */
package dev.sessionkit.agents.events;
