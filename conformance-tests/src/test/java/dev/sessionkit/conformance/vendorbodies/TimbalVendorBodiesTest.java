package dev.sessionkit.conformance.vendorbodies;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.conformance.vendordata.VendorData;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.RunDetail;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Timbal's own trace (the docs' span, built with timbal's {@code Span} and dumped as the platform tracer
 * sends it) read through the public client as a run's {@code trace}: every field of every span lands in the
 * accessor the SDK's naming rule gives it, and none is left over.
 */
class TimbalVendorBodiesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theVendorsSpansAreReadFieldByField() {
    JsonNode spans = VendorData.json("timbal/trace-docs-span.json");
    // Our own run around the vendor's spans: the fields RunDetail requires, values of our choosing.
    ObjectNode run = JSON.createObjectNode().put("id", "run-1").put("status", "success").put("cost_usd", 0.0012)
        .put("cost_credits", 1.2).put("created_at", "2026-08-20T09:14:04Z").put("idempotency_key", "key-1");
    run.putObject("user").put("id", "u-1");
    run.set("trace", spans);
    try (VendorServer server = new VendorServer()
        .serve("/orgs/o/projects/p/runs/run-1", 200, "application/json", run.toString())) {
      TimbalClient client = TimbalClient.builder().baseUrl(server.baseUrl()).apiKey("tk_test").orgId("o")
          .projectId("p").maxRetries(0).build();
      RunDetail detail = client.runs().get(GetRunRequest.builder().runId("run-1").build());
      List<String> problems = new ArrayList<>(FieldByField.differences(spans, detail.trace()));
      UnmappedFields.of(detail.trace()).forEach(u -> problems.add("not typed " + u));
      assertEquals(List.of(), problems);
    }
  }
}
