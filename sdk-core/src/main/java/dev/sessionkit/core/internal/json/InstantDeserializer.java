package dev.sessionkit.core.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * {@link Instant} from any of the forms {@link TimestampParser} reads, or from a number of epoch
 * milliseconds (Timbal's integer times). Naive times are read in the zone the reader carries as the
 * attribute {@link #ZONE_ATTRIBUTE} (a client setting), UTC when it carries none.
 */
final class InstantDeserializer extends StdScalarDeserializer<Instant> {
  private static final long serialVersionUID = 1L;

  /** The {@code ObjectReader} attribute that holds the zone of naive timestamps. */
  static final String ZONE_ATTRIBUTE = "dev.sessionkit.serverZone";

  private final String zoneAttribute;

  InstantDeserializer() {
    this(ZONE_ATTRIBUTE);
  }

  /** @param zoneAttribute the reader attribute that holds the zone of this deserializer's naive times */
  InstantDeserializer(String zoneAttribute) {
    super(Instant.class);
    this.zoneAttribute = zoneAttribute;
  }

  @Override
  public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      Object zone = ctxt.getAttribute(zoneAttribute);
      try {
        return TimestampParser.parse(p.getText(), zone instanceof ZoneId ? (ZoneId) zone : ZoneOffset.UTC);
      } catch (IllegalArgumentException e) {
        return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(), e.getMessage());
      }
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return Instant.ofEpochMilli(p.getLongValue());
    }
    if (t == JsonToken.VALUE_NUMBER_FLOAT) {
      return Instant.ofEpochMilli(p.getDecimalValue().longValue());
    }
    return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
  }
}
