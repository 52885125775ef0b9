package com.example.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.testkit.FakeTimbal;
import java.net.ConnectException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * SessionKitFakes closes the fakes of a Spring test class when the class ends, on the JUnit that this Boot
 * manages: Spring Boot 3.5 manages JUnit 5.12, which closes only what a store holds as a
 * {@code CloseableResource} (issue 16, item 2: every class leaked a listening fake). The Spring class runs inside
 * this test through JUnit's EngineTestKit, on the same JUnit, and the fake's port must refuse connections after.
 * It is the README's {@link BillingControllerTest}, which surefire also runs by itself.
 */
class FakesClosedTest {

  @Test
  void theFakeOfASpringTestClassIsClosedWhenTheClassEnds() {
    assertTrue(junitVersion().startsWith(System.getProperty("sessionkit.junit") + "."),
        "runs on the JUnit this Boot manages: " + junitVersion());
    // The README's test class, as a user writes it.
    EngineTestKit.engine("junit-jupiter").selectors(DiscoverySelectors.selectClass(BillingControllerTest.class))
        .execute().testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    FakeTimbal fake = BillingControllerTest.timbal;
    assertFalse(fake.requests().isEmpty(), "the fake answered the application while the class ran");
    assertThrows(ConnectException.class, () -> new Socket("127.0.0.1", fake.port()).close(),
        "port " + fake.port() + " still listens");
  }

  @Test
  void thisJunitClosesAStoredValueThatIsOnlyAutoCloseableOnlyFrom513On() {
    // What makes the test above a proof on Boot 3: its JUnit would not close a fake that were only AutoCloseable.
    OnlyAutoCloseable.closed.set(false);
    EngineTestKit.engine("junit-jupiter").selectors(DiscoverySelectors.selectClass(StoresAutoCloseable.class))
        .execute().testEvents().assertStatistics(s -> s.succeeded(1));
    String[] version = junitVersion().split("\\.");
    boolean closesAutoCloseable = Integer.parseInt(version[0]) > 5 || Integer.parseInt(version[1]) >= 13;
    assertEquals(closesAutoCloseable, OnlyAutoCloseable.closed.get(), "JUnit " + junitVersion());
  }

  private static String junitVersion() {
    return ExtensionContext.class.getPackage().getImplementationVersion();
  }

  /** A store value that is AutoCloseable and nothing else. */
  static final class OnlyAutoCloseable implements AutoCloseable {
    static final AtomicBoolean closed = new AtomicBoolean();

    @Override
    public void close() {
      closed.set(true);
    }
  }

  /** Stores an {@link OnlyAutoCloseable} in the class's store, as SessionKitFakes did before it was also a CloseableResource. */
  @ExtendWith(StoresAutoCloseable.Store.class)
  static class StoresAutoCloseable {
    @Test
    void runs() {}

    static final class Store implements BeforeAllCallback {
      @Override
      public void beforeAll(ExtensionContext context) {
        context.getStore(ExtensionContext.Namespace.create(Store.class)).put("value", new OnlyAutoCloseable());
      }
    }
  }
}
