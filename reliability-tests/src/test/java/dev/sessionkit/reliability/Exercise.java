package dev.sessionkit.reliability;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls every public accessor of what a client returned, all the way down ({@code toString()},
 * {@code toSessionUsage()}, {@code text()}, …): a model that parsed must not fail later, when the user
 * reads it. Any exception from an accessor fails the test, a {@link dev.sessionkit.core.errors.SessionKitException}
 * included: a body the SDK cannot make sense of must fail in parsing, where the call throws.
 */
final class Exercise {
  private static final Set<String> SKIPPED = Set.of("toBuilder", "builder", "hashCode", "getClass", "notify",
      "notifyAll", "wait", "iterator", "spliterator", "stream", "parallelStream");

  private Exercise() {}

  /**
   * Reads everything reachable from {@code value}.
   *
   * @param value what a client returned
   */
  static void everything(Object value) {
    walk(value, 0, new IdentityHashMap<>());
  }

  private static void walk(Object value, int depth, Map<Object, Boolean> seen) {
    if (value == null || depth > 12 || seen.put(value, Boolean.TRUE) != null) {
      return;
    }
    assertNotNull(value.toString());
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, depth + 1, seen));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> walk(v, depth + 1, seen));
    } else if (value instanceof Map<?, ?> m) {
      m.forEach((k, v) -> walk(v, depth + 1, seen));
    } else if (value.getClass().getName().startsWith("dev.sessionkit.")) {
      for (Method method : value.getClass().getMethods()) {
        if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
            || SKIPPED.contains(method.getName()) || method.getReturnType() == void.class) {
          continue;
        }
        walk(call(value, method), depth + 1, seen);
      }
    }
  }

  private static Object call(Object target, Method method) {
    try {
      method.setAccessible(true);
      return method.invoke(target);
    } catch (InvocationTargetException e) {
      // Parsing is where a bad body fails: once a model parsed, no accessor may throw, not even a
      // SessionKitException. No accessor has a documented reason to, so none is exempt.
      Throwable cause = e.getCause();
      fail(method.getDeclaringClass().getSimpleName() + "." + method.getName() + "() of a parsed model threw " + cause,
          cause);
      return null;
    } catch (IllegalAccessException e) {
      throw new AssertionError("cannot call " + method, e);
    }
  }
}
