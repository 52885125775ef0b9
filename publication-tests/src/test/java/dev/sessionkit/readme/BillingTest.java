package dev.sessionkit.readme;

// readme:begin billing-test
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.testkit.SessionKitFakes;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SessionKitFakes.class)
class BillingTest {
  @Test
  void survivesRateLimits(FakeTimbal timbal, TimbalClient client) {   // a started fake, and a client of it
    timbal.failNext(2, 429, 1);                                        // two 429s with Retry-After: 1
    assertEquals(timbal.runs().size(), client.runs().listAll(ListRunsRequest.builder().build()).stream().count());
  }
}
// readme:end billing-test
