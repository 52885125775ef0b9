package dev.sessionkit.agents.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import dev.sessionkit.core.testing.VendorDataFolder;
import java.nio.file.Path;

/**
 * The bodies AgentScope's own server models produced, in {@code ../shared/vendor-data/agentscope} beside the
 * project (its README gives their agentscope commit). They are not part of the project: a clone without them
 * skips the tests that read them, with one line saying so.
 */
public final class VendorData {
  private VendorData() {}

  /**
   * The text of one AgentScope file, or a skipped test when the vendor data is absent.
   *
   * @param name the file name, such as {@code stream.sse}
   * @return the file's text
   * @throws IOException when the file is there but cannot be read
   */
  public static String agentScope(String name) throws IOException {
    Path file = VendorDataFolder.of("agentscope").resolve(name);
    assumeTrue(Files.isRegularFile(file), "skipped: no AgentScope vendor data at " + file);
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
