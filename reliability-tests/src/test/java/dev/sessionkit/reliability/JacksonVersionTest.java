package dev.sessionkit.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suite runs on the Jackson the build asked for ({@code -Djackson.version=2.15.4} in {@code .ci/run}):
 * databind and core both of that version, so that a pass there means the SDK works on that line.
 */
class JacksonVersionTest {
  @Test
  void everyJacksonModuleOnTheClassPathIsTheVersionTheBuildAskedFor() {
    String asked = System.getProperty("sessionkit.jackson.version");
    List<String> found = List.of(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(),
        com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString());
    System.out.println("Jackson on the class path: " + found + " (asked for " + asked + ")");

    assertEquals(List.of(asked, asked), found);
  }
}
