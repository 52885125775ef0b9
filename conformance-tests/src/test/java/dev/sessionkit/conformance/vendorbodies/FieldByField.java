package dev.sessionkit.conformance.vendorbodies;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Compares a vendor's JSON with what the SDK read from it, field by field, through the accessor the SDK's
 * naming rule gives each field (DESIGN.md: the camelCase of the JSON name, {@code is_} dropped): same value,
 * same absence. Timestamps compare as instants (a naive one as UTC, the clients' default zone), numbers by
 * value, open-set values by their text.
 */
final class FieldByField {
  private FieldByField() {}

  /**
   * Every difference between the JSON and the model.
   *
   * @param json the vendor's body (or part of it)
   * @param model the SDK's value read from it
   * @return lines like {@code $.operations[0].success: JSON true, SDK Optional.empty}; empty when they agree
   */
  static List<String> differences(JsonNode json, Object model) {
    List<String> out = new ArrayList<>();
    compare(json, model, "$", out);
    return out;
  }

  private static void compare(JsonNode json, Object value, String path, List<String> out) {
    Object v = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (json == null || json.isNull() || json.isMissingNode()) {
      boolean empty = v == null || (v instanceof Collection<?> c && c.isEmpty()) || (v instanceof Map<?, ?> m && m.isEmpty())
          || (v instanceof JsonNode n && n.isNull());
      if (!empty) {
        out.add(path + ": JSON null, SDK " + v);
      }
      return;
    }
    if (v == null) {
      out.add(path + ": JSON " + json + ", SDK empty");
      return;
    }
    if (v instanceof JsonNode node) {
      if (!equalJson(json, node)) {
        out.add(path + ": JSON " + json + ", SDK " + node);
      }
    } else if (json.isObject()) {
      compareObject(json, v, path, out);
    } else if (json.isArray()) {
      if (!(v instanceof List<?> list) || list.size() != json.size()) {
        out.add(path + ": JSON array of " + json.size() + ", SDK " + v);
        return;
      }
      for (int i = 0; i < json.size(); i++) {
        compare(json.get(i), list.get(i), path + "[" + i + "]", out);
      }
    } else if (!sameScalar(json, v)) {
      out.add(path + ": JSON " + json + ", SDK " + v);
    }
  }

  private static void compareObject(JsonNode json, Object v, String path, List<String> out) {
    if (v instanceof Map<?, ?> map) {
      json.properties().forEach(e -> compare(e.getValue(), map.get(e.getKey()), path + "." + e.getKey(), out));
      return;
    }
    for (Map.Entry<String, JsonNode> field : json.properties()) {
      Optional<Method> accessor = accessor(v, field.getKey());
      if (accessor.isEmpty()) {
        out.add(path + "." + field.getKey() + ": no accessor " + camel(field.getKey()) + "() on " + v.getClass().getSimpleName());
        continue;
      }
      try {
        accessor.get().setAccessible(true);
        compare(field.getValue(), accessor.get().invoke(v), path + "." + field.getKey(), out);
      } catch (ReflectiveOperationException e) {
        out.add(path + "." + field.getKey() + ": " + e);
      }
    }
  }

  private static Optional<Method> accessor(Object model, String jsonName) {
    String name = camel(jsonName.startsWith("is_") ? jsonName.substring(3) : jsonName);
    try {
      return Optional.of(model.getClass().getMethod(name));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  static String camel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean up = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        up = true;
      } else {
        out.append(up ? Character.toUpperCase(c) : c);
        up = false;
      }
    }
    return out.toString();
  }

  private static boolean sameScalar(JsonNode json, Object v) {
    if (v instanceof Instant instant) {
      return json.isNumber() ? instant.toEpochMilli() == json.asLong() : instant(json.asText()).equals(Optional.of(instant));
    }
    if (v instanceof Number n) {
      return (json.isNumber() || json.isTextual()) && decimal(json.asText()).map(d -> d.compareTo(new BigDecimal(n.toString())) == 0).orElse(false);
    }
    if (v instanceof Boolean b) {
      return json.isBoolean() && json.asBoolean() == b;
    }
    if (v instanceof String s) {
      return json.isTextual() && json.asText().equals(s);
    }
    // An open-set value (a status, a role, …): compared by its text.
    return json.isTextual() && json.asText().equals(openValueText(v));
  }

  private static String openValueText(Object v) {
    try {
      return String.valueOf(v.getClass().getMethod("value").invoke(v));
    } catch (ReflectiveOperationException e) {
      return v.toString();
    }
  }

  private static Optional<BigDecimal> decimal(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> instant(String text) {
    String t = text.trim().replace(' ', 'T');
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException e) {
      try {
        return Optional.of(LocalDateTime.parse(t).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException e2) {
        return Optional.empty();
      }
    }
  }

  private static boolean equalJson(JsonNode a, JsonNode b) {
    return a.equals(b) || (a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0)
        || a.toString().toLowerCase(Locale.ROOT).equals(b.toString().toLowerCase(Locale.ROOT)) && a.isNumber();
  }
}
