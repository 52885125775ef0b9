package dev.sessionkit.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.testkit.FakeSyntropic;
import dev.sessionkit.testkit.FakeTimbal;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Realistic list bodies, deterministic: the items are the testkit fakes' seeded records (seed 42), which
 * follow the real servers' formats (Timbal's epoch-free ISO times and decimal costs; Syntropic's
 * {@code str(datetime)} times with a space and decimal strings for money).
 */
final class PageBodies {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private PageBodies() {}

  /**
   * Timbal runs as {@code GET …/runs} lists them.
   *
   * @param count how many, at least 1
   * @return the runs, newest first
   */
  static List<ObjectNode> timbalRuns(int count) {
    try (FakeTimbal fake = FakeTimbal.builder().runs(count).start()) {
      return fake.runsJson();
    }
  }

  /**
   * Syntropic137 sessions as {@code GET /sessions} lists them.
   *
   * @param count how many, at least 1
   * @return the sessions, newest first
   */
  static List<ObjectNode> syntropicSessions(int count) {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(count).start()) {
      return fake.sessionsJson();
    }
  }

  /**
   * One page of {@code GET …/runs}: {@code {"runs": [...], "next_page_token": ...}}.
   *
   * @param runs the page's runs
   * @param nextPageToken the cursor of the next page, or null on the last
   * @return the body, compact UTF-8 JSON
   */
  static byte[] timbalRunsPage(List<ObjectNode> runs, String nextPageToken) {
    ObjectNode body = MAPPER.createObjectNode();
    body.putArray("runs").addAll(runs);
    body.put("next_page_token", nextPageToken);
    return bytes(body);
  }

  /**
   * One response of {@code GET /sessions}: {@code {"sessions": [...], "total": n}}.
   *
   * @param sessions the response's sessions
   * @return the body, compact UTF-8 JSON
   */
  static byte[] syntropicSessionsPage(List<ObjectNode> sessions) {
    ObjectNode body = MAPPER.createObjectNode();
    ArrayNode items = body.putArray("sessions");
    items.addAll(sessions);
    body.put("total", sessions.size());
    return bytes(body);
  }

  /**
   * One page of the API's listing, {@code items} long, for the parsing benchmarks.
   *
   * @param api the API
   * @param items how many items
   * @return the body
   */
  static byte[] page(Api api, int items) {
    switch (api) {
      case TIMBAL:
        return timbalRunsPage(timbalRuns(items), "pg_0000000001");
      case SYNTROPIC:
        return syntropicSessionsPage(syntropicSessions(items));
      default:
        throw new AssertionError(api);
    }
  }

  static byte[] bytes(Object json) {
    try {
      return MAPPER.writeValueAsBytes(json);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
