package dev.sessionkit.publication;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What Maven Central requires of a deployment (https://central.sonatype.org/publish/requirements), checked on
 * the reactor's POMs as they would be uploaded and on the jars a build attached, so that a missing piece shows
 * in any build instead of at the upload. Signatures and checksums are made by whoever releases (RELEASING.md)
 * and are not checked here.
 *
 * <p>Published modules are the root POM's modules without {@code maven.deploy.skip=true}, plus the parent
 * itself: Central needs the parent POM beside the modules that inherit from it.
 */
final class CentralRequirements {
  /** The module of these tests, which must depend on every published module so that it is built after them. */
  static final String THIS_MODULE = "publication-tests";

  private final Path root;
  private final List<String> problems = new ArrayList<>();

  private CentralRequirements(Path root) {
    this.root = root;
  }

  /** Every requirement the reactor under {@code root} does not meet, one sentence each; empty if none. */
  static List<String> problems(Path root) {
    CentralRequirements check = new CentralRequirements(root);
    check.run();
    return check.problems;
  }

  private void run() {
    Element parent = read(root.resolve("pom.xml"));
    String version = text(parent, "version").orElse("");
    Map<String, Element> published = new LinkedHashMap<>();
    published.put(".", parent);
    for (Element module : children(child(parent, "modules"), "module")) {
      Element pom = read(root.resolve(module.getTextContent().trim()).resolve("pom.xml"));
      if (!"true".equals(child(pom, "properties").flatMap(p -> text(p, "maven.deploy.skip")).orElse(null))) {
        published.put(module.getTextContent().trim(), pom);
      }
    }
    Set<String> jars = new TreeSet<>();
    published.forEach((dir, pom) -> {
      String name = dir.equals(".") ? text(pom, "artifactId").orElse("the parent") : dir;
      boolean inherits = child(pom, "parent").isPresent();
      metadata(name, pom, inherits ? parent : null);
      if (!text(pom, "version").or(() -> child(pom, "parent").flatMap(p -> text(p, "version"))).orElse("")
          .equals(version)) {
        problems.add(name + ": its version is not the parent's " + version);
      }
      if (!version.endsWith("-SNAPSHOT")) {
        noSnapshots(name, pom);
      }
      if (text(pom, "packaging").orElse("jar").equals("jar")) {
        String artifactId = text(pom, "artifactId").orElse(dir);
        jars.add(artifactId);
        artifacts(name, root.resolve(dir).resolve("target"), artifactId + "-" + version);
      }
    });
    published.forEach((dir, pom) -> {
      if (text(pom, "packaging").orElse("").equals("pom") && !child(pom, "parent").isPresent() && !dir.equals(".")) {
        bom(dir, pom, version, jars);
      }
    });
    Path tests = root.resolve(THIS_MODULE).resolve("pom.xml");
    if (Files.isRegularFile(tests)) {
      Set<String> dependencies = child(read(tests), "dependencies").stream()
          .flatMap(d -> children(Optional.of(d), "dependency").stream())
          .map(d -> text(d, "artifactId").orElse("")).collect(Collectors.toCollection(TreeSet::new));
      for (String jar : jars) {
        if (!dependencies.contains(jar)) {
          problems.add(THIS_MODULE + ": no dependency on " + jar + ", so the reactor may build it after this check");
        }
      }
    }
  }

  /** Name and description of its own; url, licence, developer and scm of its own or from the parent. */
  private void metadata(String name, Element pom, Element parent) {
    for (String field : List.of("name", "description")) {
      if (text(pom, field).filter(s -> !s.isBlank()).isEmpty()) {
        problems.add(name + ": no <" + field + "> of its own");
      }
    }
    Element source = parent == null ? pom : parent;
    required(name, pom, source, "url");
    required(name, pom, source, "licenses", "license", "name");
    required(name, pom, source, "licenses", "license", "url");
    required(name, pom, source, "developers", "developer", "name");
    required(name, pom, source, "scm", "url");
    required(name, pom, source, "scm", "connection");
  }

  private void required(String name, Element pom, Element parent, String... path) {
    if (value(pom, path).or(() -> value(parent, path)).filter(s -> !s.isBlank()).isEmpty()) {
      problems.add(name + ": no <" + String.join("><", path) + ">");
    }
  }

  private void noSnapshots(String name, Element pom) {
    var versions = pom.getElementsByTagName("version");
    for (int i = 0; i < versions.getLength(); i++) {
      if (versions.item(i).getTextContent().contains("SNAPSHOT")) {
        Node owner = versions.item(i).getParentNode();
        String of = owner instanceof Element e ? text(e, "artifactId").orElse(e.getTagName()) : "?";
        problems.add(name + ": a release that names a SNAPSHOT version (" + of + " "
            + versions.item(i).getTextContent().trim() + ")");
      }
    }
  }

  /** The jar, and -sources and -javadoc jars that hold something (a placeholder would pass Central, not a user). */
  private void artifacts(String name, Path target, String base) {
    Set<String> classes = entries(name, target.resolve(base + ".jar"));
    Set<String> sources = entries(name, target.resolve(base + "-sources.jar"));
    Set<String> javadoc = entries(name, target.resolve(base + "-javadoc.jar"));
    if (classes == null) {
      return;
    }
    if (sources != null) {
      List<String> missing = classes.stream().filter(c -> c.endsWith(".class") && !c.contains("$"))
          .map(c -> c.substring(0, c.length() - ".class".length()) + ".java")
          .filter(s -> !sources.contains(s)).toList();
      if (!missing.isEmpty()) {
        problems.add(name + ": " + base + "-sources.jar lacks " + missing.size() + " source files, " + missing.get(0)
            + " first");
      }
    }
    if (javadoc != null) {
      List<String> undocumented = classes.stream().filter(c -> c.endsWith(".class") && c.contains("/"))
          .map(c -> c.substring(0, c.lastIndexOf('/'))).distinct()
          .filter(p -> !List.of(p.split("/")).contains("internal"))
          .filter(p -> javadoc.stream().noneMatch(e -> e.equals(p + "/package-summary.html")
              || e.endsWith("/" + p + "/package-summary.html")))
          .sorted().toList();
      if (!javadoc.contains("index.html")) {
        problems.add(name + ": " + base + "-javadoc.jar has no index.html");
      } else if (!undocumented.isEmpty()) {
        problems.add(name + ": " + base + "-javadoc.jar documents no package " + undocumented.get(0).replace('/', '.'));
      }
    }
  }

  /** The entry names of a jar, or null (and a problem) if it is missing. */
  private Set<String> entries(String name, Path jar) {
    if (!Files.isRegularFile(jar)) {
      problems.add(name + ": no " + jar.getFileName() + " (built by `./mvnw verify` of the whole reactor)");
      return null;
    }
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(e -> e.getName()).collect(Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      problems.add(name + ": " + jar.getFileName() + " is not a jar (" + e.getMessage() + ")");
      return null;
    }
  }

  /** The BOM pins every published jar, at the release's version. */
  private void bom(String name, Element pom, String version, Set<String> jars) {
    Set<String> pinned = new TreeSet<>();
    for (Element dependency : child(pom, "dependencyManagement").stream()
        .flatMap(m -> children(child(m, "dependencies"), "dependency").stream()).toList()) {
      String artifactId = text(dependency, "artifactId").orElse("");
      pinned.add(artifactId);
      String pin = text(dependency, "version").orElse("");
      if (!pin.equals("${project.version}") && !pin.equals(version)) {
        problems.add(name + ": pins " + artifactId + " at " + pin + ", not at " + version);
      }
    }
    Set<String> missing = new TreeSet<>(jars);
    missing.removeAll(pinned);
    if (!missing.isEmpty()) {
      problems.add(name + ": does not pin " + String.join(", ", missing));
    }
  }

  private static Element read(Path pom) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Document document = factory.newDocumentBuilder().parse(pom.toFile());
      return document.getDocumentElement();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException(pom + ": " + e.getMessage(), e);
    }
  }

  private static Optional<String> value(Element element, String... path) {
    Optional<Element> at = Optional.of(element);
    for (String step : path) {
      at = child(at.get(), step);
      if (at.isEmpty()) {
        return Optional.empty();
      }
    }
    return Optional.of(at.get().getTextContent().trim());
  }

  private static Optional<String> text(Element element, String name) {
    return child(element, name).map(e -> e.getTextContent().trim());
  }

  private static Optional<Element> child(Element element, String name) {
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && e.getTagName().equals(name)) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  private static List<Element> children(Optional<Element> element, String name) {
    List<Element> all = new ArrayList<>();
    element.ifPresent(parent -> {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e && e.getTagName().equals(name)) {
          all.add(e);
        }
      }
    });
    return all;
  }
}
