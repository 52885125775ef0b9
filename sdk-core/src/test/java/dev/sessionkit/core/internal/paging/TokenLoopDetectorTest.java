package dev.sessionkit.core.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenLoopDetectorTest {
  @Test
  void aShortLoopIsCaughtAtItsFirstRepeat() {
    TokenLoopDetector loops = new TokenLoopDetector();
    assertEquals(-1, loops.record("A", 1));
    assertEquals(-1, loops.record("B", 2));
    assertEquals(1, loops.record("A", 3));

    TokenLoopDetector same = new TokenLoopDetector();
    assertEquals(-1, same.record("A", 1));
    assertEquals(1, same.record("A", 2));
  }

  @Test
  void thePageFetchedAgainSendingItsTokenAgainIsNoLoop() {
    TokenLoopDetector loops = new TokenLoopDetector();
    assertEquals(-1, loops.record("A", 1));
    assertEquals(-1, loops.record("B", 2));
    assertEquals(-1, loops.record("B", 2));
    assertEquals(-1, loops.record("A", 1));
    assertEquals(-1, loops.record("C", 3));
  }

  @ParameterizedTest(name = "a loop over {0} pages")
  @ValueSource(ints = {TokenLoopDetector.WINDOW, TokenLoopDetector.WINDOW + 1, 5_000, 100_000})
  void aLoopLongerThanTheWindowIsCaughtWithinThreeTimesItsLength(int length) {
    TokenLoopDetector loops = new TokenLoopDetector();
    int tail = 777; // pages before the loop starts
    int caughtAt = -1;
    for (int depth = 1; depth <= tail + 4 * length && caughtAt < 0; depth++) {
      int step = depth <= tail ? depth : tail + 1 + (depth - tail - 1) % length;
      if (loops.record("t" + step, depth) >= 0) {
        caughtAt = depth;
      }
    }
    assertTrue(caughtAt > tail + length, "not before the first repeat: " + caughtAt);
    assertTrue(caughtAt <= tail + 3 * length, "caught at " + caughtAt);
  }

  @Test
  void aWalkThatNeverRepeatsHoldsABoundedNumberOfTokens() {
    TokenLoopDetector loops = new TokenLoopDetector();
    for (int depth = 1; depth <= 1_000_000; depth++) {
      assertEquals(-1, loops.record("token-" + depth, depth));
    }
    assertTrue(loops.tokensHeld() <= TokenLoopDetector.WINDOW + 1, "holds " + loops.tokensHeld());
  }
}
