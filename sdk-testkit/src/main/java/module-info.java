/**
 * In-process fake servers of the Timbal, Syntropic137 and AgentScope APIs, for integration tests and for
 * the examples: {@code FakeTimbal}, {@code FakeSyntropic}, {@code FakeAgentScope} and the JUnit 5 extension
 * {@code SessionKitFakes}, which also hands a test a client built against its fake.
 */
module dev.sessionkit.testkit {
  requires transitive dev.sessionkit.core;
  // Transitive: a test that takes an injected TimbalClient, SyntropicClient or AgentsClient uses its types.
  requires transitive dev.sessionkit.timbal;
  requires transitive dev.sessionkit.syntropic;
  requires transitive dev.sessionkit.agents;
  requires transitive com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  // Only the JUnit extension needs JUnit; the fakes run without it (for the examples).
  requires static org.junit.jupiter.api;
  // Compile time only: the typed views return the SDK's models, whose Immutables annotations javadoc reads.
  requires static org.immutables.value.annotations;

  exports dev.sessionkit.testkit;
}
