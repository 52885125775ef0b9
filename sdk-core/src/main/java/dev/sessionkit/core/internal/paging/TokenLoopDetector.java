package dev.sessionkit.core.internal.paging;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells whether a cursor walk has come back to a page token it already followed, in bounded memory, so that
 * a walk of millions of pages holds no more than the page in hand and this.
 *
 * <p>Two checks. The tokens of the last {@value #WINDOW} pages are remembered: a loop over fewer pages (the
 * usual server bug: the same token again, or two alternating) is caught at its first repeat. A longer loop is
 * caught by Brent's cycle detection: one checkpoint token, moved forward at doubling distances, which the walk
 * meets again within about twice the loop's length. A walk that never repeats keeps at most
 * {@value #WINDOW} tokens and the checkpoint, however long it runs.
 *
 * <p>Thread-safe: pages of one walk may be fetched from any thread.
 */
final class TokenLoopDetector {
  /** How many recent tokens are remembered; past that, memory stays flat. */
  static final int WINDOW = 1024;

  private final Map<String, Integer> recent = new LinkedHashMap<>(64, 0.75f, false) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
      return size() > WINDOW;
    }
  };
  private String checkpoint;
  private int checkpointDepth;
  private long stride = WINDOW;

  /**
   * Records that the page at {@code depth} sent {@code token} as its next-page token.
   *
   * @return the depth of another page that sent the same token (the walk loops), or -1; the same page fetched
   *     again and sending its token again is no loop
   */
  synchronized int record(String token, int depth) {
    Integer first = recent.get(token);
    if (first != null && first != depth) {
      return first;
    }
    if (token.equals(checkpoint) && checkpointDepth != depth) {
      return checkpointDepth;
    }
    if (first == null) {
      recent.put(token, depth);
    }
    if (checkpoint == null || depth - checkpointDepth >= stride) {
      checkpoint = token;
      checkpointDepth = depth;
      stride *= 2;
    }
    return -1;
  }

  /** How many tokens are held now, for tests: never more than {@value #WINDOW} plus the checkpoint. */
  synchronized int tokensHeld() {
    return recent.size() + (checkpoint != null && !recent.containsKey(checkpoint) ? 1 : 0);
  }
}
