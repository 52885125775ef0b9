package dev.sessionkit.core.internal.paging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells whether a cursor walk has come back to a page token it already followed, in bounded memory, so that
 * a walk of millions of pages holds no more than the page in hand and this.
 *
 * <p>Two checks. The tokens of the last {@value #WINDOW} pages are remembered: a loop over at most that many
 * pages (the usual server bug: the same token again, or two alternating) is caught at its first repeat. A
 * longer loop is caught by checkpoints: for each power of two from {@value #WINDOW} up, the token of the last
 * page whose depth is a multiple of it. A loop of L pages meets the checkpoint of the first power of two above
 * L again before that checkpoint moves on, so it is caught within 2L pages of its first repeat, however long
 * the walk ran before it. A walk that never repeats holds at most {@value #WINDOW} tokens and the 21
 * checkpoints.
 *
 * <p>Thread-safe: pages of one walk may be fetched from any thread. Vendors whose walks are not plain token
 * walks ({@link CursorPaging}) use it directly: one per walk.
 */
public final class TokenLoopDetector {
  /** How many recent tokens are remembered; past that, memory stays flat. */
  static final int WINDOW = 1024;

  private static final int FIRST_POWER = Integer.numberOfTrailingZeros(WINDOW);
  /** Powers of two from WINDOW to 2^30: a depth is a positive int. */
  private static final int CHECKPOINTS = 30 - FIRST_POWER + 1;

  private final Map<String, Integer> recent = new LinkedHashMap<>(64, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > WINDOW;
    }
  };
  private final String[] checkpoints = new String[CHECKPOINTS];
  private final int[] checkpointDepths = new int[CHECKPOINTS];

  /**
   * Records that the page at {@code depth} sent {@code token} as its next-page token.
   *
   * @return the depth of another page that sent the same token (the walk loops), or -1; the same page fetched
   *     again and sending its token again is no loop
   */
  public synchronized int record(String token, int depth) {
    Integer first = recent.get(token);
    if (first != null && first != depth) {
      return first;
    }
    for (int k = 0; k < CHECKPOINTS; k++) {
      if (token.equals(checkpoints[k]) && checkpointDepths[k] != depth) {
        return checkpointDepths[k];
      }
    }
    if (first == null) {
      recent.put(token, depth);
    }
    for (int k = 0; k < CHECKPOINTS; k++) {
      if (Integer.numberOfTrailingZeros(depth) >= FIRST_POWER + k) {
        checkpoints[k] = token;
        checkpointDepths[k] = depth;
      }
    }
    return -1;
  }

  /** How many tokens are held now, for tests: never more than {@value #WINDOW} plus the checkpoints. */
  synchronized int tokensHeld() {
    int held = recent.size();
    for (String checkpoint : checkpoints) {
      if (checkpoint != null && !recent.containsKey(checkpoint)) {
        held++;
      }
    }
    return held;
  }
}
