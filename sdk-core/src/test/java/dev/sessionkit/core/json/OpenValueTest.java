package dev.sessionkit.core.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenValueTest {
  static final class Colour extends OpenValue {
    static final Colour RED = new Colour("red", true);
    private static final Map<String, Colour> KNOWN = index(RED);

    private Colour(String v, boolean known) {
      super(v, known);
    }

    @JsonCreator
    static Colour of(String v) {
      return lookup(KNOWN, v, x -> new Colour(x, false));
    }
  }

  @Test
  void knownValuesAreTheConstantsAndUnknownOnesAreKept() throws Exception {
    SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);
    assertSame(Colour.RED, json.readerFor(Colour.class).readValue("\"red\""));
    Colour teal = json.readerFor(Colour.class).readValue("\"teal\"");
    assertEquals("teal", teal.value());
    assertFalse(teal.isKnown());
    assertTrue(Colour.RED.isKnown());
    assertEquals(Colour.of("teal"), teal);
    assertNotEquals(Colour.RED, teal);
    assertEquals("\"teal\"", SessionKitJson.mapper().writeValueAsString(teal));
  }
}
