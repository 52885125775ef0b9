package dev.sessionkit.core.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.core.internal.http.ApiRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CursorCodecTest {
  private static final Set<String> PAGING = Set.of("page_token", "limit");
  private static final ApiRequest RUNNING =
      ApiRequest.get("orgs", "acme", "runs").query("status", "running").query("user_id", "u/1").build();
  private static final CursorCodec RUNS = new CursorCodec("test.runs", RUNNING, PAGING);

  private static ObjectNode state(String token) {
    return JsonNodeFactory.instance.objectNode().put("t", token);
  }

  private static String base64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCursorIsUrlSafeAndGivesBackItsState() {
    String cursor = RUNS.encode(state("a+b/c=?&é"));

    assertTrue(cursor.matches("[A-Za-z0-9_-]+"), cursor);
    assertEquals(state("a+b/c=?&é"), RUNS.decode(cursor));
    assertEquals(cursor, CursorCodec.requireKind(cursor, "test.runs"));
  }

  @Test
  void noFilterValueTravelsInACursor() {
    String json = new String(Base64.getUrlDecoder().decode(RUNS.encode(state("t"))), StandardCharsets.UTF_8);

    assertTrue(!json.contains("running") && !json.contains("u/1") && !json.contains("acme"), json);
  }

  @Test
  void theListingIsTheRequestWithoutItsPagingParametersInAnyOrder() {
    ApiRequest reordered = ApiRequest.get("orgs", "acme", "runs").query("limit", "50").query("user_id", "u/1")
        .query("status", "running").query("page_token", "t9").build();
    String cursor = RUNS.encode(state("t"));

    assertEquals(state("t"), new CursorCodec("test.runs", reordered, PAGING).decode(cursor));
  }

  @Test
  void aCursorOfAnotherListingOfTheSameKindIsRefused() {
    String cursor = RUNS.encode(state("t"));
    List<ApiRequest> others = List.of(
        ApiRequest.get("orgs", "acme", "runs").query("status", "error").query("user_id", "u/1").build(),
        ApiRequest.get("orgs", "other", "runs").query("status", "running").query("user_id", "u/1").build(),
        ApiRequest.get("orgs", "acme", "runs").query("status", "running").build(),
        // A slash inside a segment is not a path separator.
        ApiRequest.get("orgs/acme", "runs").query("status", "running").query("user_id", "u/1").build());

    for (ApiRequest other : others) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new CursorCodec("test.runs", other, PAGING).decode(cursor));
      assertEquals("cursor was made by another listing of test.runs (other filters, or another org, project, agent"
          + " or session): a cursor resumes only the listing that made it", e.getMessage());
    }
  }

  @Test
  void aCursorOfAnotherKindIsRefusedByKindAlone() {
    String cursor = RUNS.encode(state("t"));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CursorCodec.requireKind(cursor, "test.reactions"));
    assertEquals("cursor was made by a listing of test.runs, not of test.reactions: a cursor resumes only the kind"
        + " of listing that made it", e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new CursorCodec("test.reactions", RUNNING, PAGING).decode(cursor));
  }

  @Test
  void malformedCursorsAreRefusedNamingTheParameter() {
    List<String> malformed = List.of("%%%", base64("not json"), base64("[1,2]"), base64("{\"v\":1}"),
        base64("{\"v\":\"1\",\"k\":\"test.runs\",\"l\":\"x\",\"s\":{}}"),
        base64("{\"v\":1,\"k\":\"test.runs\",\"l\":\"x\",\"s\":[]}"),
        base64("{\"v\":0,\"k\":\"test.runs\",\"l\":\"x\",\"s\":{}}"));
    for (String cursor : malformed) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> CursorCodec.requireKind(cursor, "test.runs"), cursor);
      assertTrue(e.getMessage().startsWith("cursor is not a cursor SessionKit made ("), e.getMessage());
    }
    assertEquals("cursor must not be null or blank",
        assertThrows(IllegalArgumentException.class, () -> CursorCodec.requireKind(" ", "test.runs")).getMessage());
    assertThrows(IllegalArgumentException.class, () -> CursorCodec.requireKind(null, "test.runs"));
  }

  @Test
  void aCursorOfANewerFormatIsRefusedWithWhatToDo() {
    String newer = base64("{\"v\":2,\"k\":\"test.runs\",\"l\":\"x\",\"s\":{}}");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CursorCodec.requireKind(newer, "test.runs"));
    assertEquals("cursor was written by a newer SessionKit (cursor format 2; this version reads up to 1): resume"
        + " with the version that made it, or a newer one", e.getMessage());
  }

  @Test
  void aCursorSavedByThisVersionStaysReadable() {
    // Written by this version for RUNNING and the token t9. A later version must read it as it is: a new
    // format gets a new number, and this test keeps the old one readable.
    String saved = "eyJ2IjoxLCJrIjoidGVzdC5ydW5zIiwibCI6Ik05ZnJMZDRxY0FIRTh1YWIiLCJzIjp7InQiOiJ0OSJ9fQ";

    assertEquals(saved, RUNS.encode(state("t9")));
    assertEquals(state("t9"), RUNS.decode(saved));
  }
}
