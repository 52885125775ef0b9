/**
 * Timbal compose sessions: {@link dev.sessionkit.timbal.sessions.ComposeSessionService}, its asynchronous
 * mirror, the request builders and the immutable models
 * ({@link dev.sessionkit.timbal.sessions.ComposeSession}, {@link dev.sessionkit.timbal.sessions.ComposeSessionDetail},
 * {@link dev.sessionkit.timbal.sessions.ComposeMessage}). The endpoints left Timbal's public document in July
 * 2026; the SDK reads both shapes that its last documents gave (see
 * {@link dev.sessionkit.timbal.sessions.ComposeSessionService}).
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.timbal.sessions;
