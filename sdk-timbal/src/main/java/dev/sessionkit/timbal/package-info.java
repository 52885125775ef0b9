/**
 * SessionKit for Timbal: {@link dev.sessionkit.timbal.TimbalClient} and its asynchronous mirror. The
 * services and models are in {@link dev.sessionkit.timbal.sessions} (compose sessions) and
 * {@link dev.sessionkit.timbal.runs} (runs, traces, reactions).
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.timbal;
