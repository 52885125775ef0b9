package dev.sessionkit.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --name value} command-line options; an option not read by the program is an error. */
final class Args {
  private final Map<String, String> values = new LinkedHashMap<>();

  /**
   * @param args pairs of {@code --name value}
   * @throws IllegalArgumentException if an option has no value or is not {@code --name}
   */
  Args(String[] args) {
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
      }
      values.put(args[i], args[i + 1]);
    }
  }

  String string(String name, String otherwise) {
    String v = values.remove(name);
    return v == null ? otherwise : v;
  }

  int integer(String name, int otherwise) {
    String v = values.remove(name);
    try {
      return v == null ? otherwise : Integer.parseInt(v.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be an integer, was " + v, e);
    }
  }

  List<Api> apis(String name) {
    String v = string(name, "both");
    if (v.equals("both")) {
      return List.of(Api.TIMBAL, Api.SYNTROPIC);
    }
    List<Api> apis = new ArrayList<>();
    for (String id : v.split(",")) {
      apis.add(Api.of(id.trim()));
    }
    return apis;
  }

  /**
   * Fails if an option was given that the program did not read.
   *
   * @throws IllegalArgumentException naming the unknown options
   */
  void done() {
    if (!values.isEmpty()) {
      throw new IllegalArgumentException("unknown options: " + values.keySet());
    }
  }
}
