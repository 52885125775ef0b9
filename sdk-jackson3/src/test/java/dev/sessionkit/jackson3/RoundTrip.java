package dev.sessionkit.jackson3;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/** Writes values with Jackson 3 and with the SDK's Jackson 2 mapper, and checks the two agree. */
final class RoundTrip {
  /** A Jackson 3 mapper as Spring Boot 4 makes one: with every module that ServiceLoader finds. */
  static final JsonMapper JACKSON3 = JsonMapper.builder().findAndAddModules().build();

  /** What the SDK writes and reads with. */
  static final ObjectMapper SDK = SessionKitJson.mapper();

  private RoundTrip() {}

  /**
   * Jackson 3 writes exactly the JSON the SDK's Jackson 2 mapper writes (the same text, so the same tree), and
   * reads it back as a value equal to the original.
   *
   * @return the JSON
   */
  static <T> String check(T value, Class<T> type) throws Exception {
    String jackson2 = SDK.writeValueAsString(value);
    String jackson3 = JACKSON3.writeValueAsString(value);
    assertEquals(jackson2, jackson3, () -> type.getSimpleName() + " as Jackson 3 writes it");
    assertEquals(SDK.readTree(jackson2), SDK.readTree(jackson3));
    assertFalse(jackson3.contains("\"nodeType\""), jackson3);
    T back = JACKSON3.readValue(jackson3, type);
    assertEquals(value, back, () -> type.getSimpleName() + " read back by Jackson 3 from " + jackson3);
    assertEquals(jackson2, SDK.writeValueAsString(back));
    return jackson3;
  }

  /** {@link #check} for each; at least one, so that an empty fixture cannot pass unnoticed. */
  static <T> void checkAll(List<? extends T> values, Class<T> type) throws Exception {
    assertFalse(values.isEmpty(), "no " + type.getSimpleName() + " to check");
    for (T value : values) {
      check(value, type);
    }
    // And as a list, as a controller returns one: Jackson 3 owns the array, the bridge each element.
    String list = JACKSON3.writeValueAsString(values);
    assertTrue(list.startsWith("["), list);
    assertEquals(SDK.readTree(SDK.writeValueAsString(values)), SDK.readTree(list));
    assertEquals(values, JACKSON3.readValue(list,
        JACKSON3.getTypeFactory().constructCollectionType(List.class, type)));
  }
}
