package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's testkit snippets, kept compiling and true. */
@ExtendWith(SessionKitFakes.class)
class ReadmeSnippetTest {
  /**
   * The README's {@code BillingTest}, as it is there, then what makes it fast: the two {@code Retry-After: 1}
   * waits were recorded, not slept (asserted on the record, never on the clock).
   */
  @Test
  void survivesRateLimits(FakeTimbal timbal, TimbalClient client) {
    timbal.failNext(2, 429, 1);                                        // two 429s with Retry-After: 1
    assertEquals(timbal.runs().size(), client.runs().listAll(ListRunsRequest.builder().build()).stream().count());

    assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(1)), timbal.sleeps());
    assertEquals(2 + 3, timbal.requests().size(), "two refused, then the three pages of 120 runs");
  }

  @Test
  void outsideJUnit() {
    try (FakeSyntropic fake = FakeSyntropic.start()) {
      SyntropicClient c = fake.clientBuilder().build();
      assertEquals(fake.sessions().size(), c.sessions().listAll(ListSessionsRequest.builder().build()).stream().count());
    }
  }
}
