package dev.sessionkit.timbal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.timbal.testing.TimbalFixtures.runsPage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.testing.LogCapture;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TimbalClientTest {
  private static final String KEY = "tk_live_4f9c2b7e1a";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static Map<String, String> env(String... pairs) {
    Map<String, String> env = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      env.put(pairs[i], pairs[i + 1]);
    }
    return env;
  }

  @Test
  void theDefaultBaseUrlIsTimbalsApi() {
    TimbalClient client = TimbalClient.builder().apiKey(KEY).build();

    assertEquals(URI.create("https://api.timbal.ai"), client.config().baseUrl());
    assertEquals(Optional.empty(), client.defaultOrgId());
    assertEquals(Optional.empty(), client.defaultProjectId());
  }

  @Test
  void fromEnvSendsTheKeyToTheBaseUrlWithTheDefaultOrgAndProject() {
    wm.stubFor(get(urlPathEqualTo("/orgs/acme/projects/support-bot/runs")).willReturn(okJson(runsPage(null))));
    TimbalClient client = TimbalClient.fromEnv(env("TIMBAL_API_KEY", KEY, "TIMBAL_BASE_URL", wm.baseUrl() + "/",
        "TIMBAL_ORG_ID", "acme", "TIMBAL_PROJECT_ID", "support-bot"));

    client.runs().list(ListRunsRequest.builder().build());

    wm.verify(getRequestedFor(urlPathEqualTo("/orgs/acme/projects/support-bot/runs"))
        .withHeader("Authorization", com.github.tomakehurst.wiremock.client.WireMock.equalTo("Bearer " + KEY)));
    assertEquals(Optional.of("acme"), client.defaultOrgId());
    assertEquals(Optional.of("support-bot"), client.defaultProjectId());
  }

  @Test
  void theRequestsIdsWinOverTheClientsDefaults() {
    wm.stubFor(get(urlPathEqualTo("/orgs/other/projects/p2/runs")).willReturn(okJson(runsPage(null))));
    TimbalClient client = TimbalClient.builder().apiKey(KEY).baseUrl(wm.baseUrl()).orgId("acme")
        .projectId("support-bot").build();

    client.runs().list(ListRunsRequest.builder().orgId("other").projectId("p2").build());

    wm.verify(1, getRequestedFor(urlPathEqualTo("/orgs/other/projects/p2/runs")));
  }

  @Test
  void apiKeyWinsOverApiToken() {
    TimbalClient both = TimbalClient.fromEnv(env("TIMBAL_API_KEY", "key-1", "TIMBAL_API_TOKEN", "token-2"));
    TimbalClient tokenOnly = TimbalClient.fromEnv(env("TIMBAL_API_KEY", "  ", "TIMBAL_API_TOKEN", "token-2"));

    assertEquals("Bearer key-1", both.config().credentials().headerValue().reveal());
    assertEquals("Bearer token-2", tokenOnly.config().credentials().headerValue().reveal());
  }

  @Test
  void baseUrlWinsOverApiHost() {
    TimbalClient client = TimbalClient.fromEnv(env("TIMBAL_API_KEY", KEY, "TIMBAL_BASE_URL", "https://eu.timbal.ai",
        "TIMBAL_API_HOST", "us.timbal.ai"));

    assertEquals(URI.create("https://eu.timbal.ai"), client.config().baseUrl());
  }

  @Test
  void aBareApiHostMeansHttps() {
    TimbalClient client = TimbalClient.fromEnv(env("TIMBAL_API_KEY", KEY, "TIMBAL_API_HOST", "api.eu.timbal.ai"));

    assertEquals(URI.create("https://api.eu.timbal.ai"), client.config().baseUrl());
  }

  @Test
  void aBareApiHostKeepsItsPort() {
    TimbalClient client = TimbalClient.fromEnv(env("TIMBAL_API_KEY", KEY, "TIMBAL_API_HOST", "timbal.internal:8443"));

    assertEquals(URI.create("https://timbal.internal:8443"), client.config().baseUrl());
  }

  @Test
  void anApiHostGivenAsAUrlIsUsedAsIs() {
    wm.stubFor(get(urlPathEqualTo("/orgs/acme/projects/p/runs")).willReturn(okJson(runsPage(null))));
    TimbalClient client = TimbalClient.fromEnv(env("TIMBAL_API_KEY", KEY, "TIMBAL_API_HOST", wm.baseUrl(),
        "TIMBAL_ORG_ID", "acme", "TIMBAL_PROJECT_ID", "p"));

    client.runs().list(ListRunsRequest.builder().build());

    assertEquals(URI.create(wm.baseUrl()), client.config().baseUrl());
    wm.verify(1, getRequestedFor(urlPathEqualTo("/orgs/acme/projects/p/runs")));
  }

  @Test
  void anInvalidUrlInTheEnvironmentFailsNamingTheProblem() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TimbalClient.fromEnv(env("TIMBAL_API_KEY", KEY, "TIMBAL_BASE_URL", "ftp://files.acme.example")));

    assertEquals("baseUrl must start with http:// or https://, was ftp", e.getMessage());
  }

  @Test
  void withoutAKeyTheClientIsNotBuilt() {
    IllegalStateException fromEnv = assertThrows(IllegalStateException.class,
        () -> TimbalClient.fromEnv(env("TIMBAL_BASE_URL", "https://api.timbal.ai")));
    IllegalStateException builder = assertThrows(IllegalStateException.class, () -> TimbalClient.builder().build());

    String expected = "apiKey is not set: call apiKey(…), or set TIMBAL_API_KEY (or TIMBAL_API_TOKEN) and use"
        + " TimbalClient.fromEnv()";
    assertEquals(expected, fromEnv.getMessage());
    assertEquals(expected, builder.getMessage());
  }

  @Test
  void blankSettingsAreRefusedNamingTheField() {
    assertEquals("apiKey must not be blank",
        assertThrows(IllegalArgumentException.class, () -> TimbalClient.builder().apiKey(" ")).getMessage());
    assertEquals("apiKey must not be null",
        assertThrows(NullPointerException.class, () -> TimbalClient.builder().apiKey((String) null)).getMessage());
    assertEquals("apiKey must not contain CR or LF",
        assertThrows(IllegalArgumentException.class, () -> TimbalClient.builder().apiKey("k\r\nX-Evil: 1"))
            .getMessage());
    assertEquals("orgId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> TimbalClient.builder().orgId("")).getMessage());
    assertEquals("projectId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> TimbalClient.builder().projectId("\t")).getMessage());
  }

  @Test
  void credentialsAreRefusedOverPlainHttpToARemoteHost() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> TimbalClient.fromEnv(env("TIMBAL_API_KEY", KEY, "TIMBAL_API_HOST", "http://timbal.acme.example")));

    assertTrue(e.getMessage().startsWith("refusing to send credentials over plain http to timbal.acme.example"),
        e.getMessage());
  }

  @Test
  void aCallWithoutOrgOrProjectFailsBeforeAnyRequestNamingWhatIsMissing() {
    TimbalClient client = TimbalClient.builder().apiKey(KEY).baseUrl(wm.baseUrl()).build();

    IllegalStateException org = assertThrows(IllegalStateException.class,
        () -> client.runs().list(ListRunsRequest.builder().projectId("p").build()));
    IllegalStateException project = assertThrows(IllegalStateException.class,
        () -> client.composeSessions().list(ListComposeSessionsRequest.builder().orgId("o").build()));
    assertThrows(IllegalStateException.class, () -> client.runs().listAll(ListRunsRequest.builder().build()));
    assertThrows(IllegalStateException.class, () -> client.runs().get(GetRunRequest.builder().runId("r").build()));
    assertThrows(IllegalStateException.class,
        () -> client.runs().reactions().list(ListReactionsRequest.builder().runId("r").build()));
    assertThrows(IllegalStateException.class, () -> client.composeSessions()
        .get(GetComposeSessionRequest.builder().sessionId("s").build()));

    assertEquals("orgId is not set: set it on the request (orgId(…)), or give the client a default"
        + " (TimbalClient.builder().orgId(…) or the environment variable TIMBAL_ORG_ID)", org.getMessage());
    assertEquals("projectId is not set: set it on the request (projectId(…)), or give the client a default"
        + " (TimbalClient.builder().projectId(…) or the environment variable TIMBAL_PROJECT_ID)",
        project.getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void theKeyNeverAppearsInToStringOrTheLogs() {
    wm.stubFor(get(urlPathEqualTo("/orgs/acme/projects/p/runs")).willReturn(okJson(runsPage(null))));
    TimbalClient client = TimbalClient.builder().apiKey(KEY).baseUrl(wm.baseUrl()).orgId("acme").projectId("p")
        .build();

    String text;
    try (LogCapture logs = new LogCapture()) {
      client.runs().list(ListRunsRequest.builder().build());
      text = logs.text();
    }

    assertFalse(text.isEmpty(), "DEBUG logging was captured");
    assertFalse(text.contains(KEY), text);
    assertEquals("TimbalClient[baseUrl=" + wm.baseUrl() + ", credentials=Credentials[bearer], orgId=acme,"
        + " projectId=p]", client.toString());
  }

  @Test
  void theBuilderCanStartFromTheProcessEnvironmentAndBeRefined() {
    // The test process has no TIMBAL_* variables (or the build's); whatever it has, explicit settings win.
    TimbalClient client = TimbalClient.builder().fromEnv().apiKey(KEY).baseUrl("https://eu.timbal.ai")
        .orgId("acme").build();

    assertEquals(URI.create("https://eu.timbal.ai"), client.config().baseUrl());
    assertEquals(Optional.of("acme"), client.defaultOrgId());
  }
}
