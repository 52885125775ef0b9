package dev.sessionkit.conformance.timbal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessionkit.conformance.allowlist.DocumentFault;
import dev.sessionkit.conformance.harness.Endpoint;
import dev.sessionkit.conformance.harness.Verdict;
import dev.sessionkit.conformance.vendordata.VendorData;
import dev.sessionkit.conformance.wire.Exchange;
import dev.sessionkit.timbal.runs.GetRunRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The SDK's Timbal requests and FakeTimbal's responses, held to Timbal's own documents. */
class TimbalConformanceTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Endpoint<TimbalRig> e : TimbalEndpoints.RUN_ENDPOINTS) {
      cases.add(Arguments.of(ComposeShape.SEED_000, TimbalRig.RUNS_DOCUMENT, e));
    }
    for (ComposeShape shape : ComposeShape.FAKE_MODES) {
      for (Endpoint<TimbalRig> e : TimbalEndpoints.composeEndpoints(shape)) {
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
      Verdict.coversEveryOperation(shape.document(), TimbalEndpoints.composeEndpoints(shape));
    }
  }

  /**
   * {@link DocumentFault#TIMBAL_UNDESCRIBED_TRACE}: the document's {@code trace: {}} admits anything, so the
   * fake's spans are held to the vendor's own span dump instead: the same field names, and each non-null value
   * of the JSON type the vendor's span gives it.
   */
  @Test
  void fakeTraceSpansHaveTheVendorsSpanShape() throws Exception {
    JsonNode vendorSpan = VendorData.json("timbal/trace-docs-span.json").get(1);
    List<String> problems = new ArrayList<>();
    try (TimbalRig rig = new TimbalRig(ComposeShape.SEED_000, TimbalRig.RUNS_DOCUMENT)) {
      for (int i = 0; i < 5; i++) {
        rig.client.runs().get(GetRunRequest.builder().runId(rig.fake.runsJson().get(i).path("id").asText()).build());
      }
      for (Exchange exchange : rig.exchanges()) {
        JsonNode trace = JSON.readTree(exchange.responseBody()).path("trace");
        for (JsonNode span : trace) {
          DocumentFault.traceHeldToSpanDump();
          problems.addAll(SpanShape.differences(vendorSpan, span));
        }
      }
    }
    assertEquals(List.of(), problems.stream().distinct().toList());
  }
}
