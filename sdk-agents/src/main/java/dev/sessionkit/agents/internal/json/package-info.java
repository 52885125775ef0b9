/**
 * Jackson deserializers for the AgentScope models' polymorphic fields, and the reading of the event records
 * with their unknown fields. Not exported: no part of the API.
 */
package dev.sessionkit.agents.internal.json;
