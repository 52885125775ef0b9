package dev.sessionkit.timbal.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.core.retry.RetryPolicy;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.timbal.TimbalClient;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Clients pointed at a WireMock server, and assertions on what reached it. */
public final class TimbalWireMock {
  /** The API key every test client sends. */
  public static final String API_KEY = "tk_live_4f9c2b7e1a";

  /** The header the server must see. */
  public static final String BEARER = "Bearer " + API_KEY;

  private TimbalWireMock() {}

  /** A client for {@code wm}, with no defaults, whose retries wait on {@code sleeper}. */
  public static TimbalClient.Builder builder(WireMockExtension wm, RecordingSleeper sleeper) {
    return TimbalClient.builder()
        .apiKey(API_KEY)
        .baseUrl(wm.baseUrl())
        .retryPolicy(RetryPolicy.builder().sleeper(sleeper).build());
  }

  /** A client for {@code wm} with default org {@code acme} and project {@code support-bot}. */
  public static TimbalClient client(WireMockExtension wm, RecordingSleeper sleeper) {
    return builder(wm, sleeper).orgId("acme").projectId("support-bot").build();
  }

  /** Asserts that the request carried exactly these query parameter names, no others. */
  public static void assertQueryNames(LoggedRequest request, String... names) {
    assertEquals(new TreeSet<>(Set.of(names)), new TreeSet<>(request.getQueryParams().keySet()),
        "query parameters of " + request.getUrl());
  }

  /** The one request WireMock received. */
  public static LoggedRequest onlyRequest(WireMockExtension wm) {
    List<LoggedRequest> all = wm.findAll(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(
        com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
    assertEquals(1, all.size(), "requests received: " + all);
    return all.get(0);
  }
}
