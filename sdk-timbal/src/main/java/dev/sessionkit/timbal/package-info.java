/**
 * SessionKit for Timbal: {@link dev.sessionkit.timbal.TimbalClient} and its asynchronous mirror. The
 * services and models are in {@link dev.sessionkit.timbal.sessions} (compose sessions) and
 * {@link dev.sessionkit.timbal.runs} (runs, traces, reactions).
 *
 * <p>Names, calls, argument checks and model types follow the API's rules, written in the package
 * documentation of {@code dev.sessionkit.core}; each async service mirrors its blocking twin method for method.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.timbal;
