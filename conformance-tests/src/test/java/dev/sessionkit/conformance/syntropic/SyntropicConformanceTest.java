package dev.sessionkit.conformance.syntropic;

import dev.sessionkit.conformance.harness.Endpoint;
import dev.sessionkit.conformance.harness.Verdict;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The SDK's Syntropic137 requests and FakeSyntropic's responses, held to Syntropic137's own document. */
class SyntropicConformanceTest {

  static Stream<Endpoint<SyntropicRig>> endpoints() {
    return SyntropicEndpoints.ALL.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void sdkRequestsConformToTheDocument(Endpoint<SyntropicRig> endpoint) {
    Verdict.requestsConform(SyntropicRig::new, endpoint);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("endpoints")
  void fakeResponsesConformToTheDocument(Endpoint<SyntropicRig> endpoint) {
    Verdict.responsesConform(SyntropicRig::new, endpoint);
  }

  @Test
  void everyOperationOfTheDocumentHasAnEntry() {
    Verdict.coversEveryOperation(SyntropicRig.DOCUMENT, SyntropicEndpoints.ALL);
  }
}
