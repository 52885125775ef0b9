package dev.sessionkit.publication;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reactor's published artifacts meet Maven Central's requirements ({@link CentralRequirements}), and the
 * check sees each kind of gap, on a small reactor written for the purpose.
 */
class PublishedArtifactsTest {
  static final Path ROOT = Path.of(System.getProperty("sessionkit.projectRoot", "..")).toAbsolutePath().normalize();

  private static final String METADATA = """
        <url>https://example.org/x</url>
        <licenses><license><name>Apache-2.0</name><url>https://www.apache.org/licenses/LICENSE-2.0.txt</url></license></licenses>
        <developers><developer><name>X maintainers</name></developer></developers>
        <scm><connection>scm:git:https://example.org/x.git</connection><url>https://example.org/x</url></scm>
      """;

  @TempDir Path dir;

  @Test
  void theReactorsPomsAndJarsMeetCentralsRequirements() {
    assertEquals(List.of(), CentralRequirements.problems(ROOT));
  }

  @Test
  void aCompleteReactorHasNoProblem() throws IOException {
    reactor("1.0.0");
    assertEquals(List.of(), CentralRequirements.problems(dir));
  }

  @Test
  void metadataMissingFromTheParentIsMissingFromEveryModuleThatInheritsIt() throws IOException {
    reactor("1.0.0");
    replace("pom.xml", "<licenses><license><name>Apache-2.0</name>", "<licenses><license><name></name>");
    replace("pom.xml", "<developers><developer><name>X maintainers</name></developer></developers>", "");
    assertEquals(List.of(
        "parent: no <licenses><license><name>",
        "parent: no <developers><developer><name>",
        "core: no <licenses><license><name>",
        "core: no <developers><developer><name>"), CentralRequirements.problems(dir));
  }

  @Test
  void aModuleNeedsANameAndDescriptionOfItsOwnAndTheBomItsOwnMetadata() throws IOException {
    reactor("1.0.0");
    replace("core/pom.xml", "<description>Core.</description>", "");
    replace("bom/pom.xml", "<scm><connection>scm:git:https://example.org/x.git</connection>", "<scm>");
    assertEquals(List.of("bom: no <scm><connection>", "core: no <description> of its own"),
        CentralRequirements.problems(dir));
  }

  @Test
  void aJarNeedsSourcesAndJavadocThatHoldSomething() throws IOException {
    reactor("1.0.0");
    Files.delete(dir.resolve("core/target/core-1.0.0-sources.jar"));
    jar("core/target/core-1.0.0-javadoc.jar");
    assertEquals(List.of(
        "core: no core-1.0.0-sources.jar (built by `./mvnw verify` of the whole reactor)",
        "core: core-1.0.0-javadoc.jar has no index.html"), CentralRequirements.problems(dir));
  }

  @Test
  void theSourcesCoverEveryClassAndTheJavadocEveryPublicPackage() throws IOException {
    reactor("1.0.0");
    jar("core/target/core-1.0.0-sources.jar", "dev/x/A.java");
    jar("core/target/core-1.0.0-javadoc.jar", "index.html", "x/dev/y/package-summary.html");
    assertEquals(List.of(
        "core: core-1.0.0-sources.jar lacks 2 source files, dev/x/internal/B.java first",
        "core: core-1.0.0-javadoc.jar documents no package dev.x"), CentralRequirements.problems(dir));
  }

  @Test
  void theBomPinsEveryPublishedJarAtTheReleasesVersion() throws IOException {
    reactor("1.0.0");
    replace("bom/pom.xml", "<artifactId>core</artifactId><version>${project.version}</version>",
        "<artifactId>core</artifactId><version>0.9.0</version>");
    replace("bom/pom.xml", "</dependencies>", "<dependency><groupId>x</groupId><artifactId>other</artifactId>"
        + "<version>1.0.0</version></dependency></dependencies>");
    replace("pom.xml", "<module>examples</module>", "<module>examples</module><module>extra</module>");
    Files.createDirectories(dir.resolve("extra"));
    Files.writeString(dir.resolve("extra/pom.xml"), module("extra", "<description>Extra.</description>"));
    writeJars("extra", "1.0.0");
    assertEquals(List.of(
        "bom: pins core at 0.9.0, not at 1.0.0",
        "bom: does not pin extra",
        "publication-tests: no dependency on extra, so the reactor may build it after this check"),
        CentralRequirements.problems(dir));
  }

  @Test
  void aReleaseNamesNoSnapshotButASnapshotBuildMay() throws IOException {
    reactor("1.0.0");
    replace("core/pom.xml", "</project>", "<dependencies><dependency><groupId>y</groupId><artifactId>lib</artifactId>"
        + "<version>2.0-SNAPSHOT</version></dependency></dependencies></project>");
    assertEquals(List.of("core: a release that names a SNAPSHOT version (lib 2.0-SNAPSHOT)"),
        CentralRequirements.problems(dir));

    reactor("1.1.0-SNAPSHOT");
    replace("core/pom.xml", "</project>", "<dependencies><dependency><groupId>y</groupId><artifactId>lib</artifactId>"
        + "<version>2.0-SNAPSHOT</version></dependency></dependencies></project>");
    assertEquals(List.of(), CentralRequirements.problems(dir));
  }

  @Test
  void aModuleThatSkipsDeployNeedsNothing() throws IOException {
    reactor("1.0.0");
    replace("core/pom.xml", "<description>Core.</description>",
        "<properties><maven.deploy.skip>true</maven.deploy.skip></properties>");
    replace("bom/pom.xml", "<artifactId>core</artifactId>", "<artifactId>other</artifactId>");
    assertEquals(List.of(), CentralRequirements.problems(dir));
  }

  /** A parent, a published jar module "core", its BOM, an unpublished module and the publication tests. */
  private void reactor(String version) throws IOException {
    Files.writeString(dir.resolve("pom.xml"), """
        <project>
          <groupId>x</groupId><artifactId>parent</artifactId><version>%s</version><packaging>pom</packaging>
          <name>X</name><description>X.</description>
          %s
          <modules><module>bom</module><module>core</module><module>examples</module><module>publication-tests</module></modules>
        </project>
        """.formatted(version, METADATA));
    Files.createDirectories(dir.resolve("bom"));
    Files.writeString(dir.resolve("bom/pom.xml"), """
        <project>
          <groupId>x</groupId><artifactId>bom</artifactId><version>%s</version><packaging>pom</packaging>
          <name>X BOM</name><description>Versions.</description>
          %s
          <dependencyManagement><dependencies>
            <dependency><groupId>x</groupId><artifactId>core</artifactId><version>${project.version}</version></dependency>
          </dependencies></dependencyManagement>
        </project>
        """.formatted(version, METADATA));
    Files.createDirectories(dir.resolve("core"));
    Files.writeString(dir.resolve("core/pom.xml"), module("core", "<description>Core.</description>")
        .replace("<version>1.0.0</version>", "<version>" + version + "</version>"));
    writeJars("core", version);
    Files.createDirectories(dir.resolve("examples"));
    Files.writeString(dir.resolve("examples/pom.xml"),
        module("examples", "<properties><maven.deploy.skip>true</maven.deploy.skip></properties>"));
    Files.createDirectories(dir.resolve("publication-tests"));
    Files.writeString(dir.resolve("publication-tests/pom.xml"), module("publication-tests",
        "<properties><maven.deploy.skip>true</maven.deploy.skip></properties><dependencies>"
            + "<dependency><groupId>x</groupId><artifactId>core</artifactId></dependency></dependencies>"));
  }

  private static String module(String artifactId, String more) {
    return """
        <project>
          <parent><groupId>x</groupId><artifactId>parent</artifactId><version>1.0.0</version></parent>
          <artifactId>%s</artifactId><name>%s</name>
          %s
        </project>
        """.formatted(artifactId, artifactId, more);
  }

  private void writeJars(String module, String version) throws IOException {
    String base = module + "/target/" + module + "-" + version;
    jar(base + ".jar", "module-info.class", "dev/x/A.class", "dev/x/A$1.class", "dev/x/internal/B.class");
    jar(base + "-sources.jar", "module-info.java", "dev/x/A.java", "dev/x/internal/B.java");
    jar(base + "-javadoc.jar", "index.html", "x.core/dev/x/package-summary.html");
  }

  private void jar(String path, String... entries) throws IOException {
    Path file = dir.resolve(path);
    Files.createDirectories(file.getParent());
    try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
      for (String entry : entries) {
        jar.putNextEntry(new JarEntry(entry));
        jar.write(entry.getBytes(StandardCharsets.UTF_8));
        jar.closeEntry();
      }
    }
  }

  private void replace(String file, String from, String to) throws IOException {
    Path path = dir.resolve(file);
    String text = Files.readString(path);
    if (!text.contains(from)) {
      throw new AssertionError(file + " has no " + from);
    }
    Files.writeString(path, text.replace(from, to));
  }
}
