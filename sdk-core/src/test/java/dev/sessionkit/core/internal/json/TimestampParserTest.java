package dev.sessionkit.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampParserTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2026-05-01T12:00:00Z                  | 2026-05-01T12:00:00Z",
      "2026-05-01 12:00:00+00:00             | 2026-05-01T12:00:00Z",
      "2026-05-01 12:00:00.123456+00:00      | 2026-05-01T12:00:00.123456Z",
      "2026-05-01t12:00:00.1z                | 2026-05-01T12:00:00.100Z",
      "2026-05-01T12:00:00.123456789Z        | 2026-05-01T12:00:00.123456789Z",
      "2026-05-01T14:30:00+02:30             | 2026-05-01T12:00:00Z",
      "2026-05-01T07:00:00-0500              | 2026-05-01T12:00:00Z",
      "2026-05-01T13:00:00+01                | 2026-05-01T12:00:00Z",
      "2026-05-02T06:00:00+18:00             | 2026-05-01T12:00:00Z",
      "2026-04-30T18:00:00-18:00             | 2026-05-01T12:00:00Z",
      "2026-05-01T11:15:00-00:45             | 2026-05-01T12:00:00Z",
      "2026-05-01T12:00:00-00:00             | 2026-05-01T12:00:00Z",
      "2026-05-01T12:00Z                     | 2026-05-01T12:00:00Z",
      "2026-05-01T12:00:00,5Z                | 2026-05-01T12:00:00.5Z",
      "2026-05-01T12:00:00.123456            | 2026-05-01T12:00:00.123456Z",
      "2026-05-01 12:00:00                   | 2026-05-01T12:00:00Z",
      "2026-05-01                            | 2026-05-01T00:00:00Z",
  })
  void readsEveryFormTheServersSend(String text, String expected) {
    assertEquals(Instant.parse(expected), TimestampParser.parse(text, ZoneOffset.UTC));
  }

  @Test
  void readsNaiveTimesInTheGivenZone() {
    assertEquals(Instant.parse("2026-05-01T10:00:00Z"),
        TimestampParser.parse("2026-05-01T12:00:00", ZoneId.of("Europe/Madrid")));
    assertEquals(Instant.parse("2026-05-01T12:00:00Z"),
        TimestampParser.parse("2026-05-01T12:00:00Z", ZoneId.of("Europe/Madrid")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "yesterday", "2026-13-01T00:00:00Z", "2026-05-01X12:00:00Z", "2026-05-01T12:00:00.Z",
      "2026-05-01T12:00:00.1234567890Z", "2026-05-01T12:00:00+2", "2026-05-01T25:00:00Z", "2026-5-1",
      "2026-05-01T12:00:00+18:01", "2026-05-01T12:00:00+19:00", "2026-05-01T12:00:00+01:60", "2026-05-01T12:00:00+01:0x",
      "2026-05-01T12:00:00+01:00:00"})
  void refusesWhatIsNoTimestampWithAMessageThatQuotesIt(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimestampParser.parse(text, ZoneOffset.UTC));
    assertEquals("not a timestamp: \"" + text.trim() + "\"", e.getMessage());
  }

  @Test
  void theMapperReadsStringsAndEpochMillisAndCarriesTheClientZone() throws Exception {
    SessionKitJson madrid = new SessionKitJson(ZoneId.of("Europe/Madrid"));
    assertEquals(Instant.parse("2026-05-01T10:00:00Z"),
        madrid.readerFor(Instant.class).readValue("\"2026-05-01 12:00:00\""));
    assertEquals(Instant.ofEpochMilli(1767225600000L),
        madrid.readerFor(Instant.class).readValue("1767225600000"));
    assertThrows(InvalidFormatException.class, () -> madrid.readerFor(Instant.class).readValue("\"soon\""));
  }

  @Test
  void theMapperWritesInstantsAsIsoStringsInUtc() throws Exception {
    assertEquals("\"2026-05-01T12:00:00Z\"",
        SessionKitJson.mapper().writeValueAsString(Instant.parse("2026-05-01T12:00:00Z")));
    assertEquals("\"2026-05-01T12:00:00.123456789Z\"",
        SessionKitJson.mapper().writeValueAsString(Instant.parse("2026-05-01T12:00:00.123456789Z")));
    assertEquals("{\"t\":\"1970-01-01T00:00:00.001Z\"}",
        SessionKitJson.mapper().writeValueAsString(java.util.Map.of("t", Instant.ofEpochMilli(1))));
  }
}
