package dev.sessionkit.timbal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SuccessEnvelopeTest {
  private final SessionKitJson json = new SessionKitJson(ZoneOffset.UTC);

  record Item(String id, BigDecimal cost) {}

  private <T> T read(String body, Class<T> type) throws IOException {
    return SuccessEnvelope.read(stream(body), json.readerFor(type));
  }

  private static InputStream stream(String body) {
    return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aPlainObjectIsReadWhole() throws Exception {
    assertEquals(new Item("a", new BigDecimal("0.10")), read("{\"id\": \"a\", \"cost\": 0.10}", Item.class));
  }

  @Test
  void anEnvelopedObjectIsUnwrapped() throws Exception {
    assertEquals(new Item("a", new BigDecimal("0.10")),
        read(" {\"success\" : {\"id\": \"a\", \"cost\": 0.10}} \n", Item.class));
  }

  @Test
  void anEnvelopedArrayIsUnwrapped() throws Exception {
    ObjectReader reader = json.readerFor(new com.fasterxml.jackson.core.type.TypeReference<List<Item>>() {}.getType());
    List<Item> items = SuccessEnvelope.read(stream("{\"success\": [{\"id\": \"a\"}, {\"id\": \"b\"}]}"), reader);

    assertEquals(List.of(new Item("a", null), new Item("b", null)), items);
  }

  @Test
  void aFirstFieldNamedSuccessWithAScalarValueIsAnOrdinaryField() throws Exception {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = read("{\"success\": true, \"id\": \"a\"}", Map.class);

    assertEquals(Map.of("success", true, "id", "a"), map);
  }

  @Test
  void aSuccessFieldThatIsNotFirstIsAnOrdinaryField() throws Exception {
    JsonNode node = read("{\"id\": \"a\", \"success\": {\"x\": 1}}", JsonNode.class);

    assertEquals("{\"id\":\"a\",\"success\":{\"x\":1}}", node.toString());
  }

  @Test
  void anEmptyObjectIsReadAsOne() throws Exception {
    assertEquals("{}", read("{}", JsonNode.class).toString());
  }

  @Test
  void anEnvelopeWithOtherFieldsBesideIsRefused() {
    JsonProcessingException e = assertThrows(JsonProcessingException.class,
        () -> read("{\"success\": {\"id\": \"a\"}, \"error\": null}", Item.class));

    assertTrue(e.getOriginalMessage().contains("other fields beside \"success\""), e.getOriginalMessage());
  }

  @Test
  void contentAfterTheValueIsRefusedWrappedOrNot() {
    assertThrows(JsonProcessingException.class, () -> read("{\"id\": \"a\"} {\"id\": \"b\"}", Item.class));
    assertThrows(JsonProcessingException.class, () -> read("{\"success\": {\"id\": \"a\"}} []", Item.class));
    assertThrows(JsonProcessingException.class, () -> read("[1] 2", JsonNode.class));
  }

  @Test
  void anEmptyBodyIsAnError() {
    assertThrows(JsonProcessingException.class, () -> read("", Item.class));
  }

  @Test
  void theBodyIsLeftOpenForTheTransportToDrain() throws Exception {
    AtomicBoolean closed = new AtomicBoolean();
    InputStream body = new java.io.FilterInputStream(stream("{\"success\": {\"id\": \"a\"}}   ")) {
      @Override
      public void close() {
        closed.set(true);
      }
    };

    SuccessEnvelope.read(body, json.readerFor(Item.class));

    assertEquals(false, closed.get());
  }
}
