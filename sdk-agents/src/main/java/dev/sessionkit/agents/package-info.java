/**
 * The client of AgentScope's Agent Service: {@link dev.sessionkit.agents.AgentsClient} and its asynchronous
 * mirror. The features are in the sub-packages: {@code sessions} (sessions, runs, the live stream),
 * {@code messages}, {@code events}, {@code state} and {@code teams}.
 *
 * <p>Names, calls, argument checks and model types follow the API's rules, written in the package
 * documentation of {@code dev.sessionkit.core}; each async service mirrors its blocking twin method for method.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.agents;
