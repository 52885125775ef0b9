package dev.sessionkit.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One change to a JSON tree, as the fuzzer draws it: a kind, which slot of the tree it hits, and which
 * replacement value it uses. Slots and values are picked by index modulo their count, so one drawn
 * mutation applies to any body.
 *
 * @param kind what to do
 * @param slot which field or element (modulo the number of slots in the tree)
 * @param value which replacement value (modulo the number of candidates)
 */
record JsonMutation(Kind kind, int slot, int value) {
  /** The prefix of the names of added fields, so that a test can find them again. */
  static final String UNKNOWN_PREFIX = "zz_unknown_";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * Fields whose value is a map with typed values (decimals, counters, rule lists) rather than an object
   * with fields: an entry added there is a malformed value, not an unknown field, so additions skip them.
   */
  static final java.util.Set<String> TYPED_MAPS =
      java.util.Set.of("cost_by_model", "usage", "allow_rules", "deny_rules", "ask_rules", "working_directories");

  /** What a mutation does to its slot. */
  enum Kind {
    /** Removes the field or element. */
    REMOVE,
    /** Sets it to null. */
    NULL,
    /** Replaces it with a value of another type (or an odd value of the same type). */
    RETYPE,
    /** Renames the field (elements are left alone). */
    RENAME,
    /** Adds an unknown field next to it (to its object, or to the object it is in). */
    ADD
  }

  /** Replacement values: every JSON type, and values that break parsers (huge, empty, odd dates). */
  static List<JsonNode> replacements() {
    ObjectNode object = F.objectNode().put("k", "v");
    ArrayNode array = F.arrayNode().add(1).add("a").addNull();
    return List.of(F.textNode("x"), F.textNode(""), F.textNode("2026-13-45T99:99:99Z"), F.textNode("not-a-date"),
        F.textNode("1.5e3"), F.numberNode(0), F.numberNode(-1), F.numberNode(3.5), F.numberNode(Long.MAX_VALUE),
        F.numberNode(new BigDecimal("1e400")), F.numberNode(new BigDecimal("123456789012345678901234567890")),
        F.booleanNode(true), F.booleanNode(false), F.objectNode(), F.arrayNode(), object, array, F.nullNode(),
        F.textNode("\u0000\u202e\ud83d\ude00"));
  }

  /** A slot of the tree: a field of an object or an element of an array. */
  private record Slot(JsonNode container, String field, int index) {}

  /** Collects the slots of the tree, and the objects that may take an added field. */
  private static void collect(JsonNode node, String name, List<Slot> out, List<ObjectNode> objects) {
    if (node.isObject()) {
      if (name == null || !TYPED_MAPS.contains(name)) {
        objects.add((ObjectNode) node);
      }
      List<String> names = new ArrayList<>();
      node.fieldNames().forEachRemaining(names::add);
      for (String field : names) {
        out.add(new Slot(node, field, -1));
        collect(node.get(field), field, out, objects);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        out.add(new Slot(node, null, i));
        collect(node.get(i), null, out, objects);
      }
    }
  }

  /**
   * Applies the mutations in order to a copy of {@code root}.
   *
   * @param root the tree, left as it is
   * @param mutations what to do
   * @return the mutated copy
   */
  static JsonNode apply(JsonNode root, List<JsonMutation> mutations) {
    JsonNode tree = root.deepCopy();
    int added = 0;
    for (JsonMutation m : mutations) {
      List<Slot> slots = new ArrayList<>();
      List<ObjectNode> objects = new ArrayList<>();
      collect(tree, null, slots, objects);
      if (m.kind() == Kind.ADD) {
        if (!objects.isEmpty()) {
          ObjectNode target = objects.get(Math.floorMod(m.slot(), objects.size()));
          target.set(UNKNOWN_PREFIX + added++, pick(m.value()));
        }
        continue;
      }
      if (slots.isEmpty()) {
        // A body with no fields or elements: the whole body is the slot.
        tree = m.kind() == Kind.REMOVE ? F.missingNode() : m.kind() == Kind.NULL ? F.nullNode() : pick(m.value());
        continue;
      }
      Slot s = slots.get(Math.floorMod(m.slot(), slots.size()));
      if (s.field() != null) {
        ObjectNode o = (ObjectNode) s.container();
        switch (m.kind()) {
          case REMOVE -> o.remove(s.field());
          case NULL -> o.putNull(s.field());
          case RETYPE -> o.set(s.field(), pick(m.value()));
          case RENAME -> o.set(s.field() + (m.value() % 2 == 0 ? "_renamed" : "X"), o.remove(s.field()));
          default -> throw new IllegalStateException(m.kind().name());
        }
      } else {
        ArrayNode a = (ArrayNode) s.container();
        switch (m.kind()) {
          case REMOVE -> a.remove(s.index());
          case NULL -> a.set(s.index(), F.nullNode());
          case RETYPE -> a.set(s.index(), pick(m.value()));
          case RENAME -> a.insert(s.index(), a.get(s.index()).deepCopy());
          default -> throw new IllegalStateException(m.kind().name());
        }
      }
    }
    return tree;
  }

  private static JsonNode pick(int value) {
    List<JsonNode> all = replacements();
    return all.get(Math.floorMod(value, all.size())).deepCopy();
  }

  /**
   * The tree without the fields whose names start with {@link #UNKNOWN_PREFIX}, anywhere in it.
   *
   * @param node the tree, left as it is
   * @return the stripped copy
   */
  static JsonNode withoutUnknown(JsonNode node) {
    JsonNode copy = node.deepCopy();
    strip(copy);
    return copy;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      List<String> unknown = new ArrayList<>();
      node.fieldNames().forEachRemaining(name -> {
        if (name.startsWith(UNKNOWN_PREFIX)) {
          unknown.add(name);
        }
      });
      ((ObjectNode) node).remove(unknown);
      node.forEach(JsonMutation::strip);
    } else if (node.isArray()) {
      node.forEach(JsonMutation::strip);
    }
  }

  /**
   * Parses JSON text.
   *
   * @param json the text
   * @return the tree
   */
  static JsonNode parse(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
