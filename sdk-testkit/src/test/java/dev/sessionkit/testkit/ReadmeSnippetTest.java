package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's testkit snippets, kept compiling and true. */
@ExtendWith(SessionKitFakes.class)
class ReadmeSnippetTest {
  @Test
  void survivesRateLimits(FakeTimbal timbal, TimbalClient client) {
    timbal.failNext(2, 429, 1);
    assertEquals(timbal.runs().size(), client.runs().listAll(ListRunsRequest.builder().build()).stream().count());
  }

  @Test
  void outsideJUnit() {
    try (FakeSyntropic fake = FakeSyntropic.start()) {
      SyntropicClient c = fake.clientBuilder().build();
      assertEquals(fake.sessions().size(), c.sessions().listAll(ListSessionsRequest.builder().build()).stream().count());
    }
  }
}
