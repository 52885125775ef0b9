package dev.sessionkit.core.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SampleModelBindingTest {
  private final SessionKitJson json = new SessionKitJson(ZoneId.of("UTC"));

  @Test
  void bindsEveryKindOfFieldAndKeepsUnknownOnes() throws Exception {
    SampleModel m = json.readerFor(SampleModel.class).readValue("{\"id\":\"s1\",\"cost_usd\":0.1234000,"
        + "\"started_at\":\"2026-05-01 12:00:00.5+00:00\",\"model\":null,\"turn_count\":3,\"is_running\":true,"
        + "\"tags\":[\"a\",\"b\"],\"model_usage\":{\"gpt\":{\"in\":1}},\"brand_new\":{\"x\":[1,2]}}");
    assertEquals("s1", m.id());
    assertEquals(new BigDecimal("0.1234000"), m.costUsd());
    assertEquals(Optional.of(Instant.parse("2026-05-01T12:00:00.5Z")), m.startedAt());
    assertEquals(Optional.empty(), m.model());
    assertEquals(3, m.turnCount());
    assertTrue(m.running());
    assertEquals(List.of("a", "b"), m.tags());
    assertEquals(1, m.modelUsage().orElseThrow().get("gpt").get("in").asInt());
    assertEquals("{\"x\":[1,2]}", m.additionalProperties().get("brand_new").toString());
  }

  @Test
  void absentOptionalsCountersAndListsTakeTheirDefaults() throws Exception {
    SampleModel m = json.readerFor(SampleModel.class).readValue("{\"id\":\"s1\",\"cost_usd\":1}");
    assertEquals(Optional.empty(), m.startedAt());
    assertEquals(0, m.turnCount());
    assertFalse(m.running());
    assertEquals(List.of(), m.tags());
    assertTrue(m.additionalProperties().isEmpty());
  }

  @Test
  void aMissingRequiredFieldIsAMappingErrorThatNamesIt() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> json.readerFor(SampleModel.class).readValue("{\"cost_usd\":1}"));
    assertTrue(e.getMessage().contains("required attributes are not set [id]"), e.getMessage());
  }

  @Test
  void aJsonNullReadsAsIfTheFieldWereAbsent() throws Exception {
    SampleModel m = json.readerFor(SampleModel.class).readValue("{\"id\":\"s1\",\"cost_usd\":1,\"started_at\":null,"
        + "\"model\":null,\"turn_count\":null,\"is_running\":null,\"tags\":null,\"model_usage\":null}");
    assertEquals(SampleModel.builder().id("s1").costUsd(BigDecimal.ONE).build(), m);
  }

  @Test
  void aJsonNullInARequiredFieldIsAMappingErrorThatNamesIt() {
    JsonMappingException e = assertThrows(JsonMappingException.class,
        () -> json.readerFor(SampleModel.class).readValue("{\"id\":null,\"cost_usd\":1}"));
    assertTrue(e.getMessage().contains("required attributes are not set [id]"), e.getMessage());
  }

  @Test
  void aFieldNamedAdditionalPropertiesIsAnUnknownFieldLikeAnyOther() throws Exception {
    SampleModel m = json.readerFor(SampleModel.class).readValue("{\"id\":\"s1\",\"cost_usd\":1,\"a\":1,"
        + "\"additionalProperties\":{\"b\":2},\"z\":true}");
    assertEquals("{\"a\":1,\"additionalProperties\":{\"b\":2},\"z\":true}",
        SessionKitJson.mapper().writeValueAsString(m.additionalProperties()));

    SampleModel text = json.readerFor(SampleModel.class).readValue("{\"id\":\"s1\",\"cost_usd\":1,"
        + "\"additionalProperties\":\"x\"}");
    assertEquals("x", text.additionalProperties().get("additionalProperties").asText());
  }

  /** A vendor's own response type, as a record (Timbal's runs page is one). */
  record Listing(List<SampleModel> items) {}

  @Test
  void aNullElementOfAListIsAMappingErrorNotANullItem() {
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> json.readerFor(SampleModel.class)
        .readValue("{\"id\":\"s1\",\"cost_usd\":1,\"tags\":[\"a\",null]}"));
    assertTrue(e.getOriginalMessage().startsWith("Invalid `null` value encountered for property \"tags\""),
        e.getOriginalMessage());
    assertFalse(e.getCause() instanceof NullPointerException, "a Jackson error, not a builder's NPE");
    assertThrows(JsonMappingException.class, () -> json.readerFor(Listing.class)
        .readValue("{\"items\":[null,{\"id\":\"s1\",\"cost_usd\":1}]}"));
  }

  @Test
  void nullValuesInsideMapsAndJsonStillRead() throws Exception {
    SampleModel m = json.readerFor(SampleModel.class).readValue("{\"id\":\"s1\",\"cost_usd\":1,"
        + "\"model_usage\":{\"gpt\":null,\"list\":[null]},\"extra\":[null]}");
    assertTrue(m.modelUsage().orElseThrow().get("gpt").isNull());
    assertTrue(m.additionalProperties().get("extra").get(0).isNull());
  }

  @Test
  void usersBuildModelsThroughThePublicBuilder() throws Exception {
    SampleModel m = SampleModel.builder().id("x").costUsd(BigDecimal.ONE).model("gpt").build();
    assertEquals(Optional.of("gpt"), m.model());
    String written = SessionKitJson.mapper().writeValueAsString(m);
    SampleModel back = json.readerFor(SampleModel.class).readValue(written);
    assertEquals(m, back);
  }
}
