package dev.sessionkit.agents;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.sessions.ListSessionsRequest;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AgentsClientTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @Test
  void fromEnvReadsTheUrlAndTheUserIdAndSendsItOnEveryRequest() {
    wm.stubFor(get(urlPathEqualTo("/sessions/")).willReturn(okJson("{\"sessions\": [], \"total\": 0}")));
    AgentsClient agents = AgentsClient.fromEnv(Map.of(
        "AGENTSCOPE_API_URL", " " + wm.baseUrl() + "/ ", "AGENTSCOPE_USER_ID", " bob "));

    agents.sessions().list(ListSessionsRequest.builder().agentId("agt-1").build());
    agents.sessions().list(ListSessionsRequest.builder().agentId("agt-2").build());

    wm.verify(2, getRequestedFor(urlPathEqualTo("/sessions/")).withHeader("x-user-id", equalTo("bob")));
    assertEquals(URI.create(wm.baseUrl()), agents.config().baseUrl());
  }

  @Test
  void withoutAUrlTheClientTalksToThisMachine() {
    AgentsClient agents = AgentsClient.fromEnv(Map.of("AGENTSCOPE_API_URL", "  ", "AGENTSCOPE_USER_ID", "bob"));

    assertEquals(URI.create("http://localhost:8000"), agents.config().baseUrl());
    assertEquals("x-user-id", agents.config().credentials().headerName());
    assertEquals(ZoneOffset.UTC, agents.config().serverTimeZone());
  }

  @Test
  void aUserIdIsRequired() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> AgentsClient.builder().build());
    assertEquals("userId is not set: call userId(...) or set AGENTSCOPE_USER_ID; the Agent Service needs"
        + " x-user-id on every request", e.getMessage());
    assertThrows(IllegalStateException.class, () -> AgentsClient.fromEnv(Map.of("AGENTSCOPE_API_URL", wm.baseUrl())));
  }

  @Test
  void blankOrMultiLineUserIdsAreRefused() {
    assertEquals("userId must not be blank",
        assertThrows(IllegalArgumentException.class, () -> AgentsClient.builder().userId("")).getMessage());
    assertEquals("userId must not be blank",
        assertThrows(IllegalArgumentException.class, () -> AgentsClient.builder().userId(" \t")).getMessage());
    assertEquals("userId must not contain CR, LF or NUL", assertThrows(IllegalArgumentException.class,
        () -> AgentsClient.builder().userId("alice\r\nx-admin: 1")).getMessage());
    assertEquals("userId must not contain CR, LF or NUL",
        assertThrows(IllegalArgumentException.class, () -> AgentsClient.builder().userId("alice\n")).getMessage());
    assertThrows(NullPointerException.class, () -> AgentsClient.builder().userId(null));
  }

  @Test
  void aUserIdHeadersCannotCarryIsRefusedWithoutEchoingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AgentsClient.builder().userId("alice\u200b"));
    assertEquals("userId must not contain control characters or characters past U+00FF (java.net.http cannot"
        + " send them in a header); found U+200B at index 5", e.getMessage());
    assertEquals("userId must not contain control characters or characters past U+00FF (java.net.http cannot"
        + " send them in a header); found U+0007 at index 1", assertThrows(IllegalArgumentException.class,
            () -> AgentsClient.builder().userId("a\u0007")).getMessage());
  }

  @Test
  void anInvalidUrlInTheEnvironmentIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AgentsClient.fromEnv(Map.of("AGENTSCOPE_API_URL", "ftp://agents", "AGENTSCOPE_USER_ID", "bob")));
    assertTrue(e.getMessage().startsWith("baseUrl must start with http:// or https://"), e.getMessage());
  }

  @Test
  void aSelfHostedServiceOnPlainHttpIsAllowed() {
    // x-user-id is an identity, not a secret: plain http to a host on the user's network is their choice.
    AgentsClient agents = AgentsClient.builder().baseUrl("http://agents.internal:8000").userId("alice").build();

    assertEquals("agents.internal", agents.config().baseUrl().getHost());
  }

  @Test
  void theServerZoneIsConfigurable() {
    AgentsClient agents = AgentsClient.builder().userId("alice").serverTimeZone(ZoneId.of("Europe/Madrid")).build();

    assertEquals(ZoneId.of("Europe/Madrid"), agents.config().serverTimeZone());
    assertThrows(NullPointerException.class, () -> AgentsClient.builder().serverTimeZone(null));
  }

  @Test
  void fromEnvReadsTheServersTwoZones() {
    AgentsClient agents = AgentsClient.fromEnv(Map.of("AGENTSCOPE_USER_ID", "bob",
        "AGENTSCOPE_SERVER_TZ", " Asia/Shanghai ", "AGENTSCOPE_STORAGE_TZ", "+08:00"));

    assertEquals(java.time.ZoneId.of("Asia/Shanghai"), agents.config().serverTimeZone());
    assertEquals(java.time.ZoneId.of("+08:00"), agents.config().storageTimeZone());
    AgentsClient defaults = AgentsClient.fromEnv(Map.of("AGENTSCOPE_USER_ID", "bob", "AGENTSCOPE_SERVER_TZ", " "));
    assertEquals(java.time.ZoneOffset.UTC, defaults.config().serverTimeZone());
    assertEquals(java.time.ZoneOffset.UTC, defaults.config().storageTimeZone());
  }

  @Test
  void aZoneThatIsNotOneIsRefusedNamingTheVariable() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AgentsClient.fromEnv(
        Map.of("AGENTSCOPE_USER_ID", "bob", "AGENTSCOPE_STORAGE_TZ", "Mars/Olympus")));

    assertEquals("AGENTSCOPE_STORAGE_TZ is not a time zone id (such as Asia/Shanghai or +08:00): \"Mars/Olympus\"",
        e.getMessage());
  }
}
