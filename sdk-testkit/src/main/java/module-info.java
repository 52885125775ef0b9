/**
 * In-process fake servers of the Timbal, Syntropic137 and AgentScope APIs, for integration tests and for
 * the examples: {@code FakeTimbal}, {@code FakeSyntropic}, {@code FakeAgentScope} and the JUnit 5 extension
 * {@code SessionKitFakes}.
 */
module dev.sessionkit.testkit {
  requires transitive dev.sessionkit.core;
  requires transitive com.fasterxml.jackson.databind;
  requires jdk.httpserver;
  // Only the JUnit extension needs JUnit; the fakes run without it (for the examples).
  requires static org.junit.jupiter.api;

  exports dev.sessionkit.testkit;
}
