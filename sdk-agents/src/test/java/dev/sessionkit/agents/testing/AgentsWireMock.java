package dev.sessionkit.agents.testing;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Clients pointed at a WireMock server, and assertions on what reached it. */
public final class AgentsWireMock {
  /** The user id every test client sends as {@code x-user-id}. */
  public static final String USER_ID = "alice@acme.example";

  private AgentsWireMock() {}

  /** A builder for {@code wm} whose retries wait on {@code sleeper}. */
  public static AgentsClient.Builder builder(WireMockExtension wm, RecordingSleeper sleeper) {
    return AgentsClient.builder()
        .baseUrl(wm.baseUrl())
        .userId(USER_ID)
        .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build());
  }

  /** A client for {@code wm}. */
  public static AgentsClient client(WireMockExtension wm, RecordingSleeper sleeper) {
    return builder(wm, sleeper).build();
  }

  /** Asserts that the request carried exactly these query parameter names, no others. */
  public static void assertQueryNames(LoggedRequest request, String... names) {
    assertEquals(new TreeSet<>(Set.of(names)), new TreeSet<>(request.getQueryParams().keySet()),
        "query parameters of " + request.getUrl());
  }

  /** The one request WireMock received. */
  public static LoggedRequest onlyRequest(WireMockExtension wm) {
    List<LoggedRequest> all = wm.findAll(anyRequestedFor(anyUrl()));
    assertEquals(1, all.size(), "requests received: " + all);
    return all.get(0);
  }
}
