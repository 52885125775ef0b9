/**
 * The AgentScope fake in pieces with one job each: {@link dev.sessionkit.testkit.internal.agentscope.AgentScopeSeed}
 * (what the fake starts with, and how a spec, a chat or an interrupt becomes records and events),
 * {@link dev.sessionkit.testkit.internal.agentscope.AgentScopeStore} (the agents, sessions and runs, their queries
 * and changes, under one lock), {@link dev.sessionkit.testkit.internal.agentscope.MessageWindow} (which messages
 * a page holds) and {@link dev.sessionkit.testkit.internal.agentscope.AgentScopeRoutes} (HTTP: parameters,
 * FastAPI's validation errors, response bodies, event streams). Not exported; may change at any time.
 * Parameters and return values are non-null unless a method says otherwise.
 */
package dev.sessionkit.testkit.internal.agentscope;
