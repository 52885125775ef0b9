package dev.sessionkit.conformance.agentscope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.conformance.harness.Endpoint;
import dev.sessionkit.conformance.harness.Verdict;
import dev.sessionkit.conformance.openapi.Violation;
import dev.sessionkit.conformance.wire.Exchange;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SDK's AgentScope requests and FakeAgentScope's responses, held to the AgentScope document. */
class AgentScopeConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

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

  /**
   * The document types the messages of a page as {@code items: {}}, but the router fills the list with
   * {@code Msg} dumps (agentscope da00849 {@code _router/_session.py}, {@code list_messages}); the calibration
   * shows the vendor's own page passes this. So each message the fake sends is held to the document's Message.
   */
  @Test
  void fakeMessagesAreTheDocumentsMsg() throws Exception {
    List<Violation> violations = new ArrayList<>();
    try (AgentScopeRig rig = new AgentScopeRig()) {
      rig.client.sessions().messages().listAll(
          ListMessagesRequest.builder().agentId(rig.agent).sessionId(rig.sessionId()).limit(50).build()).stream().count();
      for (Exchange exchange : rig.exchanges()) {
        JsonNode messages = JSON.readTree(exchange.responseBody()).path("messages");
        for (int i = 0; i < messages.size(); i++) {
          violations.addAll(rig.validator().document().validate("/components/schemas/Msg", messages.get(i),
              "response to " + exchange.method() + " " + exchange.rawPath() + " message " + i));
        }
      }
    }
    assertEquals(List.of(), violations.stream().map(Violation::toString).distinct().toList());
  }
}
