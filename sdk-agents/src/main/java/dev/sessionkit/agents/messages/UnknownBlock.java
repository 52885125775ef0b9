package dev.sessionkit.agents.messages;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * A content block whose {@code type} this SDK version does not know (or that is not a JSON object), kept as
 * the server sent it so that nothing is lost and a new block type never breaks a client. Written back as
 * the same JSON. Immutable.
 */
public final class UnknownBlock implements ContentBlock {
  private final JsonNode raw;

  /**
   * @param raw the block as sent, not null; it must not be changed afterwards
   */
  public UnknownBlock(JsonNode raw) {
    this.raw = Objects.requireNonNull(raw, "raw").deepCopy();
  }

  /** The {@code type} field as sent, or an empty string when there is none. */
  @Override
  public String type() {
    JsonNode type = raw.get("type");
    return type != null && type.isValueNode() && !type.isNull() ? type.asText() : "";
  }

  /**
   * The block as the server sent it.
   *
   * @return a copy of the JSON, safe to change
   */
  @JsonValue
  public JsonNode raw() {
    return raw.deepCopy();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UnknownBlock && ((UnknownBlock) o).raw.equals(raw);
  }

  @Override
  public int hashCode() {
    return raw.hashCode();
  }

  @Override
  public String toString() {
    return "UnknownBlock" + raw;
  }
}
