package dev.sessionkit.conformance.timbal;

import dev.sessionkit.conformance.harness.Endpoint;
import dev.sessionkit.conformance.harness.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SDK's Timbal requests and FakeTimbal's responses, held to Timbal's own documents. */
class TimbalConformanceTest {

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint<TimbalRig> e : TimbalEndpoints.RUN_ENDPOINTS) {
      cases.add(Arguments.of(ComposeShape.SEED_000, TimbalRig.RUNS_DOCUMENT, e));
    }
    for (ComposeShape shape : ComposeShape.FAKE_MODES) {
      for (Endpoint<TimbalRig> e : TimbalEndpoints.COMPOSE_ENDPOINTS) {
        cases.add(Arguments.of(shape, shape.document(), e));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{2} against {1}")
  @MethodSource("cases")
  void sdkRequestsConformToTheDocument(ComposeShape shape, String document, Endpoint<TimbalRig> endpoint) {
    Verdict.requestsConform(() -> new TimbalRig(shape, document), endpoint);
  }

  @ParameterizedTest(name = "{2} against {1}")
  @MethodSource("cases")
  void fakeResponsesConformToTheDocument(ComposeShape shape, String document, Endpoint<TimbalRig> endpoint) {
    Verdict.responsesConform(() -> new TimbalRig(shape, document), endpoint);
  }

  @Test
  void everyOperationOfTheDocumentsHasAnEntry() {
    Verdict.coversEveryOperation(TimbalRig.RUNS_DOCUMENT, TimbalEndpoints.RUN_ENDPOINTS);
    for (ComposeShape shape : ComposeShape.values()) {
      Verdict.coversEveryOperation(shape.document(), TimbalEndpoints.COMPOSE_ENDPOINTS);
    }
  }
}
