package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionKitFakesTest {
  static FakeTimbal previous;

  private static void assertClosed(FakeServer fake) {
    assertThrows(UncheckedIOException.class, () -> Wire.get(fake.baseUrl() + "/"));
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerTest {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes().timbal(b -> b.runs(3).composeSessions(1));

    FakeTimbal fromBeforeEach;

    @BeforeEach
    void setUp(FakeTimbal fake) {
      fromBeforeEach = fake;
    }

    @Test
    @Order(1)
    void startsAConfiguredFakeSharedWithTheTestsSetUp(FakeTimbal fake, FakeTimbal again, FakeSyntropic other) {
      assertEquals(3, fake.runs().size());
      assertEquals(1, fake.composeSessions().size());
      assertSame(fake, again);
      assertSame(fromBeforeEach, fake);
      assertEquals(60, other.sessions().size(), "the other fakes keep their defaults");
      assertEquals(200, FakeTimbalTest.get(fake, "/runs").status());
      previous = fake;
    }

    @Test
    @Order(2)
    void closesEachFakeAfterItsTestAndStartsAFreshOne(FakeTimbal fake) {
      assertNotSame(previous, fake);
      assertClosed(previous);
      assertEquals(200, FakeTimbalTest.get(fake, "/runs").status());
    }
  }

  @Nested
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  class PerClass {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes().perClass();

    @Test
    @Order(1)
    void sharesOneFakeAcrossTheClass(FakeAgentScope fake) {
      fake.addAgent("zoe", "z1");
      PerClassState.shared = fake;
    }

    @Test
    @Order(2)
    void seesTheSameFakeInTheNextTest(FakeAgentScope fake) {
      assertSame(PerClassState.shared, fake);
      assertEquals(List.of("z1"), fake.agentIds("zoe"));
    }
  }

  static final class PerClassState {
    static FakeAgentScope shared;
  }

  @Nested
  @ExtendWith(SessionKitFakes.class)
  class ThroughTheConstructor {
    private final FakeSyntropic classFake;

    ThroughTheConstructor(FakeSyntropic classFake) {
      this.classFake = classFake;
    }

    @Test
    void givesTheTestTheFakeStartedForItsInstance(FakeSyntropic fake) {
      assertSame(classFake, fake);
    }
  }
}
