package dev.sessionkit.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.sessionkit.publication.ReadmeSnippets.Block;
import dev.sessionkit.publication.ReadmeSnippets.Snippet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * README.md shows compiled code: every Java block is a snippet of a compiled source (this module's
 * {@code dev.sessionkit.readme} package, or any module's sources), and the minimal pom is
 * {@code publication-tests/consumer/pom.xml}, which CI ({@code .ci/run}) builds as a new user's project.
 */
class ReadmeTest {
  private static final Path ROOT = PublishedArtifactsTest.ROOT;
  private static final Path CONSUMER_POM = ROOT.resolve("publication-tests/consumer/pom.xml");

  @Test
  void everyJavaBlockOfTheReadmeIsACompiledSnippetAndEverySnippetIsInTheReadme() throws IOException {
    List<Snippet> snippets = new ArrayList<>();
    try (Stream<Path> files = Files.walk(ROOT)) {
      files.filter(f -> f.toString().endsWith(".java") && f.toString().contains("/src/")
              && !f.toString().contains("/target/"))
          .forEach(f -> snippets.addAll(ReadmeSnippets.snippets(ROOT.relativize(f).toString(), read(f))));
    }
    List<Block> blocks = ReadmeSnippets.blocks(read(ROOT.resolve("README.md")), "java");
    assertEquals(List.of(), ReadmeSnippets.mismatches("README.md", blocks, snippets));
  }

  @Test
  void theMinimalPomOfTheReadmeIsTheConsumerProjectsPom() {
    List<Block> poms = ReadmeSnippets.blocks(read(ROOT.resolve("README.md")), "xml").stream()
        .filter(b -> b.text().contains("<modelVersion>")).toList();
    assertEquals(1, poms.size(), "README.md shows one complete pom");
    assertEquals(read(CONSUMER_POM), poms.get(0).text());
  }

  @Test
  void theMinimalPomUsesThisVersionAndTheVersionsTheBuildUses() {
    String parent = read(ROOT.resolve("pom.xml"));
    String pom = read(CONSUMER_POM);
    assertEquals(System.getProperty("sessionkit.version"), versionOf(pom, "sdk-bom"), "the BOM's version");
    assertEquals(property(parent, "junit.version"), versionOf(pom, "junit-jupiter"));
    // Maven 3.9's default maven-compiler-plugin would compile, but Maven 3.8's (3.1) defaults to Java 5: named
    // with the release, the pom works on both.
    assertEquals(versionOf(parent, "maven-compiler-plugin"), versionOf(pom, "maven-compiler-plugin"));
    assertEquals(true, pom.contains("<release>17</release>"), "compiles for Java 17");
    // Maven 3.8's default surefire (2.12.4) runs no JUnit 5 test, silently.
    assertEquals(versionOf(parent, "maven-surefire-plugin"), versionOf(pom, "maven-surefire-plugin"));
  }

  @Test
  void aBlockThatDiffersFromItsSnippetOrASnippetMissingFromTheReadmeIsReported() {
    String readme = "text\n```java\nint a = 1;\n```\n```sh\nls\n```\n```java\nint b = 2;\n```\n";
    // The markers are put in by format, or the scan of this project's sources would take them for a snippet.
    String source = """
        package p;
        %1$s one
        import java.util.List;
        %2$s one
        class C {
          void m() {
            %1$s one
            int a = 1;
            %2$s one
          }
        }
        """.formatted("// readme:" + "begin", "// readme:" + "end");
    List<Snippet> snippets = ReadmeSnippets.snippets("C.java", source);
    assertEquals(List.of(new Snippet("C.java", "one", "import java.util.List;\n\nint a = 1;\n")), snippets);
    assertEquals(List.of(
        "R.md:2: this block is no compiled snippet; copy it between `// readme:begin NAME` and"
            + " `// readme:end NAME` lines of a compiled source, or make it equal to the snippet it mirrors:\n"
            + "int a = 1;\n",
        "R.md:8: this block is no compiled snippet; copy it between `// readme:begin NAME` and"
            + " `// readme:end NAME` lines of a compiled source, or make it equal to the snippet it mirrors:\n"
            + "int b = 2;\n",
        "C.java: snippet one is not a block of R.md (the README changed, or the snippet did):\n"
            + "import java.util.List;\n\nint a = 1;\n"),
        ReadmeSnippets.mismatches("R.md", ReadmeSnippets.blocks(readme, "java"), snippets));
    assertEquals(List.of(), ReadmeSnippets.mismatches("R.md",
        ReadmeSnippets.blocks("```java\nimport java.util.List;\n\nint a = 1;\n```\n", "java"), snippets));
  }

  @Test
  void aSnippetFileWithAnImportOutsideTheSnippetOrUnbalancedMarkersIsRefused() {
    IllegalStateException outside = assertThrows(IllegalStateException.class, () -> ReadmeSnippets.snippets("C.java",
        "import java.util.Map;\nclass C {\n  // readme:begin one\n  int a;\n  // readme:end one\n}\n"));
    assertEquals("C.java:1: an import outside the snippet, which the README would then not show: "
        + "import java.util.Map;", outside.getMessage());
    IllegalStateException open = assertThrows(IllegalStateException.class,
        () -> ReadmeSnippets.snippets("C.java", "// readme:begin one\nint a;\n"));
    assertEquals("C.java: no // readme:end one", open.getMessage());
    IllegalStateException crossed = assertThrows(IllegalStateException.class,
        () -> ReadmeSnippets.snippets("C.java", "// readme:begin one\n// readme:end two\n"));
    assertEquals("C.java:2: unexpected // readme:end two", crossed.getMessage());
  }

  /** The version next to the first {@code <artifactId>} of that name, or next to a property naming it. */
  private static String versionOf(String pom, String artifactId) {
    Matcher m = Pattern.compile("<artifactId>" + Pattern.quote(artifactId) + "</artifactId>\\s*(?:<!--.*?-->\\s*)?"
        + "<version>([^<]+)</version>").matcher(pom);
    if (!m.find()) {
      throw new AssertionError("no version of " + artifactId);
    }
    return m.group(1);
  }

  private static String property(String pom, String name) {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
    if (!m.find()) {
      throw new AssertionError("no property " + name);
    }
    return m.group(1);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
