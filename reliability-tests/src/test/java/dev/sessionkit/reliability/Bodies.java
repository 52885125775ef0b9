package dev.sessionkit.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The realistic response bodies under {@code src/test/resources/bodies}: the seed pages' examples
 * (/work/shared/seeds) with plausible values in place of the placeholders, in the real servers' formats
 * (Syntropic's {@code str(datetime)} times and decimal strings, AgentScope's naive times).
 */
final class Bodies {
  private Bodies() {}

  /**
   * The text of one body.
   *
   * @param name the file name under {@code bodies/}
   * @return its content
   * @throws UncheckedIOException if it cannot be read
   */
  static String text(String name) {
    try (InputStream in = Bodies.class.getResourceAsStream("/bodies/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no test body " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A body nested {@code depth} arrays deep: {@code [[[…]]]}.
   *
   * @param depth how many arrays
   * @return the body
   */
  static String nestedArrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /**
   * A body nested {@code depth} objects deep: {@code {"a":{"a":…}}}.
   *
   * @param depth how many objects
   * @return the body
   */
  static String nestedObjects(int depth) {
    return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
  }
}
