package dev.sessionkit.testkit.internal.agentscope;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.internal.Json;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MessageWindowTest {
  /** m0 (oldest) to m4 (latest). */
  private static final List<ObjectNode> MESSAGES =
      List.of("m0", "m1", "m2", "m3", "m4").stream().map(id -> Json.object().put("id", id)).toList();

  @ParameterizedTest(name = "before {0}, limit {1}: [{2}, {3}), has_more {4}")
  @CsvSource(nullValues = "-", value = {
      // No cursor: the latest page, oldest first within it.
      "-, 2, 3, 5, true",
      "-, 5, 0, 5, false",
      "-, 200, 0, 5, false",
      // A cursor: the page just before that message.
      "m3, 2, 1, 3, true",
      "m3, 3, 0, 3, false",
      "m1, 50, 0, 1, false",
      "m4, 1, 3, 4, true",
      // Nothing before the first message, and nothing before a cursor the session does not know.
      "m0, 2, 0, 0, false",
      "gone, 2, 0, 0, false"})
  void newerServersPageBackwardsFromTheCursorOrTheLatest(String before, int limit, int start, int end,
      boolean hasMore) {
    MessageWindow w = MessageWindow.before(MESSAGES, before, limit);

    assertEquals(new MessageWindow(start, end), w);
    assertEquals(hasMore, w.hasMore());
  }

  @ParameterizedTest(name = "offset {0}, limit {1}: [{2}, {3})")
  @CsvSource({
      "0, 2, 0, 2",
      "1, 2, 1, 3",
      "4, 10, 4, 5",
      "0, 200, 0, 5",
      // Past the end: empty, and an offset near the int's limit does not wrap around.
      "5, 2, 5, 5",
      "9, 2, 5, 5",
      "2147483647, 200, 5, 5"})
  void olderServersPageForwardsFromTheOffset(int offset, int limit, int start, int end) {
    assertEquals(new MessageWindow(start, end), MessageWindow.fromOffset(MESSAGES.size(), offset, limit));
  }
}
