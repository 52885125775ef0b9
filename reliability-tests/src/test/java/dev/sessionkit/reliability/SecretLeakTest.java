package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.RequestInfo;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ApiException;
import dev.sessionkit.core.errors.SessionKitException;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.timbal.TimbalClient;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No secret (API key, bearer token, password, basic-auth token) ever shows in an exception (message,
 * {@code toString()}, causes, stack trace), in a {@code toString()} of a client, its configuration, its
 * options or its listener events, or in a log line (DEBUG included; {@link SecretsNeverLogged} watches
 * the whole class), whatever fails: errors, servers that echo the request back, faults, timeouts.
 */
@ExtendWith(SecretsNeverLogged.class)
class SecretLeakTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** Everything an exception shows: its toString, its causes' messages and its stack trace. */
  static String everythingShown(Throwable t) {
    StringWriter out = new StringWriter();
    t.printStackTrace(new PrintWriter(out));
    StringBuilder all = new StringBuilder(out.toString());
    if (t instanceof ApiException api) {
      all.append(api.body()).append(api.detail().message()).append(api.headers());
    }
    return all.toString();
  }

  /** Failures of every kind, some from servers that echo the request's credentials back. */
  static Stream<ResponseDefinitionBuilder> failures() {
    String echoAuth = "{\"detail\": \"invalid credentials: {{request.headers.Authorization}} for"
        + " {{request.headers.[x-user-id]}}\"}";
    return Stream.of(
        aResponse().withStatus(401).withHeader("Content-Type", "application/json").withBody(echoAuth)
            .withTransformers("response-template"),
        aResponse().withStatus(403).withHeader("Content-Type", "application/json")
            .withBody("{\"code\": \"forbidden\", \"message\": \"key {{request.headers.Authorization}} may not\"}")
            .withTransformers("response-template"),
        aResponse().withStatus(500).withHeader("Content-Type", "text/html")
            .withBody("<html><pre>Traceback: headers={{request.headers}}</pre></html>")
            .withTransformers("response-template"),
        aResponse().withStatus(200).withHeader("Content-Type", "text/html")
            .withBody("<html>debug: Authorization={{request.headers.Authorization}}</html>")
            .withTransformers("response-template"),
        aResponse().withStatus(429).withHeader("Retry-After", "1").withBody("slow down"),
        aResponse().withStatus(302),
        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
        aResponse().withStatus(200).withFixedDelay(2_000));
  }

  @ParameterizedTest
  @MethodSource("failures")
  void noExceptionShowsASecretWhateverFailsAndWhateverTheServerEchoes(ResponseDefinitionBuilder failure) {
    List<String> checked = new ArrayList<>();
    for (Endpoint e : Endpoints.all()) {
      wm.resetAll();
      wm.stubFor(e.stub().willReturn(failure));
      Clients clients = Clients.at(wm.baseUrl(), b -> b.timeout(Duration.ofMillis(300)));
      List<Object> callers = List.of(clients, Clients.syntropicWithBasicAuth(wm.baseUrl()));
      for (Object caller : callers) {
        if (caller instanceof SyntropicClient basic) {
          if (!e.path().startsWith(Endpoints.SYN_PREFIX)) {
            continue;
          }
          SessionKitException error = assertThrows(SessionKitException.class, () -> basic.sessions().get(Endpoints.SYN_ID));
          check(error, e + " (basic auth)");
        } else {
          try {
            e.invoke((Clients) caller);
            // Only a call that reads no JSON (a 204, an event stream) may take a 200 page in its stride.
            assertTrue(!e.hasBody() || e.streaming(), () -> e + " accepted a failure");
          } catch (SessionKitException error) {
            check(error, e.toString());
          }
        }
        checked.add(e.name());
      }
    }
    assertTrue(checked.size() >= Endpoints.all().size(), "every endpoint failed");
  }

  private static void check(SessionKitException error, String where) {
    String shown = everythingShown(error);
    SecretsNeverLogged.assertNoSecret(shown, "the exception of " + where + ": " + error);
    // The identity header is not secret, but the SDK's own messages do not carry it either.
    assertFalse(error.getMessage().contains(Clients.AGENTS_USER) && !(error instanceof ApiException),
        () -> where + ": " + error.getMessage());
  }

  @Test
  void aConnectionRefusedShowsNoSecret() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    Clients clients = Clients.at("http://127.0.0.1:" + closedPort);
    for (Endpoint e : Endpoints.all()) {
      SessionKitException error = assertThrows(SessionKitException.class, () -> e.invoke(clients));
      SecretsNeverLogged.assertNoSecret(everythingShown(error), e + ": " + error);
    }
  }

  @Test
  void clientsConfigurationsOptionsAndListenerEventsShowNoSecret() {
    Queue<String> events = new ConcurrentLinkedQueue<>();
    RequestListener listener = new RequestListener() {
      @Override
      public void requestSent(RequestInfo request) {
        events.add(request + " " + request.headers());
      }
    };
    wm.stubFor(Endpoints.TIMBAL_RUN_GET.stub().willReturn(Endpoints.TIMBAL_RUN_GET.ok()));
    wm.stubFor(Endpoints.SYN_GET.stub().willReturn(Endpoints.SYN_GET.ok()));
    TimbalClient timbal = TimbalClient.builder().baseUrl(wm.baseUrl() + "/timbal").apiKey(Clients.TIMBAL_KEY)
        .orgId(Clients.ORG).projectId(Clients.PROJECT).listener(listener).build();
    SyntropicClient bearer = SyntropicClient.builder().baseUrl(wm.baseUrl() + "/syn/api/v1")
        .bearerToken(Clients.SYN_TOKEN).listener(listener).build();
    SyntropicClient basic = SyntropicClient.builder().baseUrl(wm.baseUrl() + "/syn/api/v1")
        .basicAuth(Clients.SYN_USER, Clients.SYN_PASSWORD).listener(listener).build();
    AgentsClient agents = AgentsClient.builder().baseUrl(wm.baseUrl() + "/agents").userId(Clients.AGENTS_USER).build();
    RequestOptions options = RequestOptions.builder().header("Authorization", "Bearer " + Clients.TIMBAL_KEY)
        .header("X-Api-Key", Clients.SYN_TOKEN).build();

    timbal.runs().get(dev.sessionkit.timbal.runs.GetRunRequest.builder().runId(Endpoints.RUN_ID).build(), options);
    bearer.sessions().get(Endpoints.SYN_ID);
    basic.sessions().get(Endpoints.SYN_ID);

    List<Object> shown = List.of(timbal, timbal.config(), timbal.config().credentials(), bearer, bearer.config(),
        bearer.config().credentials(), basic, basic.config(), basic.config().credentials(), agents, agents.config(),
        options, timbal.config().retryPolicy());
    for (Object o : shown) {
      SecretsNeverLogged.assertNoSecret(o.toString(), o.getClass().getSimpleName() + ".toString()");
    }
    assertEquals(3, events.size(), "one event per request: " + events);
    for (String event : events) {
      SecretsNeverLogged.assertNoSecret(event, "a listener event");
      assertTrue(event.contains("Authorization=[****]"), event);
    }
    // The identity header is no secret: it is the one credential a listener may see as is.
    assertTrue(agents.toString().contains("x-user-id") && !agents.toString().contains(Clients.AGENTS_USER),
        agents.toString());
  }
}
