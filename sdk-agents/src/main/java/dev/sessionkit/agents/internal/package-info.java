/**
 * The implementations of the AgentScope services over sdk-core's transport. Not exported: no part of the API.
 */
package dev.sessionkit.agents.internal;
