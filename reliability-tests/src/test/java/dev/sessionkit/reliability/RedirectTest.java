package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.request;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.core.errors.SessionKitException;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Credentials never follow a redirect to another origin (another port, or the same port under another host
 * name), for each vendor's scheme: Timbal's bearer key, Syntropic's bearer token and basic auth, AgentScope's
 * {@code x-user-id}. A same-origin redirect keeps them, and a POST is not replayed to a new location at all.
 */
@ExtendWith(SecretsNeverLogged.class)
class RedirectTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension other = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /**
   * One client's credential and a GET it sends.
   *
   * @param name how the test names it
   * @param header the header the credential is sent in
   * @param value its value on the wire
   * @param endpoint the GET
   * @param call sends the GET with a client for the given origin
   */
  record Credential(String name, String header, String value, Endpoint endpoint, Function<String, Object> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Credential> credentials() {
    String basic = "Basic " + Clients.secrets().get(3);
    return Stream.of(
        new Credential("Timbal bearer key", "Authorization", "Bearer " + Clients.TIMBAL_KEY, Endpoints.TIMBAL_RUN_GET,
            origin -> Endpoints.TIMBAL_RUN_GET.invoke(Clients.at(origin))),
        new Credential("Syntropic bearer token", "Authorization", "Bearer " + Clients.SYN_TOKEN, Endpoints.SYN_GET,
            origin -> Endpoints.SYN_GET.invoke(Clients.at(origin))),
        new Credential("Syntropic basic auth", "Authorization", basic, Endpoints.SYN_GET,
            origin -> Clients.syntropicWithBasicAuth(origin).sessions().get(Endpoints.SYN_ID)),
        new Credential("AgentScope x-user-id", "x-user-id", Clients.AGENTS_USER, Endpoints.AGENTS_LIST,
            origin -> Endpoints.AGENTS_LIST.invoke(Clients.at(origin))));
  }

  private static void redirect(Endpoint e, int status, String location) {
    wm.stubFor(e.stub().willReturn(aResponse().withStatus(status).withHeader("Location", location)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credentials")
  void aRedirectToAnotherPortCarriesNoCredentials(Credential c) {
    Endpoint e = c.endpoint();
    redirect(e, 302, other.baseUrl() + e.path() + "?moved=1");
    other.stubFor(e.stub().willReturn(e.ok()));

    Object result = c.call().apply(wm.baseUrl());

    assertEquals(c.call().apply(other.baseUrl()).toString(), result.toString(), "the redirected call's result");
    wm.verify(getRequestedFor(urlPathEqualTo(e.path())).withHeader(c.header(), equalTo(c.value())));
    other.verify(1, getRequestedFor(urlPathEqualTo(e.path())).withQueryParam("moved", equalTo("1"))
        .withoutHeader(c.header()).withoutHeader("Authorization"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credentials")
  void aRedirectToTheSamePortUnderAnotherHostNameCarriesNoCredentials(Credential c) {
    Endpoint e = c.endpoint();
    // wm.baseUrl() names the server "localhost"; 127.0.0.1 is the same socket but another origin.
    assertTrue(wm.baseUrl().startsWith("http://localhost:"), wm.baseUrl());
    redirect(e, 307, "http://127.0.0.1:" + wm.getPort() + "/moved" + e.path());
    wm.stubFor(request("GET", urlPathEqualTo("/moved" + e.path())).willReturn(e.ok()));

    c.call().apply(wm.baseUrl());

    wm.verify(1, getRequestedFor(urlPathEqualTo("/moved" + e.path())).withoutHeader(c.header())
        .withoutHeader("Authorization"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("credentials")
  void aSameOriginRedirectKeepsTheCredentials(Credential c) {
    Endpoint e = c.endpoint();
    redirect(e, 301, "/moved" + e.path());
    wm.stubFor(request("GET", urlPathEqualTo("/moved" + e.path())).willReturn(e.ok()));

    c.call().apply(wm.baseUrl());

    wm.verify(1, getRequestedFor(urlPathEqualTo("/moved" + e.path())).withHeader(c.header(), equalTo(c.value())));
  }

  static Stream<Endpoint> writes() {
    return Stream.of(Endpoints.TIMBAL_REACTION_CREATE, Endpoints.AGENTS_CREATE, Endpoints.AGENTS_UPDATE,
        Endpoints.AGENTS_CHAT);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("writes")
  void aWriteIsNotReplayedToAnotherLocation(Endpoint e) {
    for (int status : List.of(301, 302, 303, 307, 308)) {
      redirect(e, status, other.baseUrl() + e.path());

      SessionKitException error = assertThrows(SessionKitException.class, () -> e.invoke(Clients.at(wm.baseUrl())));

      assertTrue(error.getMessage().contains("SessionKit does not replay a " + e.method()), error.getMessage());
      other.verify(0, anyRequestedFor(anyUrl()));
      wm.verify(1, e.requests().withHeader("Content-Type", matching("application/json.*")));
      wm.resetRequests();
    }
  }
}
