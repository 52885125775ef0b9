package dev.sessionkit.core.retry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackoffStrategyTest {
  @ParameterizedTest(name = "attempt {0}, random {1} -> {2} ms")
  @CsvSource({
      "1, 0.0, 500", "2, 0.0, 1000", "3, 0.0, 2000", "4, 0.0, 4000", "5, 0.0, 8000", "6, 0.0, 8000", "60, 0.0, 8000",
      "1, 0.5, 437", "3, 0.999, 1500", "6, 1.0, 6000"})
  void growsExponentiallyUpToTheCapLessUpToAQuarterOfJitter(int attempt, double random, long expectedMillis) {
    BackoffStrategy b = BackoffStrategy.exponentialWithJitter(Duration.ofMillis(500), Duration.ofSeconds(8), () -> random);
    assertEquals(expectedMillis, b.computeDelay(attempt).toMillis());
  }

  @Test
  void theDefaultPolicyWaitsBetweenThreeEighthsOfASecondAndEightSeconds() {
    BackoffStrategy b = RetryPolicy.defaults().backoff();
    for (int attempt = 1; attempt <= 10; attempt++) {
      long ms = b.computeDelay(attempt).toMillis();
      long ceiling = Math.min(500L << (attempt - 1), 8000);
      assertEquals(true, ms > ceiling * 3 / 4 - 1 && ms <= ceiling, "attempt " + attempt + ": " + ms);
    }
    assertEquals(2, RetryPolicy.defaults().maxRetries());
    assertEquals(Duration.ofSeconds(60), RetryPolicy.defaults().maxRetryAfter());
  }

  @Test
  void refusesNonsense() {
    assertThrows(IllegalArgumentException.class,
        () -> BackoffStrategy.exponentialWithJitter(Duration.ofSeconds(2), Duration.ofSeconds(1)));
    assertThrows(IllegalArgumentException.class, () -> BackoffStrategy.fixed(Duration.ofSeconds(-1)));
    assertThrows(IllegalArgumentException.class, () -> RetryPolicy.builder().maxRetries(-1));
    assertThrows(IllegalArgumentException.class,
        () -> BackoffStrategy.exponentialWithJitter(Duration.ofMillis(1), Duration.ofMillis(2)).computeDelay(0));
  }
}
