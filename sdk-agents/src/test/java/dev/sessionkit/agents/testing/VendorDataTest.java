package dev.sessionkit.agents.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Tests that read the vendor's bodies are skipped, not failed, where a body is absent. */
class VendorDataTest {
  @Test
  void anAbsentFileSkipsTheTestWithOneLineSayingWhere() {
    TestAbortedException skipped = assertThrows(TestAbortedException.class,
        () -> VendorData.agentScope("no-such-body.json"));

    assertTrue(skipped.getMessage().contains("skipped: no AgentScope vendor data at "), skipped.getMessage());
    assertTrue(skipped.getMessage().endsWith("no-such-body.json"), skipped.getMessage());
    assertTrue(!skipped.getMessage().contains("\n"), skipped.getMessage());
  }
}
