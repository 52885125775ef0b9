package dev.sessionkit.conformance.vendorbodies;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every field of a vendor body that the SDK did not map to a typed accessor: the SDK keeps unknown fields in
 * {@code additionalProperties()}, so a field of the vendor's own body found there is one the SDK does not know.
 * Walks a parsed model through its public no-argument accessors, into SessionKit types, optionals, lists and
 * maps. Methods that call the server or build something new are not walked.
 */
final class UnmappedFields {
  /** Not accessors: they page, stream, convert or copy. */
  private static final Set<String> NOT_WALKED = Set.of("nextPage", "hasNextPage", "pages", "stream", "iterator",
      "toBuilder", "toSessionUsage", "tokens", "getClass", "hashCode", "toString", "parsedInput");

  private UnmappedFields() {}

  /**
   * Lists each unmapped field with where it sits.
   *
   * @param model a parsed SDK value
   * @return lines like {@code sessions[0].session.state: [middle_context]}; empty when every field is typed
   */
  static List<String> of(Object model) {
    List<String> out = new ArrayList<>();
    walk(model, "$", out, new IdentityHashMap<>());
    return out;
  }

  private static void walk(Object value, String path, List<String> out, Map<Object, Boolean> seen) {
    if (value == null || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, path, out, seen));
      return;
    }
    if (value instanceof Collection<?> c) {
      int i = 0;
      for (Object v : c) {
        walk(v, path + "[" + i++ + "]", out, seen);
      }
      return;
    }
    if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> walk(v, path + "." + k, out, seen));
      return;
    }
    if (value instanceof JsonNode || !value.getClass().getName().startsWith("dev.sessionkit.")
        || value.getClass().isEnum()) {
      return;
    }
    for (Method method : value.getClass().getMethods()) {
      if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
          || NOT_WALKED.contains(method.getName()) || method.getDeclaringClass() == Object.class) {
        continue;
      }
      Object result;
      try {
        method.setAccessible(true);
        result = method.invoke(value);
      } catch (ReflectiveOperationException | RuntimeException e) {
        continue;
      }
      if (method.getName().equals("additionalProperties") && result instanceof Map<?, ?> extra) {
        if (!extra.isEmpty()) {
          out.add(path + ": " + extra.keySet());
        }
      } else {
        walk(result, path + "." + method.getName(), out, seen);
      }
    }
  }
}
