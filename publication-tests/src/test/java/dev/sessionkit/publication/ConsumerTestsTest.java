package dev.sessionkit.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Spring Boot applications of {@code consumer-tests/} use the SessionKit being built. Their parent is
 * Spring Boot's, so they cannot inherit the project's version: each has it as its own, imports {@code sdk-bom}
 * at {@code ${project.version}}, and skips deploy. A release's {@code versions:set -DprocessAllModules} sets
 * their version as it sets sdk-bom's (which has no parent either); this fails if one is left behind, which
 * would otherwise test the applications against an older SessionKit from a repository.
 */
class ConsumerTestsTest {
  @Test
  void eachBootApplicationIsInTheReactorAtThisVersionAndUnpublished() throws IOException {
    String root = Files.readString(PublishedArtifactsTest.ROOT.resolve("pom.xml"));
    List<Path> poms;
    try (Stream<Path> dirs = Files.list(PublishedArtifactsTest.ROOT.resolve("consumer-tests"))) {
      poms = dirs.map(d -> d.resolve("pom.xml")).filter(Files::exists).sorted().toList();
    }
    assertEquals(2, poms.size(), poms.toString());
    for (Path pom : poms) {
      String module = PublishedArtifactsTest.ROOT.relativize(pom.getParent()).toString();
      String text = Files.readString(pom);
      assertTrue(root.contains("<module>" + module + "</module>"), module + " is a module of the root pom");
      assertEquals(System.getProperty("sessionkit.version"), first(text,
          "</parent>\\s*<groupId>dev.sessionkit</groupId>\\s*(?:<!--.*?-->\\s*)?<artifactId>[^<]+</artifactId>"
              + "\\s*<version>([^<]+)</version>"), module + "'s version");
      assertEquals("${project.version}", first(text,
          "<artifactId>sdk-bom</artifactId>\\s*<version>([^<]+)</version>"), module + " imports sdk-bom at");
      assertTrue(text.contains("<maven.deploy.skip>true</maven.deploy.skip>"), module + " is not published");
    }
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
    return m.find() ? m.group(1) : "(none)";
  }
}
