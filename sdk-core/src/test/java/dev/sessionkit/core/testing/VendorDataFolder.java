package dev.sessionkit.core.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the vendors' published material is: {@code ../shared/vendor-data} beside the project (its README gives
 * each file's repo@commit:path), read at run time and never copied into the project. Every module's tests find
 * it here, the same way.
 *
 * <p>The system property {@value #PROPERTY} names another folder. Set, it must exist: a wrong path fails the
 * tests instead of quietly skipping them. Not set, the folder beside the project is used when it is there, and
 * the tests that need it are skipped with one line when it is not (a user's clone has no {@code ../shared}).
 */
public final class VendorDataFolder {
  /** The system property that names the folder. */
  public static final String PROPERTY = "sessionkit.vendorData";

  private VendorDataFolder() {}

  /**
   * The folder looked at: the one {@value #PROPERTY} names, else {@code ../shared/vendor-data} beside the
   * project, whether or not it exists.
   *
   * @return the absolute, normalised folder
   */
  public static Path expected() {
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank()) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    return projectRoot().resolveSibling("shared").resolve("vendor-data");
  }

  /**
   * The folder, when it is there.
   *
   * @return the folder, or empty where it is absent and not configured
   * @throws IllegalStateException if {@value #PROPERTY} names a folder that does not exist
   */
  public static Optional<Path> present() {
    Path folder = expected();
    String configured = System.getProperty(PROPERTY);
    if (configured != null && !configured.isBlank() && !Files.isDirectory(folder)) {
      throw new IllegalStateException(PROPERTY + " names " + folder + ", which is not a folder");
    }
    return Files.isDirectory(folder) ? Optional.of(folder) : Optional.empty();
  }

  /**
   * One vendor's folder ({@code timbal}, {@code syntropic}, {@code agentscope}); skips the calling test, with one
   * line, where the material is absent.
   *
   * @param vendor the vendor's folder name
   * @return the folder
   */
  public static Path of(String vendor) {
    Optional<Path> folder = present().map(p -> p.resolve(vendor));
    assumeTrue(folder.isPresent() && Files.isDirectory(folder.get()), "skipped: no " + vendor + " material in "
        + "../shared/vendor-data beside the project (a user's clone has none; set -D" + PROPERTY + " to point at it)");
    return folder.get();
  }

  /** The project's root: the nearest folder up from the working directory that holds the Maven wrapper. */
  private static Path projectRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path d = start; d != null; d = d.getParent()) {
      if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("sdk-core"))) {
        return d;
      }
    }
    return start;
  }
}
