package dev.sessionkit.agents.internal.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads a JSON object into a model record (the stream's events) whose last component,
 * {@code additionalProperties}, keeps the fields the record does not name, in the order sent.
 *
 * <p>Jackson binds a record through its canonical constructor, but has no {@code @JsonAnySetter} for one in
 * 2.15, the oldest line the SDK supports: unknown fields would be dropped. So the object is split here. The
 * fields a component names with {@code @JsonProperty} stay for Jackson to bind; every other field goes, in
 * order, into an object handed to the constructor as its {@code additionalProperties} (which the record writes
 * back flat, through {@code AgentEvent}'s {@code @JsonAnyGetter}). A server field that happens to be called
 * {@code additionalProperties} is no component name, so it is an unknown field like any other.
 *
 * <p>A JSON null for a named field is left out, so that it reads as if absent (an empty {@code Optional}, an
 * empty list, 0, a missing required field): what the SDK's mapper does for the builder-based models
 * ({@code Nulls.SKIP}), and what Jackson does not do for a constructor's parameters, where a null would reach
 * a primitive or an {@code Optional}.
 */
final class RecordReader {
  /** The component that keeps unknown fields. */
  static final String UNKNOWN_FIELDS = "additionalProperties";

  /** The field that chose the record: its class, not an unknown field; the record writes it back itself. */
  private static final String TYPE = "type";

  private static final ClassValue<Set<String>> NAMES = new ClassValue<>() {
    @Override
    protected Set<String> computeValue(Class<?> type) {
      return names(type);
    }
  };

  private RecordReader() {}

  /**
   * Binds {@code node} to {@code type}.
   *
   * @throws com.fasterxml.jackson.databind.DatabindException when Jackson cannot bind it, or the record's
   *     constructor refuses it (a required field missing)
   */
  static <T> T read(ObjectNode node, Class<T> type, DeserializationContext ctxt) throws IOException {
    Set<String> names = NAMES.get(type);
    ObjectNode known = ctxt.getNodeFactory().objectNode();
    ObjectNode unknown = ctxt.getNodeFactory().objectNode();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (names.contains(name)) {
        if (!field.getValue().isNull()) {
          known.set(name, field.getValue());
        }
      } else if (!name.equals(TYPE)) {
        unknown.set(name, field.getValue());
      }
    }
    known.set(UNKNOWN_FIELDS, unknown);
    return ctxt.readTreeAsValue(known, type);
  }

  /** The JSON names of the record's components but {@code additionalProperties}. */
  private static Set<String> names(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    if (components == null || components.length == 0
        || !components[components.length - 1].getName().equals(UNKNOWN_FIELDS)) {
      throw new IllegalStateException(type + " is no record ending with " + UNKNOWN_FIELDS);
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < components.length - 1; i++) {
      JsonProperty property = components[i].getAccessor().getAnnotation(JsonProperty.class);
      if (property == null || property.value().isEmpty()) {
        // A component Jackson would bind by its Java name: the name check above would not know it.
        throw new IllegalStateException(components[i] + " of " + type + " has no @JsonProperty name");
      }
      names.add(property.value());
    }
    return Set.copyOf(names);
  }
}
