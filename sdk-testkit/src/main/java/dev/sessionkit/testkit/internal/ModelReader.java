package dev.sessionkit.testkit.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.IOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a fake's wire JSON as the SDK's models, with the SDK's own JSON reading and a client's zones, so that a
 * typed view equals what a client of the fake lists. Thread-safe.
 */
public final class ModelReader {
  private final SessionKitJson json;

  /**
   * @param serverTimeZone the zone a client of the fake reads naive host times in
   * @param storageTimeZone the zone a client of the fake reads naive storage times in
   */
  public ModelReader(ZoneId serverTimeZone, ZoneId storageTimeZone) {
    this.json = new SessionKitJson(serverTimeZone, storageTimeZone);
  }

  /**
   * One record as the model. It goes through bytes, as on the wire: a node built in memory holds other number
   * types (a long where a parsed one has an int) than the node a client reads.
   *
   * @throws IllegalStateException when the record does not read as the model (raw JSON a test added)
   */
  public <T> T read(JsonNode node, Class<T> type) {
    try {
      return json.readerFor(type).readValue(SessionKitJson.mapper().writeValueAsBytes(node));
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException("a record of the fake does not read as " + type.getSimpleName()
          + " (read it with the *Json accessor): " + e.getMessage(), e);
    }
  }

  /** Each record as the model, in order; unmodifiable. */
  public <T> List<T> readAll(List<? extends JsonNode> nodes, Class<T> type) {
    List<T> out = new ArrayList<>(nodes.size());
    for (JsonNode node : nodes) {
      out.add(read(node, type));
    }
    return List.copyOf(out);
  }
}
