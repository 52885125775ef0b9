package dev.sessionkit.core.testing;

import dev.sessionkit.core.paging.AsyncAutoPager;
import dev.sessionkit.core.paging.AutoPager;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Checks that an {@code Async*} service interface mirrors its blocking twin method for method, so that the
 * two hand-written halves of the API cannot drift apart: the same names, parameters and default overloads; a
 * {@code CompletableFuture} of each blocking result ({@code Void} for {@code void}); an {@link AsyncAutoPager}
 * for each {@link AutoPager}; and, for a sub-service accessor, the async twin of the sub-service, checked the
 * same way.
 */
public final class AsyncTwins {
  private AsyncTwins() {}

  /**
   * @param sync the blocking service interface
   * @param async its async twin
   * @throws AssertionError listing every difference
   */
  public static void assertMirrors(Class<?> sync, Class<?> async) {
    List<String> problems = new ArrayList<>();
    compare(sync, async, problems);
    if (!problems.isEmpty()) {
      throw new AssertionError(async.getSimpleName() + " does not mirror " + sync.getSimpleName() + ":\n  "
          + String.join("\n  ", problems));
    }
  }

  private static void compare(Class<?> sync, Class<?> async, List<String> problems) {
    Map<String, Method> syncMethods = methods(sync);
    Map<String, Method> asyncMethods = methods(async);
    for (Map.Entry<String, Method> entry : syncMethods.entrySet()) {
      Method s = entry.getValue();
      Method a = asyncMethods.get(entry.getKey());
      if (a == null) {
        problems.add("missing " + entry.getKey());
        continue;
      }
      if (s.isDefault() != a.isDefault()) {
        problems.add(entry.getKey() + ": default in one twin only");
      }
      Class<?> subService = s.getReturnType();
      if (subService.isInterface() && s.getParameterCount() == 0 && twinOf(subService) != null) {
        Class<?> asyncSub = twinOf(subService);
        if (!a.getReturnType().equals(asyncSub)) {
          problems.add(entry.getKey() + ": returns " + a.getReturnType().getSimpleName() + ", not "
              + asyncSub.getSimpleName());
        } else {
          compare(subService, asyncSub, problems);
        }
        continue;
      }
      String expected = expectedAsyncReturn(s.getGenericReturnType());
      String actual = a.getGenericReturnType().getTypeName();
      if (!expected.equals(actual)) {
        problems.add(entry.getKey() + ": returns " + actual + ", expected " + expected);
      }
    }
    for (String name : asyncMethods.keySet()) {
      if (!syncMethods.containsKey(name)) {
        problems.add("extra " + name + " with no blocking twin");
      }
    }
  }

  private static String expectedAsyncReturn(Type syncReturn) {
    if (syncReturn == void.class) {
      return CompletableFuture.class.getName() + "<" + Void.class.getName() + ">";
    }
    if (syncReturn instanceof ParameterizedType p && p.getRawType() == AutoPager.class) {
      return AsyncAutoPager.class.getName() + "<" + p.getActualTypeArguments()[0].getTypeName() + ">";
    }
    Type boxed = syncReturn instanceof Class<?> c && c.isPrimitive() ? box(c) : syncReturn;
    return CompletableFuture.class.getName() + "<" + boxed.getTypeName() + ">";
  }

  private static Class<?> box(Class<?> primitive) {
    return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
  }

  private static Class<?> twinOf(Class<?> service) {
    // A top-level service's twin is beside it; a nested one's (in tests) is nested beside it.
    String prefix = service.getEnclosingClass() == null ? service.getPackageName() + "."
        : service.getEnclosingClass().getName() + "$";
    try {
      return Class.forName(prefix + "Async" + service.getSimpleName(), false, service.getClassLoader());
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  private static Map<String, Method> methods(Class<?> type) {
    Map<String, Method> methods = new TreeMap<>();
    for (Method m : type.getMethods()) {
      if (m.getDeclaringClass() == Object.class || Modifier.isStatic(m.getModifiers())) {
        continue;
      }
      String key = m.getName() + Arrays.stream(m.getGenericParameterTypes()).map(Type::getTypeName)
          .collect(Collectors.joining(", ", "(", ")"));
      methods.put(key, m);
    }
    return methods;
  }
}
