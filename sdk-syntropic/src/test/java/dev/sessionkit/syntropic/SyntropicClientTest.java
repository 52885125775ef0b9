package dev.sessionkit.syntropic;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client builder, its credentials and {@code fromEnv}. */
class SyntropicClientTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeEach
  void stub() {
    wm.stubFor(get(urlPathEqualTo("/api/v1/sessions")).willReturn(okJson("{\"sessions\": [], \"total\": 0}")));
  }

  private static void listOnce(SyntropicClient syn) {
    syn.sessions().list(ListSessionsRequest.builder().build());
  }

  @Test
  void defaultsToTheLocalInstallWithoutCredentials() {
    SyntropicClient syn = SyntropicClient.builder().build();

    assertEquals(URI.create("http://localhost:8137/api/v1"), syn.config().baseUrl());
    assertEquals("Credentials[none]", syn.config().credentials().toString());
    assertEquals("SyntropicClient[http://localhost:8137/api/v1, Credentials[none]]", syn.toString());
  }

  @Test
  void noCredentialsSendsNoAuthorizationHeader() {
    listOnce(SyntropicClient.builder().baseUrl(wm.baseUrl() + "/api/v1").build());

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions")).withHeader("Authorization", absent()));
  }

  @Test
  void aBearerTokenIsSentAndNeverShown() {
    SyntropicClient syn = SyntropicClient.builder().baseUrl(wm.baseUrl() + "/api/v1").bearerToken("tok-123").build();

    listOnce(syn);

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions")).withHeader("Authorization", equalTo("Bearer tok-123")));
    assertFalse(syn.toString().contains("tok-123"), syn.toString());
    assertFalse(syn.config().toString().contains("tok-123"), syn.config().toString());
  }

  @Test
  void basicAuthIsSentAsRfc7617AndNeverShown() {
    SyntropicClient syn = SyntropicClient.builder().baseUrl(wm.baseUrl() + "/api/v1").basicAuth("admin", "s3cr3t").build();

    listOnce(syn);

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions")).withHeader("Authorization", equalTo("Basic "
        + Base64.getEncoder().encodeToString("admin:s3cr3t".getBytes(StandardCharsets.UTF_8)))));
    assertEquals("SyntropicClient[" + wm.baseUrl() + "/api/v1, Credentials[basic]]", syn.toString());
  }

  @Test
  void blankCredentialsAreRefusedNamingTheField() {
    SyntropicClient.Builder b = SyntropicClient.builder();

    assertEquals("bearerToken must not be blank",
        assertThrows(IllegalArgumentException.class, () -> b.bearerToken(" ")).getMessage());
    assertEquals("bearerToken must not be null",
        assertThrows(NullPointerException.class, () -> b.bearerToken(null)).getMessage());
    assertEquals("password must not be blank",
        assertThrows(IllegalArgumentException.class, () -> b.basicAuth("admin", "")).getMessage());
    assertEquals("password must not be null",
        assertThrows(NullPointerException.class, () -> b.basicAuth("admin", null)).getMessage());
    assertEquals("user must not be blank",
        assertThrows(IllegalArgumentException.class, () -> b.basicAuth(" ", "pw")).getMessage());
    assertEquals("user must not be null",
        assertThrows(NullPointerException.class, () -> b.basicAuth(null, "pw")).getMessage());
    assertEquals("user must not contain ':' (RFC 7617)",
        assertThrows(IllegalArgumentException.class, () -> b.basicAuth("a:b", "pw")).getMessage());
  }

  @Test
  void credentialsAreNotSentOverPlainHttpToAnotherHost() {
    SyntropicClient.Builder b = SyntropicClient.builder().baseUrl("http://syn.example.com/api/v1").bearerToken("t");

    IllegalStateException e = assertThrows(IllegalStateException.class, b::build);

    assertEquals("refusing to send credentials over plain http to syn.example.com: use an https:// baseUrl, or call"
        + " allowInsecureHttp(true) if the network is trusted", e.getMessage());
    // Without credentials there is nothing to protect; an opted-in trusted network is allowed too.
    SyntropicClient.builder().baseUrl("http://syn.example.com/api/v1").build();
    SyntropicClient.builder().baseUrl("http://syn.example.com/api/v1").bearerToken("t").allowInsecureHttp(true).build();
  }

  @ParameterizedTest(name = "SYN_API_URL={0} SYN_NO_PREFIX={1} -> {2}")
  @CsvSource(nullValues = "-", value = {
      "-, -, http://localhost:8137/api/v1",
      "' ', -, http://localhost:8137/api/v1",
      "http://127.0.0.1:9137, -, http://127.0.0.1:9137/api/v1",
      "http://127.0.0.1:9137/, -, http://127.0.0.1:9137/api/v1",
      "http://127.0.0.1:9137/api/v1/, -, http://127.0.0.1:9137/api/v1",
      "https://syn.example.com/gw, 0, https://syn.example.com/gw/api/v1",
      "http://127.0.0.1:8081, 1, http://127.0.0.1:8081",
      "http://127.0.0.1:8081/, TRUE, http://127.0.0.1:8081",
  })
  void fromEnvResolvesTheBaseUrlLikeTheSynCli(String url, String noPrefix, String expected) {
    Map<String, String> env = new HashMap<>();
    env.put("SYN_API_URL", url);
    env.put("SYN_NO_PREFIX", noPrefix);

    SyntropicClient syn = SyntropicClient.fromEnv(env);

    assertEquals(URI.create(expected), syn.config().baseUrl());
    assertEquals("Credentials[none]", syn.config().credentials().toString());
  }

  @Test
  void fromEnvSendsTheBearerToken() {
    listOnce(SyntropicClient.fromEnv(Map.of("SYN_API_URL", wm.baseUrl(), "SYN_API_TOKEN", " tok-9 ")));

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions")).withHeader("Authorization", equalTo("Bearer tok-9")));
  }

  @Test
  void fromEnvSendsBasicAuthWhenUserAndPasswordAreSet() {
    listOnce(SyntropicClient.fromEnv(Map.of("SYN_API_URL", wm.baseUrl(), "SYN_API_USER", "admin",
        "SYN_API_PASSWORD", "pw")));

    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions")).withHeader("Authorization", equalTo("Basic "
        + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void fromEnvPrefersTheTokenOverBasicAuth() {
    SyntropicClient syn = SyntropicClient.fromEnv(Map.of("SYN_API_URL", wm.baseUrl(), "SYN_API_TOKEN", "tok",
        "SYN_API_USER", "admin", "SYN_API_PASSWORD", "pw"));

    listOnce(syn);

    assertEquals("Credentials[bearer]", syn.config().credentials().toString());
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions")).withHeader("Authorization", equalTo("Bearer tok")));
  }

  @Test
  void fromEnvRefusesHalfOfBasicAuth() {
    IllegalStateException noPassword = assertThrows(IllegalStateException.class,
        () -> SyntropicClient.fromEnv(Map.of("SYN_API_USER", "admin")));
    IllegalStateException noUser = assertThrows(IllegalStateException.class,
        () -> SyntropicClient.fromEnv(Map.of("SYN_API_PASSWORD", "pw", "SYN_API_USER", " ")));

    assertEquals("SYN_API_PASSWORD is not set, but SYN_API_USER is: basic auth needs both", noPassword.getMessage());
    assertEquals("SYN_API_USER is not set, but SYN_API_PASSWORD is: basic auth needs both", noUser.getMessage());
  }

  @Test
  void fromEnvNamesTheVariableOfABadUrl() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SyntropicClient.fromEnv(Map.of("SYN_API_URL", "ftp://syn.example.com")));

    assertEquals("SYN_API_URL: baseUrl must start with http:// or https://, was ftp", e.getMessage());
  }

  @Test
  void settingsAfterFromEnvOverrideIt() {
    SyntropicClient syn = SyntropicClient.builder()
        .fromEnv(Map.of("SYN_API_URL", "http://127.0.0.1:1", "SYN_API_TOKEN", "from-env"))
        .baseUrl(wm.baseUrl() + "/api/v1")
        .basicAuth("admin", "pw")
        .build();

    listOnce(syn);

    assertEquals("Credentials[basic]", syn.config().credentials().toString());
    wm.verify(1, getRequestedFor(urlEqualTo("/api/v1/sessions")).withHeader("Authorization", equalTo("Basic "
        + Base64.getEncoder().encodeToString("admin:pw".getBytes(StandardCharsets.UTF_8)))));
  }

  @Test
  void theClientHandsOutOneServiceOfEachKind() {
    SyntropicClient syn = SyntropicClient.builder().build();

    assertSame(syn.sessions(), syn.sessions());
    assertSame(syn.async().sessions(), syn.async().sessions());
  }
}
