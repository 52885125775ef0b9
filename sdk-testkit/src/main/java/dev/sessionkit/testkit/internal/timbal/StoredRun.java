package dev.sessionkit.testkit.internal.timbal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One stored run: its JSON as the list serves it, and what only the detail, the reactions or the filters read.
 *
 * @param json the run; the store's, never handed out
 * @param statusDetail the detail's {@code status_detail}
 * @param trace the detail's {@code trace}
 * @param rev its branch, or null for a run from before branches were recorded (which every {@code rev} matches)
 * @param metadata what the {@code metadata} filter matches (not part of the JSON)
 * @param reactions its reactions, newest first; mutable, under the store's lock
 */
public record StoredRun(ObjectNode json, JsonNode statusDetail, ArrayNode trace, String rev, Map<String, String> metadata,
    List<ObjectNode> reactions) {
  /** A run without reactions. */
  public StoredRun(ObjectNode json, JsonNode statusDetail, ArrayNode trace, String rev, Map<String, String> metadata) {
    this(json, statusDetail, trace, rev, metadata, new ArrayList<>());
  }

  /** The run id. */
  public String id() {
    return json.path("id").asText();
  }

  /** The creation time; a raw run without a readable one sorts oldest. */
  public Instant createdAt() {
    return instantOrEpoch(json);
  }

  static Instant instantOrEpoch(ObjectNode json) {
    String t = Json.text(json, "created_at");
    try {
      return t == null ? Instant.EPOCH : Instant.parse(t);
    } catch (DateTimeParseException e) {
      return Instant.EPOCH;
    }
  }
}
