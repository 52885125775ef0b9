/**
 * Syntropic137's agent sessions: {@link dev.sessionkit.syntropic.sessions.SessionService} lists them
 * ({@code GET /sessions}) and reads one with its operations ({@code GET /sessions/{id}}); the models
 * ({@link dev.sessionkit.syntropic.sessions.Session}, {@link dev.sessionkit.syntropic.sessions.SessionDetail},
 * {@link dev.sessionkit.syntropic.sessions.Operation}) read the server's real formats.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.syntropic.sessions;
