package dev.sessionkit.jackson3.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.core.json.OpenValue;
import java.lang.annotation.Annotation;

/**
 * Which classes Jackson 3 must leave to Jackson 2: those that Jackson 2 binds through its own databind
 * annotations, which Jackson 3 does not read, and Jackson 2's tree. Decided once per class.
 */
final class Jackson2Types {
  /** Jackson 2's databind annotations ({@code @JsonDeserialize}, {@code @JsonSerialize}, …) live here. */
  private static final String DATABIND_ANNOTATIONS = "com.fasterxml.jackson.databind.annotation";

  /** Every SessionKit package starts so. */
  private static final String SESSIONKIT = "dev.sessionkit.";

  private static final ClassValue<Boolean> BRIDGED = new ClassValue<>() {
    @Override
    protected Boolean computeValue(Class<?> type) {
      return JsonNode.class.isAssignableFrom(type) || OpenValue.class.isAssignableFrom(type)
          || annotatedInHierarchy(type);
    }
  };

  private Jackson2Types() {}

  /** Whether Jackson 2, configured as the SDK configures it, must write and read values of this class. */
  static boolean bridged(Class<?> type) {
    return BRIDGED.get(type);
  }

  /**
   * Whether the class, a superclass or an interface it implements is a SessionKit type with a Jackson 2
   * databind annotation. The hierarchy, because a value's class is often not the annotated one: Immutables'
   * {@code ImmutableRun} extends the annotated {@code Run}, and AgentScope's event records implement the
   * annotated {@code AgentEvent}.
   */
  private static boolean annotatedInHierarchy(Class<?> type) {
    if (type == null || type == Object.class) {
      return false;
    }
    if (type.getName().startsWith(SESSIONKIT)) {
      for (Annotation a : type.getDeclaredAnnotations()) {
        if (a.annotationType().getPackageName().equals(DATABIND_ANNOTATIONS)) {
          return true;
        }
      }
    }
    if (annotatedInHierarchy(type.getSuperclass())) {
      return true;
    }
    for (Class<?> i : type.getInterfaces()) {
      if (annotatedInHierarchy(i)) {
        return true;
      }
    }
    return false;
  }
}
