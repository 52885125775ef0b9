package dev.sessionkit.conformance.vendorbodies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.conformance.vendordata.VendorData;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Syntropic137's own test fixtures read through the public client: every field of each lands in the accessor
 * the SDK's naming rule gives it, with the vendor's value, and none is left over in
 * {@code additionalProperties()}.
 */
class SyntropicVendorBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"syntropic/cli-session-show.json", "syntropic/openclaw-session-detail.json"})
  void aSessionDetailIsReadFieldByField(String fixture) {
    JsonNode body = VendorData.json(fixture);
    try (VendorServer server = new VendorServer().serve("/api/v1/sessions/" + body.path("id").asText(), 200,
        "application/json", body.toString())) {
      Object detail = client(server).sessions().get(body.path("id").asText());
      List<String> problems = new ArrayList<>(FieldByField.differences(body, detail));
      UnmappedFields.of(detail).forEach(u -> problems.add("not typed " + u));
      assertEquals(List.of(), problems);
    }
  }

  @Test
  void theCliSessionListIsReadFieldByField() {
    assertListReads(VendorData.json("syntropic/cli-sessions-list.json"));
  }

  /** A SessionSummary sample wrapped as the list endpoint's body, as vendor-data's README says the check does. */
  @Test
  void theDashboardSummaryIsReadFieldByField() {
    ObjectNode wrapped = JSON.createObjectNode();
    wrapped.putArray("sessions").add(VendorData.json("syntropic/dashboard-session-summary-item.json"));
    wrapped.put("total", 1);
    assertListReads(wrapped);
  }

  /** The comparison itself sees a changed value, a missing accessor and a lost field. */
  @Test
  void aDifferenceIsSeen() {
    JsonNode body = VendorData.json("syntropic/cli-session-show.json");
    try (VendorServer server = new VendorServer().serve("/api/v1/sessions/sess-001", 200, "application/json",
        body.toString())) {
      Object detail = client(server).sessions().get("sess-001");
      ObjectNode changed = body.deepCopy();
      changed.put("status", "failed").put("no_such_field", 1).putNull("workflow_id");
      assertEquals(3, FieldByField.differences(changed, detail).size(), FieldByField.differences(changed, detail).toString());
    }
  }

  private static void assertListReads(JsonNode body) {
    try (VendorServer server = new VendorServer().serve("/api/v1/sessions", 200, "application/json", body.toString())) {
      Object list = client(server).sessions().list(ListSessionsRequest.builder().build());
      List<String> problems = new ArrayList<>(FieldByField.differences(body, list));
      UnmappedFields.of(list).forEach(u -> problems.add("not typed " + u));
      assertEquals(List.of(), problems);
    }
  }

  private static SyntropicClient client(VendorServer server) {
    return SyntropicClient.builder().baseUrl(server.baseUrl() + "/api/v1").maxRetries(0).build();
  }
}
