/**
 * Teams of agents as a session sees them: the team, its leader agent and its worker members, and the agent
 * definitions with their context and ReAct configurations.
 *
 * <p>Null policy: parameters and return values are never null unless documented; absent values are
 * {@link java.util.Optional}. Models are immutable and thread-safe.
 */
package dev.sessionkit.agents.teams;
