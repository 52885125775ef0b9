package dev.sessionkit.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalDeserializerTest {
  private static final ObjectMapper STOCK = new ObjectMapper();
  private final SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"\"0.123400\"", "\"-1.50\"", "\"42\"", "\"007\"", "\".5\"", "\"5.\"", "\"1e3\"",
      "\"-2.5E-4\"", "\" 2.5 \"", "\"+1\"", "\"\"", "\"-\"", "\".\"", "\"1.2.3\"", "\"NaN\"", "\"12abc\"",
      "\"null\"", "0.1", "12", "-3.25e2", "null", "true", "[\"1.5\"]", "{\"a\":1}"})
  void readsWhatJacksonReadsWithTheSameOutcome(String body) {
    assertEquals(outcome(STOCK, body), outcome(SessionKitJson.mapper(), body), body);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"0.123400", "-1.50", "42", ".5", "5."})
  void plainDecimalsTakeTheFastPathAndKeepTheirScale(String text) throws Exception {
    assertTrue(DecimalDeserializer.isPlainDecimal(text));
    BigDecimal read = json.readerFor(BigDecimal.class).readValue("\"" + text + "\"");
    assertEquals(new BigDecimal(text), read);
    assertEquals(new BigDecimal(text).scale(), read.scale());
  }

  @ParameterizedTest(name = "[{0}]")
  @ValueSource(strings = {"", "-", ".", "1.2.3", "1e3", " 1", "+1", "--1", "1-"})
  void anythingElseIsLeftToJackson(String text) {
    assertFalse(DecimalDeserializer.isPlainDecimal(text));
  }

  @ParameterizedTest
  @ValueSource(ints = {64, 65, 1001})
  void longStringsAreLeftToJacksonAndItsLengthLimit(int length) {
    String digits = "1".repeat(length);
    assertEquals(length <= 64, DecimalDeserializer.isPlainDecimal(digits));
    String body = "\"" + digits + "\"";
    assertEquals(outcome(STOCK, body), outcome(SessionKitJson.mapper(), body));
  }

  /** The value read, or the class of what was thrown. */
  private static Object outcome(ObjectMapper mapper, String body) {
    try {
      BigDecimal v = mapper.readValue(body, BigDecimal.class);
      return v == null ? "null" : v.toString();
    } catch (Exception e) {
      return e.getClass();
    }
  }
}
