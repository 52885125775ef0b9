package dev.sessionkit.agents.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link SessionService#usage(SessionView)}: current servers list sessions with their context cleared
 * (agentscope#1984), so the real usage is read from the session's messages.
 */
class SessionUsageFromMessagesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final String PATH = "/sessions/sess-1/messages";

  private final AgentsClient agents = client(wm, new RecordingSleeper());

  /** A view as a current server lists it: no context, so no tokens of its own. */
  private static SessionView listed() {
    return SessionView.builder().status(SessionStatus.IDLE).session(SessionRecord.builder().id("sess-1")
        .userId("alice").agentId("agt-1").createdAt(Instant.parse("2026-08-20T09:00:00Z"))
        .updatedAt(Instant.parse("2026-08-20T09:30:00Z"))
        .config(SessionConfig.builder().chatModelConfig(ChatModelConfig.builder().type("openai_credential")
            .credentialId("cred-1").model("gpt-4o").build()).build())
        .build()).build();
  }

  private static String message(String id, String role, String usage) {
    return "{\"id\": \"" + id + "\", \"name\": \"n\", \"role\": \"" + role + "\", \"content\": [], \"metadata\": {}, "
        + "\"usage\": " + usage + "}";
  }

  @Test
  void theTokensOfEveryMessageOnEveryPageAreAddedUp() throws Exception {
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", absent()).willReturn(okJson(
        "{\"messages\": [" + message("m3", "user", "null") + ", "
            + message("m4", "assistant", "{\"input_tokens\": 2210, \"output_tokens\": 95}")
            + "], \"is_running\": false, \"has_more\": true}")));
    wm.stubFor(get(urlPathEqualTo(PATH)).withQueryParam("before", equalTo("m3")).willReturn(okJson(
        "{\"messages\": [" + message("m1", "user", "null") + ", "
            + message("m2", "assistant", "{\"input_tokens\": 1523, \"output_tokens\": 312, "
                + "\"cache_input_tokens\": 1024, \"cache_creation_input_tokens\": 0}")
            + "], \"is_running\": false, \"has_more\": false}")));
    assertEquals(TokenUsage.zero(), listed().toSessionUsage().tokens(), "the listed view has nothing to sum");

    SessionUsage usage = agents.sessions().usage(listed(), RequestOptions.builder().header("X-Job", "cost").build());

    assertEquals(SessionUsage.builder().vendor(Vendor.AGENTSCOPE).id("sess-1").status("idle").model("gpt-4o")
        .agentId("agt-1").startedAt(Instant.parse("2026-08-20T09:00:00Z")).lastActivityAt(Instant.parse("2026-08-20T09:30:00Z"))
        // m2's 1523 input tokens include its 1024 cache reads.
        .tokens(TokenUsage.builder().input(2210 + 1523 - 1024).output(407).cacheRead(1024).build()).build(), usage);
    assertEquals(Optional.empty(), usage.costUsd());
    wm.verify(2, getRequestedFor(urlPathEqualTo(PATH)).withQueryParam("agent_id", equalTo("agt-1"))
        .withQueryParam("limit", equalTo("200")).withHeader("X-Job", equalTo("cost")));
    assertEquals(usage, agents.async().sessions().usage(listed()).get(30, TimeUnit.SECONDS));
  }
}
