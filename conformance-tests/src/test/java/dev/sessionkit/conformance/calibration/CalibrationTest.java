package dev.sessionkit.conformance.calibration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.conformance.allowlist.DocumentFault;
import dev.sessionkit.conformance.openapi.ExchangeValidator;
import dev.sessionkit.conformance.openapi.Exchanges;
import dev.sessionkit.conformance.openapi.VendorDocument;
import dev.sessionkit.conformance.openapi.Violation;
import dev.sessionkit.conformance.vendordata.VendorData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The validator and the allow-list, calibrated on the vendors' own output first: each body the vendor's code
 * produced is held to the vendor's own document, exactly as a fake's response is. If these fail, the suite's
 * verdicts on the SDK and the fakes mean nothing.
 */
class CalibrationTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{4} as {1} {2} {3} of {0}")
  @CsvSource({
      "agentscope/openapi.assembled.json, GET,  /sessions/,               200, agentscope/sessions-list.json",
      "agentscope/openapi.assembled.json, GET,  /sessions/s-1/messages,   200, agentscope/messages-page.json",
      "agentscope/openapi.assembled.json, POST, /sessions/,               201, agentscope/create-session-response.json",
      "syntropic/openapi.sessions.json,   GET,  /sessions,                200, syntropic/cli-sessions-list.json",
      "syntropic/openapi.sessions.json,   GET,  /sessions/sess-001,       200, syntropic/cli-session-show.json",
      "syntropic/openapi.sessions.json,   GET,  /sessions/sess-001,       200, syntropic/openclaw-session-detail.json",
  })
  void theVendorsOwnBodyConformsToItsOwnDocument(String document, String method, String path, int status, String body) {
    ExchangeValidator validator = new ExchangeValidator(VendorDocument.load(document), "");
    List<Violation> violations = validator.response(Exchanges.response(method, path, status, VendorData.text(body)));
    assertEquals(List.of(), violations);
  }

  /**
   * The list response types AgentScope's messages as {@code items: {}}; the router fills it with {@code Msg}
   * dumps, so the suite also holds each message to the document's {@code Msg} (see AgentScopeMessagesTest).
   * The vendor's own page must pass that too.
   */
  @Test
  void theVendorsOwnMessagesAreTheDocumentsMsg() {
    VendorDocument document = VendorDocument.load("agentscope/openapi.assembled.json");
    JsonNode messages = VendorData.json("agentscope/messages-page.json").path("messages");
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < messages.size(); i++) {
      violations.addAll(document.validate("/components/schemas/Msg", messages.get(i), "message " + i));
    }
    assertEquals(List.of(), violations);
  }

  /**
   * The dashboard's sample is a TypeScript test value cast to its {@code SessionSummary} type, not a server
   * body: its {@code total_cost_usd} is the number 0.045 where the document (and the server) give a decimal
   * string. The validator must see exactly that, and nothing else; the sample is still read through the client
   * (SyntropicVendorBodiesTest), which takes both forms.
   */
  @Test
  void theDashboardSampleDiffersFromTheDocumentOnlyInItsNumericCost() {
    ObjectNode wrapped = JSON.createObjectNode();
    wrapped.putArray("sessions").add(VendorData.json("syntropic/dashboard-session-summary-item.json"));
    wrapped.put("total", 1);
    ExchangeValidator validator = new ExchangeValidator(VendorDocument.load("syntropic/openapi.sessions.json"), "");
    List<Violation> violations = validator.response(Exchanges.response("GET", "/sessions", 200, wrapped.toString()));
    assertEquals(1, violations.size(), violations.toString());
    assertTrue(violations.get(0).part().endsWith("/sessions/0/total_cost_usd"), violations.toString());
  }

  /** An entry of the allow-list that excuses nothing is stale: the calibration shows each is needed. */
  @Test
  void eachDocumentFaultIsStillThere() {
    VendorDocument.load("timbal/openapi.runs.json");
    assertTrue(DocumentFault.TIMBAL_UNDEFINED_SORT_SCHEMAS.uses() >= 2, "RunSortBy and SortOrder are defined now");
    int before = DocumentFault.AGENTSCOPE_NAIVE_DATE_TIME.uses();
    new ExchangeValidator(VendorDocument.load("agentscope/openapi.assembled.json"), "")
        .response(Exchanges.response("GET", "/sessions/", 200, VendorData.text("agentscope/sessions-list.json")));
    assertTrue(DocumentFault.AGENTSCOPE_NAIVE_DATE_TIME.uses() > before, "the vendor's record times carry an offset now");
    JsonNode runDetail = VendorDocument.load("timbal/openapi.runs.json").root()
        .at("/components/schemas/RunDetail/properties/trace");
    assertEquals(JSON.createObjectNode(), runDetail, "RunDetail.trace is described now");
    JsonNode syntropic404 = VendorDocument.load("syntropic/openapi.sessions.json").root()
        .at("/paths/~1sessions~1{session_id}/get/responses/404");
    assertTrue(syntropic404.isMissingNode(), "Syntropic's document declares its 404 now");
  }
}
