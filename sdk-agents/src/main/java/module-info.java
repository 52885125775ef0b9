/**
 * SessionKit for AgentScope's Agent Service: sessions, their messages, runs and the live event stream.
 *
 * <pre>{@code
 * AgentsClient agents = AgentsClient.builder().baseUrl("http://localhost:8000").userId("alice").build();
 * SessionList list = agents.sessions().list(ListSessionsRequest.builder().agentId("agent-1").build());
 * }</pre>
 */
module dev.sessionkit.agents {
  requires transitive dev.sessionkit.core;
  requires static org.immutables.value.annotations;

  exports dev.sessionkit.agents;
  exports dev.sessionkit.agents.events;
  exports dev.sessionkit.agents.messages;
  exports dev.sessionkit.agents.sessions;
  exports dev.sessionkit.agents.state;
  exports dev.sessionkit.agents.teams;

  // Jackson binds the models (Immutables' generated classes, the event records) and instantiates the internal
  // deserializers by reflection. The event records are in a package that is opened to Jackson, never exported:
  // their constructors are no API, so that an event can gain a field without breaking a user's binary.
  opens dev.sessionkit.agents.events to com.fasterxml.jackson.databind;
  opens dev.sessionkit.agents.internal.events to com.fasterxml.jackson.databind;
  opens dev.sessionkit.agents.internal.json to com.fasterxml.jackson.databind;
  opens dev.sessionkit.agents.messages to com.fasterxml.jackson.databind;
  opens dev.sessionkit.agents.sessions to com.fasterxml.jackson.databind;
  opens dev.sessionkit.agents.state to com.fasterxml.jackson.databind;
  opens dev.sessionkit.agents.teams to com.fasterxml.jackson.databind;
}
