/**
 * Jackson deserializers for the AgentScope models' polymorphic fields. Not exported: no part of the API.
 */
package dev.sessionkit.agents.internal.json;
