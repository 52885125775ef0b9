package dev.sessionkit.core.internal.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

  @ParameterizedTest(name = "a loop over {1} pages after {0}")
  @CsvSource({"0, 1", "0, 2", "777, " + TokenLoopDetector.WINDOW, "777, 1025", "777, 5000", "3, 100000",
      "100000, 1025", "1000000, 1100", "5000000, 2000", "5000000, 70000"})
  void aLoopIsCaughtWithinTwiceItsLengthOfItsFirstRepeatHoweverLongTheWalkBeforeIt(int lead, int length) {
    TokenLoopDetector loops = new TokenLoopDetector();
    int firstRepeat = lead + length + 1;
    int caughtAt = -1;
    for (int depth = 1; depth <= firstRepeat + 3 * length && caughtAt < 0; depth++) {
      int step = depth <= lead ? depth : lead + 1 + (depth - lead - 1) % length;
      if (loops.record("t" + step, depth) >= 0) {
        caughtAt = depth;
      }
    }
    assertTrue(caughtAt >= firstRepeat, "not before the first repeat: " + caughtAt);
    assertTrue(caughtAt - firstRepeat <= (length <= TokenLoopDetector.WINDOW ? 0 : 2 * length),
        "caught " + (caughtAt - firstRepeat) + " pages after the first repeat");
  }

  @Test
  void aWalkThatNeverRepeatsHoldsABoundedNumberOfTokens() {
    TokenLoopDetector loops = new TokenLoopDetector();
    for (int depth = 1; depth <= 1_000_000; depth++) {
      assertEquals(-1, loops.record("token-" + depth, depth));
    }
    assertTrue(loops.tokensHeld() <= TokenLoopDetector.WINDOW + 21, "holds " + loops.tokensHeld());
  }
}
