package dev.sessionkit.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseInfoTest {
  @Test
  void headersAreCaseInsensitiveMultiValuedAndKeepTheirOrder() {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    sent.put("X-Request-Id", List.of("req_1"));
    sent.put("Vary", List.of("Accept", "Authorization"));
    sent.put("vary", List.of("Origin"));

    ResponseInfo info = ResponseInfo.of(200, sent);

    assertEquals(200, info.statusCode());
    assertEquals(Optional.of("req_1"), info.header("x-REQUEST-id"));
    assertEquals(List.of("Accept", "Authorization", "Origin"), info.headerValues("VARY"));
    assertEquals(List.of(), info.headerValues("absent"));
    assertEquals(List.of("req_1"), info.headers().get("x-request-id"));
    assertThrows(UnsupportedOperationException.class, () -> info.headers().put("a", List.of()));
  }

  @Test
  void theRequestIdIsReadFromTheHeadersVendorsAndGatewaysUse() {
    assertEquals(Optional.of("r1"), ResponseInfo.of(200, Map.of("request-id", List.of("r1"))).requestId());
    assertEquals(Optional.of("r2"), ResponseInfo.of(200, Map.of("X-Correlation-Id", List.of("r2"))).requestId());
    assertEquals(Optional.of("r3"), ResponseInfo.of(200,
        Map.of("x-amzn-requestid", List.of("r3"), "x-trace-id", List.of("t"))).requestId());
    assertEquals(Optional.empty(), ResponseInfo.of(204, Map.of()).requestId());
  }

  @Test
  void toStringHidesCredentialBearingHeaders() {
    ResponseInfo info = ResponseInfo.of(200, Map.of("Set-Cookie", List.of("session=abc123"),
        "X-Request-Id", List.of("req_1")));

    assertEquals("ResponseInfo[200, {Set-Cookie=****, X-Request-Id=[req_1]}]", info.toString());
  }

  @Test
  void equalResponsesAreEqual() {
    assertEquals(ResponseInfo.of(200, Map.of("A", List.of("1"))), ResponseInfo.of(200, Map.of("a", List.of("1"))));
    assertEquals(ResponseInfo.of(200, Map.of("A", List.of("1"))).hashCode(),
        ResponseInfo.of(200, Map.of("a", List.of("1"))).hashCode());
  }

  @Test
  void badArgumentsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> ResponseInfo.of(42, Map.of()));
    assertThrows(NullPointerException.class, () -> ResponseInfo.of(200, null));
    Map<String, List<String>> nullValues = new LinkedHashMap<>();
    nullValues.put("A", null);
    assertThrows(IllegalArgumentException.class, () -> ResponseInfo.of(200, nullValues));
  }

  @Test
  void observersAreAddedInOrderAndKeptByToBuilder() {
    List<String> calls = new ArrayList<>();
    RequestOptions first = RequestOptions.builder().onResponse(r -> calls.add("a")).build();
    RequestOptions both = first.toBuilder().onResponse(r -> calls.add("b")).build();

    both.responseObservers().forEach(o -> o.accept(ResponseInfo.of(200, Map.of())));

    assertEquals(List.of("a", "b"), calls);
    assertEquals(1, first.responseObservers().size(), "the first options are unchanged");
    assertTrue(both.toString().endsWith("responseObservers=2]"), both.toString());
    assertThrows(NullPointerException.class, () -> RequestOptions.builder().onResponse(null));
  }
}
