package dev.sessionkit.agents.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A session's messages on WireMock as both server versions page them, as the vendor's source has them:
 * AgentScope 2.0.4.post1 and newer ({@code before} + {@code has_more}, pages back from the latest, each page
 * oldest first on the wire; agentscope#2081) and the servers before it ({@code offset}, forward from the first,
 * no {@code has_more}). Every page answers with an {@code x-request-id} that names it.
 */
public final class MessageServers {
  /** The session whose messages are stubbed ({@code sess-1} of {@code agt-1}). */
  public static final String PATH = "/sessions/sess-1/messages";

  private MessageServers() {}

  /** The id of the session's message {@code i} (0 the oldest). */
  public static String id(int i) {
    return String.format("msg-%04d", i);
  }

  /** Messages [from, to) oldest first, as both server versions send a page; {@code hasMore} null: not sent. */
  public static String body(int from, int to, String hasMore) {
    String messages = IntStream.range(from, to)
        .mapToObj(i -> "{\"id\": \"" + id(i) + "\", \"name\": \"alice\", \"role\": \"user\", \"content\": "
            + "[{\"type\": \"text\", \"text\": \"m" + i + "\"}], \"metadata\": {}}")
        .collect(Collectors.joining(","));
    return "{\"messages\": [" + messages + "], \"is_running\": false" + (hasMore == null ? "" : ", \"has_more\": "
        + hasMore) + "}";
  }

  /**
   * What a current server answers for a session of {@code size} messages: the page before a cursor. The
   * page before message {@code n} answers with {@code x-request-id: before-n}, the latest with
   * {@code before-none}.
   */
  public static void stubCurrentServer(WireMockExtension wm, int size, int limit) {
    int end = size;
    String cursor = null;
    while (true) {
      int start = Math.max(0, end - limit);
      wm.stubFor(get(urlPathEqualTo(PATH))
          .withQueryParam("before", cursor == null ? absent() : equalTo(cursor))
          .withQueryParam("limit", equalTo(String.valueOf(limit)))
          .willReturn(okJson(body(start, end, String.valueOf(start > 0)))
              .withHeader("x-request-id", "before-" + (cursor == null ? "none" : cursor))));
      if (start == 0) {
        return;
      }
      cursor = id(start);
      end = start;
    }
  }

  /**
   * What a server before 2.0.4.post1 answers: the messages from an offset, whatever the limit, with
   * {@code x-request-id: offset-n}.
   */
  public static void stubOlderServer(WireMockExtension wm, int size, int limit) {
    for (int offset = 0; offset <= size; offset += limit) {
      for (int asked : new int[] {limit, limit + 1}) {
        wm.stubFor(get(urlPathEqualTo(PATH))
            .withQueryParam("offset", offset == 0 ? absent() : equalTo(String.valueOf(offset)))
            .withQueryParam("limit", equalTo(String.valueOf(asked)))
            .willReturn(okJson(body(offset, Math.min(size, offset + asked), null))
                .withHeader("x-request-id", "offset-" + offset)));
      }
    }
  }
}
