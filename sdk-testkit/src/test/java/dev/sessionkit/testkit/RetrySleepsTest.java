package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.errors.RateLimitException;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.retry.Sleeper;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.timbal.TimbalClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The clients a fake makes record the waits between retries instead of sleeping them, unless the test asks
 * for real sleeps. Never a timed assertion: real sleeping is told apart by an interrupt, which a real sleep
 * answers with {@link InterruptedException} at once and a recording one ignores.
 */
class RetrySleepsTest {
  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aTimbalClientRecordsEachRetryAfterInOrder() {
    try (FakeTimbal fake = FakeTimbal.builder().runs(3).start()) {
      TimbalClient client = fake.clientBuilder().build();
      fake.failNext(1, 429, 3);
      fake.failNext(1, 503, 1);
      assertEquals(3, client.runs().list(SessionKitFakesTest.ALL_RUNS).items().size());
      assertEquals(List.of(Duration.ofSeconds(3), Duration.ofSeconds(1)), fake.sleeps());
      assertEquals(3, fake.requests().size());
    }
  }

  @Test
  void aSyntropicClientRecordsTheBackoffWhenTheServerNamesNoWait() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(2).start()) {
      SyntropicClient client = fake.clientBuilder().build();
      fake.failNext(2, 503);
      assertEquals(2, client.sessions().list(SessionKitFakesTest.allSessions()).sessions().size());
      List<Duration> sleeps = fake.sleeps();
      assertEquals(2, sleeps.size());
      // The SDK's default backoff: 0.5 s, then 1 s, each less up to a quarter of jitter.
      assertBetween(Duration.ofMillis(375), Duration.ofMillis(500), sleeps.get(0));
      assertBetween(Duration.ofMillis(750), Duration.ofMillis(1000), sleeps.get(1));
    }
  }

  @Test
  void anAgentsClientRecordsItsWaitsAndGivesUpAfterTheDefaultTwoRetries() {
    try (FakeAgentScope fake = FakeAgentScope.start()) {
      AgentsClient client = fake.clientBuilder().build();
      fake.failNext(3, 429, 2);
      assertThrows(RateLimitException.class,
          () -> client.sessions().list(SessionKitFakesTest.sessionsOf(fake.agentIds("alice").get(0))));
      assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(2)), fake.sleeps());
    }
  }

  @Test
  void asyncCallsRecordTheirWaitsToo() {
    try (FakeTimbal fake = FakeTimbal.builder().runs(1).start()) {
      TimbalClient client = fake.clientBuilder().build();
      fake.failNext(1, 429, 5);
      assertEquals(1, client.async().runs().list(SessionKitFakesTest.ALL_RUNS).join().items().size());
      assertEquals(List.of(Duration.ofSeconds(5)), fake.sleeps());
    }
  }

  @Test
  void clearSleepsForgetsTheWaitsSoFar() {
    try (FakeTimbal fake = FakeTimbal.builder().runs(1).start()) {
      TimbalClient client = fake.clientBuilder().build();
      fake.failNext(1, 429, 1);
      client.runs().list(SessionKitFakesTest.ALL_RUNS);
      fake.clearSleeps();
      assertEquals(List.of(), fake.sleeps());
      fake.failNext(1, 429, 4);
      client.runs().list(SessionKitFakesTest.ALL_RUNS);
      assertEquals(List.of(Duration.ofSeconds(4)), fake.sleeps());
    }
  }

  @Test
  void theRetryPolicyIsTheSdksDefaultsWithTheRecordingSleeper() {
    try (FakeSyntropic fake = FakeSyntropic.start()) {
      RetryPolicy policy = fake.retryPolicy();
      RetryPolicy defaults = RetryPolicy.defaults();
      assertEquals(defaults.maxRetries(), policy.maxRetries());
      assertEquals(defaults.retryableStatuses(), policy.retryableStatuses());
      assertEquals(defaults.maxRetryAfter(), policy.maxRetryAfter());
      assertSame(defaults.backoff(), policy.backoff());
      assertSame(policy, fake.clientBuilder().build().config().retryPolicy());
      assertSame(policy.sleeper(), fake.clientBuilder().maxRetries(5).build().config().retryPolicy().sleeper(),
          "maxRetries keeps the recording sleeper");
    }
  }

  @Test
  void byDefaultAWaitIsNotSlept() throws InterruptedException {
    try (FakeTimbal fake = FakeTimbal.start()) {
      Thread.currentThread().interrupt();
      fake.retryPolicy().sleeper().sleep(Duration.ofMinutes(10));
      assertEquals(List.of(Duration.ofMinutes(10)), fake.sleeps());
    }
  }

  @Test
  void realSleepsSleepsEachWaitAndStillRecordsIt() {
    try (FakeSyntropic fake = FakeSyntropic.builder().realSleeps(true).start()) {
      assertSleepsForReal(fake.clientBuilder().build().config().retryPolicy().sleeper());
      assertEquals(List.of(Duration.ofMinutes(10)), fake.sleeps(), "recorded when the wait began");
    }
  }

  @Nested
  class InjectedClients {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes().agentScope(b -> b.realSleeps(true));

    @Test
    void recordIntoTheirFakeAndSleepWhenItsBuilderSaysSo(FakeAgentScope agentScope, AgentsClient agents,
        FakeTimbal timbal, TimbalClient client) {
      assertSame(agentScope.retryPolicy(), agents.config().retryPolicy());
      assertSleepsForReal(agents.config().retryPolicy().sleeper());
      assertSame(timbal.retryPolicy(), client.config().retryPolicy());
      assertDoesNotThrow(() -> {
        Thread.currentThread().interrupt();
        client.config().retryPolicy().sleeper().sleep(Duration.ofMinutes(10));
      }, "the other fakes keep the default");
    }
  }

  private static void assertSleepsForReal(Sleeper sleeper) {
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, () -> sleeper.sleep(Duration.ofMinutes(10)));
  }

  private static void assertBetween(Duration low, Duration high, Duration actual) {
    assertTrue(actual.compareTo(low) >= 0 && actual.compareTo(high) <= 0,
        actual + " should be within " + low + ".." + high);
  }
}
