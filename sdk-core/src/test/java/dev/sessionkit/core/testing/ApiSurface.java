package dev.sessionkit.core.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of a published module as text, and the check that it matches the file checked in beside the
 * module ({@code api/<module>.api}), in the way of Kotlin's binary-compatibility-validator and Android's
 * metalava: every API change shows up in review as a diff of that file.
 *
 * <p>One line per public or protected class, constructor, method and field of the module's exported packages
 * (those without {@code internal} in their name), sorted, each starting with its class's name: the class's
 * modifiers, type parameters, superclass and interfaces, then each member's generic signature. Members a public class inherits from a
 * non-public superclass (the Immutables builders users call) are listed under the public class, as callers see
 * them. Methods of {@link Object} and of {@link Enum} and {@link Record} themselves are left out.
 *
 * <p>When the code and the file differ, the test fails with the lines added and removed, and says how to
 * regenerate the file: run the module's tests with {@code -D}{@value #UPDATE}{@code =true}.
 */
public final class ApiSurface {
  /** The system property that rewrites the API file instead of checking it. */
  public static final String UPDATE = "sessionkit.updateApi";

  private ApiSurface() {}

  /**
   * Checks the module's API against its file, or rewrites the file when {@value #UPDATE} is true.
   *
   * @param module the module's artifact id, which names the file ({@code sdk-timbal})
   * @param classes the module's compiled classes ({@code target/classes})
   */
  public static void check(String module, Path classes) throws IOException {
    check(module, classes, Path.of("api", module + ".api"));
  }

  /**
   * As {@link #check(String, Path)}, with the API file named.
   *
   * @param module the module's artifact id
   * @param classes the module's compiled classes
   * @param file the API file, relative to the module's folder
   */
  static void check(String module, Path classes, Path file) throws IOException {
    List<String> actual = dump(classes);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.write(file, actual, StandardCharsets.UTF_8);
      return;
    }
    List<String> expected = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    if (!expected.equals(actual)) {
      Set<String> added = new TreeSet<>(actual);
      expected.forEach(added::remove);
      Set<String> removed = new TreeSet<>(expected);
      actual.forEach(removed::remove);
      fail("the public API of " + module + " differs from " + Path.of(module).resolve(file) + " (" + added.size()
          + " lines added, " + removed.size() + " removed). If the change is meant, regenerate the file with\n"
          + "  ./mvnw -B -pl " + module + " -am test -D" + UPDATE + "=true -Dtest='*ApiFileTest'"
          + " -Dsurefire.failIfNoSpecifiedTests=false\nand commit it with the change.\n"
          + added.stream().map(l -> "+ " + l).collect(Collectors.joining("\n")) + "\n"
          + removed.stream().map(l -> "- " + l).collect(Collectors.joining("\n")));
    }
  }

  /**
   * The API lines of the classes under {@code classes}, sorted.
   *
   * @param classes a folder of compiled classes
   * @return one line per public or protected declaration
   */
  public static List<String> dump(Path classes) throws IOException {
    Set<String> lines = new TreeSet<>();
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names = files.filter(f -> f.toString().endsWith(".class"))
          .map(f -> classes.relativize(f).toString().replace('\\', '/'))
          .filter(n -> !n.equals("module-info.class") && !n.endsWith("package-info.class"))
          .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
          .filter(n -> !n.contains(".internal."))
          .collect(Collectors.toList());
    }
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName(name, false, ApiSurface.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("cannot load " + name + " to read its API", e);
      }
      if (visible(type)) {
        describe(type, lines);
      }
    }
    return new ArrayList<>(lines);
  }

  /** Public, and nested only in public classes. */
  private static boolean visible(Class<?> type) {
    for (Class<?> t = type; t != null; t = t.getDeclaringClass()) {
      if (!Modifier.isPublic(t.getModifiers()) || t.isSynthetic() || t.isAnonymousClass()) {
        return false;
      }
    }
    return true;
  }

  private static void describe(Class<?> type, Set<String> lines) {
    String owner = type.getName();
    // "owner " sorts before "owner: " and "owner$Nested": each class's line heads its members.
    StringBuilder head = new StringBuilder(owner).append(' ').append(kind(type));
    if (type.getGenericSuperclass() != null && type.getSuperclass() != Object.class && !type.isEnum()
        && !type.isRecord()) {
      head.append(" extends ").append(type.getGenericSuperclass().getTypeName());
    }
    List<String> interfaces = new ArrayList<>();
    for (java.lang.reflect.Type i : type.getGenericInterfaces()) {
      interfaces.add(i.getTypeName());
    }
    if (!interfaces.isEmpty()) {
      head.append(type.isInterface() ? " extends " : " implements ").append(String.join(", ", interfaces));
    }
    lines.add(head.toString());
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      if (exposed(c) && !c.isSynthetic()) {
        lines.add(owner + ": " + c.toGenericString().replace(owner + "(", "<init>("));
      }
    }
    // Public methods as callers see them (inherited ones included), protected ones as subclasses do.
    Set<Method> methods = new java.util.LinkedHashSet<>();
    for (Method m : type.getMethods()) {
      methods.add(m);
    }
    for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
      for (Method m : t.getDeclaredMethods()) {
        if (Modifier.isProtected(m.getModifiers())) {
          methods.add(m);
        }
      }
    }
    for (Method m : methods) {
      Class<?> from = m.getDeclaringClass();
      if (m.isSynthetic() || m.isBridge() || from == Object.class || from == Enum.class || from == Record.class) {
        continue;
      }
      lines.add(owner + ": " + m.toGenericString().replace(from.getName() + "." + m.getName() + "(",
          m.getName() + "("));
    }
    for (Field f : type.getFields()) {
      if (!f.isSynthetic() && f.getDeclaringClass() == type) {
        lines.add(owner + ": " + f.toGenericString().replace(owner + "." + f.getName(), f.getName()));
      }
    }
  }

  private static boolean exposed(Member m) {
    return Modifier.isPublic(m.getModifiers()) || Modifier.isProtected(m.getModifiers());
  }

  private static String kind(Class<?> type) {
    int mods = type.getModifiers() & (type.isInterface() ? Modifier.interfaceModifiers() : Modifier.classModifiers());
    if (type.isInterface()) {
      mods &= ~Modifier.ABSTRACT;
    }
    String prefix = Modifier.toString(mods);
    String what = type.isAnnotation() ? "@interface" : type.isInterface() ? "interface" : type.isEnum() ? "enum"
        : type.isRecord() ? "record" : "class";
    String sealed = type.isSealed() ? "sealed " : "";
    return (prefix.isEmpty() ? "" : prefix + " ") + sealed + what + typeParameters(type);
  }

  private static String typeParameters(Class<?> type) {
    if (type.getTypeParameters().length == 0) {
      return "";
    }
    List<String> params = new ArrayList<>();
    for (java.lang.reflect.TypeVariable<?> v : type.getTypeParameters()) {
      String bounds = Stream.of(v.getBounds()).filter(b -> b != Object.class).map(java.lang.reflect.Type::getTypeName)
          .collect(Collectors.joining(" & "));
      params.add(bounds.isEmpty() ? v.getName() : v.getName() + " extends " + bounds);
    }
    return "<" + String.join(", ", params) + ">";
  }
}
