package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordedRequestTest {

  @Test
  void aRecordedRequestKeepsWhatCameOffTheWireAndCopiesItsHeaders() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    List<String> accept = new ArrayList<>(List.of("application/json"));
    headers.put("accept", accept);
    RecordedRequest r = RecordedRequest.of("GET", "/orgs/o/projects/p/runs/a%2Fb",
        "status=success&user_id=u%201&status=failed", headers, "");
    accept.add("text/plain");
    headers.put("x-later", List.of("1"));

    assertEquals("GET", r.method());
    assertEquals("/orgs/o/projects/p/runs/a%2Fb", r.path());
    assertEquals("status=success&user_id=u%201&status=failed", r.query());
    assertEquals(Map.of("accept", List.of("application/json")), r.headers());
    assertEquals("", r.body());
    assertEquals(Optional.of("application/json"), r.header("Accept"));
    assertEquals(Optional.empty(), r.header("x-later"));
    assertEquals(Optional.of("success"), r.queryParam("status"));
    assertEquals(Optional.of("u 1"), r.queryParam("user_id"));
    assertEquals(List.of("success", "failed"), r.queryParams().get("status"));
    assertEquals("GET /orgs/o/projects/p/runs/a%2Fb?status=success&user_id=u%201&status=failed", r.toString());
    assertThrows(UnsupportedOperationException.class, () -> r.headers().get("accept").add("x"));

    RecordedRequest same = RecordedRequest.of("GET", r.path(), r.query(), Map.of("accept",
        List.of("application/json")), "");
    assertEquals(same, r);
    assertEquals(same.hashCode(), r.hashCode());
    assertNotEquals(RecordedRequest.of("POST", r.path(), r.query(), r.headers(), ""), r);
    assertThrows(NullPointerException.class, () -> RecordedRequest.of("GET", null, "", Map.of(), ""));
  }
}
