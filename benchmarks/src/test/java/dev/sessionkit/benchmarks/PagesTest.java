package dev.sessionkit.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The synthetic pages: valid JSON in the real servers' formats, and gzip that decodes to the same bytes. */
class PagesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @ParameterizedTest
  @ValueSource(strings = {"", "x", "\"pg_0000000001\"}", "null}"})
  void aGzipPrefixWithATailDecodesToPrefixAndTail(String tail) throws IOException {
    byte[] prefix = "{\"runs\":[{\"id\":\"a\"},{\"id\":\"a\"},{\"id\":\"a\"}],\"next_page_token\":"
        .getBytes(StandardCharsets.UTF_8);
    byte[] gz = Gzip.prefix(prefix).withTail(tail.getBytes(StandardCharsets.UTF_8));
    byte[] plain = new GZIPInputStream(new ByteArrayInputStream(gz)).readAllBytes();
    assertEquals(new String(prefix, StandardCharsets.UTF_8) + tail, new String(plain, StandardCharsets.UTF_8));
  }

  @Test
  void timbalPagesChainTheirTokensAndTheLastPageIsShort() throws IOException {
    TimbalPages pages = new TimbalPages(PageBodies.timbalRuns(50), 120, 50);
    assertEquals(3, pages.pages());

    JsonNode first = MAPPER.readTree(pages.page(0, false));
    assertEquals(50, first.path("runs").size());
    assertEquals("pg_0000000001", first.path("next_page_token").asText());
    assertEquals(1, pages.pageIndex(first.path("next_page_token").asText()));
    JsonNode last = MAPPER.readTree(pages.page(2, false));
    assertEquals(20, last.path("runs").size());
    assertTrue(last.path("next_page_token").isNull());
    assertArrayEquals(pages.page(1, false), new GZIPInputStream(new ByteArrayInputStream(pages.page(1, true)))
        .readAllBytes());
    assertEquals(0, pages.pageIndex(null));
    assertThrows(IllegalArgumentException.class, () -> pages.pageIndex("pg_0000000003"));
    assertThrows(IllegalArgumentException.class, () -> pages.pageIndex("pg_0000000000"));
  }

  @Test
  void syntropicSessionsHaveTheirOwnIdsAndTimesInPythonsFormat() throws IOException {
    SyntropicPages pages = new SyntropicPages(PageBodies.syntropicSessions(3), 10);
    JsonNode body = MAPPER.readTree(pages.page(4, 200));

    assertEquals(6, body.path("total").asInt());
    assertEquals(6, body.path("sessions").size());
    JsonNode first = body.path("sessions").get(0);
    assertTrue(first.path("id").asText().endsWith("-000000000004"), first.path("id").asText());
    assertEquals(36, first.path("id").asText().length());
    // 12:00:00 minus 4 × 0.997531 s = 11:59:56.009876, written as Python's str(datetime).
    assertEquals("2026-05-01 11:59:56.009876+00:00", first.path("started_at").asText());
    assertEquals(SyntropicPages.startedAt(4), SyntropicPages.parse(first.path("started_at").asText()));
    for (int i = 0; i < 6; i++) {
      JsonNode s = body.path("sessions").get(i);
      if (s.path("completed_at").isTextual()) {
        assertTrue(SyntropicPages.parse(s.path("completed_at").asText())
            .isAfter(SyntropicPages.parse(s.path("started_at").asText())));
      }
    }
  }

  @Test
  void anUpperBoundStartsAtTheFirstSessionAtOrBeforeIt() {
    SyntropicPages pages = new SyntropicPages(PageBodies.syntropicSessions(1), 1000);
    assertEquals(0, pages.startIndex(null));
    assertEquals(0, pages.startIndex(Instant.parse("2027-01-01T00:00:00Z")));
    assertEquals(7, pages.startIndex(SyntropicPages.startedAt(7)));
    assertEquals(8, pages.startIndex(SyntropicPages.startedAt(7).minusNanos(1000)));
    assertEquals(1000, pages.startIndex(Instant.parse("2000-01-01T00:00:00Z")));
  }
}
