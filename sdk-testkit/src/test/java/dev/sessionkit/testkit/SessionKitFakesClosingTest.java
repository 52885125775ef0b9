package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The fakes the extension starts are closed after their test class, whichever of JUnit's two ways of closing
 * stored values is in force: {@code AutoCloseable} (JUnit 5.13 and later) or only
 * {@code Store.CloseableResource} (before 5.13, e.g. JUnit 5.12 as Spring Boot 3.5 manages it). The second is
 * what this JUnit does with {@code junit.jupiter.extensions.store.close.autocloseable.enabled=false}.
 */
class SessionKitFakesClosingTest {

  /**
   * Run by the tests below on an engine of their own; it only keeps the fakes it was handed. Surefire finds it
   * too, and then skips it: it runs only while a test below has armed it.
   */
  @ExtendWith(SessionKitFakes.class)
  @EnabledIf("armed")
  static class Probe {
    static volatile boolean armed;
    static FakeSyntropic classFake;
    static FakeTimbal testFake;

    Probe(FakeSyntropic classFake) {
      Probe.classFake = classFake;
    }

    static boolean armed() {
      return armed;
    }

    @Test
    void usesTheFakes(FakeTimbal fake, FakeSyntropic sameAsTheClasss) {
      testFake = fake;
      assertEquals(classFake, sameAsTheClasss);
      assertListening(fake.port());
      assertListening(sameAsTheClasss.port());
    }
  }

  @ParameterizedTest(name = "closing AutoCloseable store values enabled: {0}")
  @ValueSource(booleans = {true, false})
  void closesTheFakesOfATestAndOfItsClassAfterThem(boolean autoCloseableEnabled) {
    Probe.classFake = null;
    Probe.testFake = null;

    EngineExecutionResults results;
    Probe.armed = true;
    try {
      results = EngineTestKit.engine("junit-jupiter")
          .configurationParameter("junit.jupiter.extensions.store.close.autocloseable.enabled",
              String.valueOf(autoCloseableEnabled))
          .selectors(selectClass(Probe.class))
          .execute();
    } finally {
      Probe.armed = false;
    }

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1).failed(0));
    results.containerEvents().assertStatistics(stats -> stats.failed(0));
    assertNotNull(Probe.testFake, "the probe ran");
    assertNotListening(Probe.testFake.port());
    assertNotListening(Probe.classFake.port());
    assertClosed(Probe.testFake);
    assertClosed(Probe.classFake);
  }

  @Test
  void aStoredFakeClosedTwiceIsClosedOnceAndQuietly() {
    FakeAgentScope fake = FakeAgentScope.start();
    SessionKitFakes.StoredFake stored = new SessionKitFakes.StoredFake(fake);
    stored.close();
    assertNotListening(fake.port());
    assertDoesNotThrow(stored::close);
    assertDoesNotThrow(fake::close, "the fake's own close is idempotent too");
  }

  private static void assertClosed(FakeServer fake) {
    assertThrows(UncheckedIOException.class, () -> Wire.get(fake.baseUrl() + "/"));
  }

  private static void assertListening(int port) {
    assertDoesNotThrow(() -> new Socket(InetAddress.getLoopbackAddress(), port).close());
  }

  private static void assertNotListening(int port) {
    assertThrows(IOException.class, () -> new Socket(InetAddress.getLoopbackAddress(), port).close(),
        "nothing listens on port " + port);
  }
}
