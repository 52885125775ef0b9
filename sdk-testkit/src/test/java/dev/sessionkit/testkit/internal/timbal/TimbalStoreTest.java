package dev.sessionkit.testkit.internal.timbal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimbalStoreTest {
  private static ObjectNode run(String id, String created, Long durationMs, String key) {
    ObjectNode json = Json.object().put("id", id).put("created_at", created).put("idempotency_key", key);
    return durationMs == null ? json.putNull("duration_ms") : json.put("duration_ms", durationMs);
  }

  private static TimbalStore store() {
    TimbalStore store = new TimbalStore(List.of(), List.of());
    store.addRawRun(run("r-b", "2026-05-02T00:00:00Z", 300L, "k-b"));
    store.addRawRun(run("r-a", "2026-05-03T00:00:00Z", null, "k-a"));
    store.addRawRun(run("r-c", "2026-05-01T00:00:00Z", 300L, "k-c"));
    store.addRawRun(run("r-d", "2026-05-01T00:00:00Z", 100L, "k-d"));
    return store;
  }

  private static List<String> ids(List<ObjectNode> runs) {
    return runs.stream().map(r -> r.path("id").asText()).toList();
  }

  @Test
  void runsSortByTheKeyThenTheIdInOneDirectionWithoutTheKeyLast() {
    TimbalStore store = store();

    assertEquals(List.of("r-a", "r-b", "r-d", "r-c"), ids(store.runs(r -> true, "created_at", true)));
    assertEquals(List.of("r-c", "r-d", "r-b", "r-a"), ids(store.runs(r -> true, "created_at", false)));
    assertEquals(List.of("r-c", "r-b", "r-d", "r-a"), ids(store.runs(r -> true, "duration_ms", true)));
    assertEquals(List.of("r-d", "r-b", "r-c", "r-a"), ids(store.runs(r -> true, "duration_ms", false)));
    assertEquals(List.of("r-b", "r-c"), ids(store.runs(r -> r.json().path("duration_ms").asLong() == 300, "id", false)));
  }

  @Test
  void aRunIsFoundByIdBeforeIdempotencyKeyAndReactionsComeNewestFirst() {
    TimbalStore store = store();
    store.addRawRun(run("k-a", "2026-05-04T00:00:00Z", 1L, "other"));

    assertEquals("k-a", store.runDetail("k-a").orElseThrow().path("id").asText());
    assertEquals("r-b", store.runDetail("k-b").orElseThrow().path("id").asText());
    assertEquals(Optional.empty(), store.runDetail("nope"));
    assertTrue(store.react("k-b", () -> Json.object().put("id", "x1").put("sentiment", "positive")));
    assertTrue(store.react("r-b", () -> Json.object().put("id", "x2").put("sentiment", "negative")));
    assertFalse(store.react("nope", () -> {
      throw new AssertionError("no reaction is made for a run that does not exist");
    }));

    assertEquals(List.of("x2", "x1"), ids(store.reactions("r-b").orElseThrow()));
    assertEquals("negative", store.runs(r -> r.id().equals("r-b"), "id", true).get(0).path("last_reaction_sentiment")
        .asText());
  }

  @Test
  void rawRecordsAreCheckedAndKeptApartFromWhatTheyReturn() {
    TimbalStore store = store();

    IllegalArgumentException taken = assertThrows(IllegalArgumentException.class,
        () -> store.addRawRun(run("r-a", "2026-05-03T00:00:00Z", null, "k")));
    assertEquals("a run with id r-a already exists", taken.getMessage());
    IllegalArgumentException date = assertThrows(IllegalArgumentException.class,
        () -> store.addRawRun(run("r-x", "yesterday", null, "k")));
    assertEquals("created_at must be ISO 8601, was \"yesterday\"", date.getMessage());
    ObjectNode session = Json.object().put("id", "s-1").put("created_at", "2026-05-01T00:00:00Z").put("user_id", "u");
    session.putArray("messages").addObject().put("id", "m-1");

    ObjectNode listed = store.addRawSession(session);
    listed.put("user_id", "changed");

    assertFalse(listed.has("messages"));
    assertEquals(List.of("s-1"), ids(store.sessions("user_id", "u")));
    assertEquals("m-1", store.session("s-1").orElseThrow().path("messages").path(0).path("id").asText());
  }
}
