package dev.sessionkit.conformance.agentscope;

import dev.sessionkit.conformance.harness.Endpoint;
import dev.sessionkit.conformance.harness.Verdict;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SDK's AgentScope requests and FakeAgentScope's responses, held to the AgentScope document. */
class AgentScopeConformanceTest {

  static Stream<Endpoint<AgentScopeRig>> endpoints() {
    return AgentScopeEndpoints.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void sdkRequestsConformToTheDocument(Endpoint<AgentScopeRig> endpoint) {
    Verdict.requestsConform(AgentScopeRig::new, endpoint);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void fakeResponsesConformToTheDocument(Endpoint<AgentScopeRig> endpoint) {
    Verdict.responsesConform(AgentScopeRig::new, endpoint);
  }

  @Test
  void everyOperationOfTheDocumentHasAnEntry() {
    Verdict.coversEveryOperation(AgentScopeRig.DOCUMENT, AgentScopeEndpoints.ALL);
  }
}
