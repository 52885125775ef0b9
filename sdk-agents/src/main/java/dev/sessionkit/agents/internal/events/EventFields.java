package dev.sessionkit.agents.internal.events;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The copies the event records' constructors make of their lists and maps: unmodifiable, in the order given,
 * and empty for a null, which is what Jackson passes for a list or map the server left out.
 */
final class EventFields {
  private EventFields() {}

  static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  // Not Map.copyOf: it loses the order of the server's maps (metadata, unknown fields), which users print and
  // write back.
  static <V> Map<String, V> copy(Map<String, V> map) {
    if (map == null || map.isEmpty()) {
      return Map.of();
    }
    Map<String, V> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> {
      if (k == null || v == null) {
        throw new NullPointerException("a null key or value in a map, at key " + k);
      }
      copy.put(k, v);
    });
    return Collections.unmodifiableMap(copy);
  }
}
