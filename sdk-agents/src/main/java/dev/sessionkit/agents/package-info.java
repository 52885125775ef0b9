/**
 * The client of AgentScope's Agent Service: {@link dev.sessionkit.agents.AgentsClient} and its asynchronous
 * mirror. The features are in the sub-packages: {@code sessions} (sessions, runs, the live stream),
 * {@code messages}, {@code events}, {@code state} and {@code teams}.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}.
 */
package dev.sessionkit.agents;
