package dev.sessionkit.conformance.vendordata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sessionkit.core.testing.VendorDataFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The vendors' published material in {@code ../shared/vendor-data} (beside the project), read at run time and
 * never copied into the project: its README gives each file's repo@commit:path. Found as every module's tests
 * find it ({@link VendorDataFolder}): {@code -Dsessionkit.vendorData} names another folder.
 */
public final class VendorData {
  /** The system property that names the folder. */
  public static final String PROPERTY = VendorDataFolder.PROPERTY;
  private static final ObjectMapper JSON = new ObjectMapper();

  private VendorData() {}

  /**
   * The folder looked at, whether or not it exists ({@link VendorDataFolder#expected()}).
   *
   * @return the absolute, normalised folder
   */
  public static Path folder() {
    return VendorDataFolder.expected();
  }

  /**
   * The folder, when it holds the vendors' README (a partial copy is treated as present and fails loudly).
   *
   * @return the folder, empty where it is absent
   * @throws IllegalStateException if {@value #PROPERTY} names a folder that does not exist
   */
  public static Optional<Path> present() {
    return VendorDataFolder.present().filter(folder -> Files.isRegularFile(folder.resolve("README.md")));
  }

  /**
   * One file's text.
   *
   * @param relative e.g. {@code agentscope/stream.sse}
   * @return the UTF-8 text
   */
  public static String text(String relative) {
    try {
      return Files.readString(folder().resolve(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read vendor-data/" + relative, e);
    }
  }

  /**
   * One file as a JSON tree.
   *
   * @param relative e.g. {@code syntropic/cli-session-show.json}
   * @return the tree
   */
  public static JsonNode json(String relative) {
    try {
      return JSON.readTree(text(relative));
    } catch (IOException e) {
      throw new UncheckedIOException("vendor-data/" + relative + " is not JSON", e);
    }
  }
}
