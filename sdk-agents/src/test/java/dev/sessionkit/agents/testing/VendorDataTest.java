package dev.sessionkit.agents.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.testing.VendorDataFolder;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Tests that read the vendor's bodies are skipped, not failed, where a body is absent. */
class VendorDataTest {
  @Test
  void anAbsentFileSkipsTheTestWithOneLineSayingWhere() {
    TestAbortedException skipped = assertThrows(TestAbortedException.class,
        () -> VendorData.agentScope("no-such-body.json"));

    String message = skipped.getMessage();
    assertTrue(!message.contains("\n"), message);
    if (VendorDataFolder.present().map(p -> Files.isDirectory(p.resolve("agentscope"))).orElse(false)) {
      assertTrue(message.contains("skipped: no AgentScope vendor data at "), message);
      assertTrue(message.endsWith("no-such-body.json"), message);
    } else {
      // A user's clone, without the vendor data at all: the folder's own one line says so.
      assertTrue(message.contains("skipped: no agentscope material in "), message);
    }
  }
}
