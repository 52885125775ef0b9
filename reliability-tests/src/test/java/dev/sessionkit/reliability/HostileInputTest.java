package dev.sessionkit.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.agents.sessions.UpdateSessionRequest;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListReactionsRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.function.Executable;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input from the caller: ids that try to walk the path ({@code ../}, {@code %2e%2e}, {@code /},
 * {@code ?}, {@code #}, CR/LF) go on the wire as exactly one percent-encoded segment, and values that
 * would inject a header (CR or LF in a user id, a key, a header of the call) are refused in the builder,
 * before any request.
 */
@ExtendWith(SecretsNeverLogged.class)
class HostileInputTest {
  private static LocalServer server;

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @BeforeAll
  static void start() {
    server = new LocalServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<String> hostileIds() {
    return List.of("..", ".", "../admin", "../../orgs/other/projects/p/runs", "%2e%2e", "%2E%2E%2Fadmin",
        "a/b", "a?b=c", "a#frag", "a b+c", "..;/x", "..\\..\\x", "a\r\nX-Evil: 1", "é/李", "a&b=c;d", "%00",
        "?", "#", "/");
  }

  /**
   * A call that puts an id in the path.
   *
   * @param name how the test names it
   * @param body the success body the server gives
   * @param prefix the segments before the id, as the wire shows them
   * @param suffix the segments after it
   * @param call sends the call with the id
   */
  record IdCall(String name, String body, String prefix, String suffix, BiConsumer<Clients, String> call) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<IdCall> idCalls() {
    String project = Endpoints.TIMBAL_PROJECT + "/";
    return List.of(
        new IdCall("timbal run get", Endpoints.TIMBAL_RUN_GET.body(), project + "runs/", "",
            (c, id) -> c.timbal.runs().get(GetRunRequest.builder().runId(id).build())),
        new IdCall("timbal reactions", Endpoints.TIMBAL_REACTIONS_LIST.body(), project + "runs/", "/reactions",
            (c, id) -> c.timbal.runs().reactions().list(ListReactionsRequest.builder().runId(id).build())),
        new IdCall("timbal compose session get", Endpoints.TIMBAL_COMPOSE_GET.body(), project + "compose/sessions/", "",
            (c, id) -> c.timbal.composeSessions().get(GetComposeSessionRequest.builder().sessionId(id).build())),
        new IdCall("timbal org", Endpoints.TIMBAL_RUNS_LIST.body(), "/timbal/orgs/", "/projects/support-bot/runs",
            (c, id) -> c.timbal.runs().list(ListRunsRequest.builder().orgId(id).build())),
        new IdCall("timbal project", Endpoints.TIMBAL_COMPOSE_LIST.body(), "/timbal/orgs/acme/projects/",
            "/compose/sessions",
            (c, id) -> c.timbal.composeSessions().list(ListComposeSessionsRequest.builder().projectId(id).build())),
        new IdCall("syntropic session get", Endpoints.SYN_GET.body(), Endpoints.SYN_PREFIX + "/sessions/", "",
            (c, id) -> c.syntropic.sessions().get(id)),
        new IdCall("agents update", Endpoints.AGENTS_UPDATE.body(), "/agents/sessions/", "",
            (c, id) -> c.agents.sessions().update(UpdateSessionRequest.builder().agentId(Endpoints.AGENT_ID)
                .sessionId(id).name("n").build())),
        new IdCall("agents delete", "", "/agents/sessions/", "",
            (c, id) -> c.agents.sessions().delete(SessionRef.of(Endpoints.AGENT_ID, id))),
        new IdCall("agents messages", Endpoints.AGENTS_MESSAGES.body(), "/agents/sessions/", "/messages",
            (c, id) -> c.agents.sessions().messages().list(ListMessagesRequest.builder().agentId(Endpoints.AGENT_ID)
                .sessionId(id).build())),
        new IdCall("agents stream", Bodies.text("agents-events.sse"), "/agents/sessions/", "/stream",
            (c, id) -> c.agents.sessions().stream(SessionRef.of(Endpoints.AGENT_ID, id)).close()));
  }

  static Stream<Arguments> callsAndIds() {
    List<Arguments> out = new ArrayList<>();
    for (IdCall call : idCalls()) {
      for (String id : hostileIds()) {
        out.add(Arguments.of(call, id));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} with id {1}")
  @MethodSource("callsAndIds")
  void aHostileIdGoesOnTheWireAsExactlyOneEncodedSegment(IdCall call, String id) {
    String contentType = call.name().endsWith("stream") ? "text/event-stream" : "application/json";
    server.respond(LocalServer.Response.of(call.body().isEmpty() ? 204 : 200, contentType, call.body()));
    server.takeTargets();

    call.call().accept(Clients.at(server.origin()), id);

    List<String> targets = server.takeTargets();
    assertEquals(1, targets.size(), () -> "requests: " + targets);
    String target = targets.get(0);
    String path = target.substring(target.indexOf(' ') + 1).split("\\?", 2)[0];
    assertTrue(path.startsWith(call.prefix()) && path.endsWith(call.suffix()), path);
    String segment = path.substring(call.prefix().length(), path.length() - call.suffix().length());
    assertFalse(segment.contains("/") || segment.contains("?") || segment.contains("#") || segment.equals(".")
        || segment.equals("..") || segment.contains("+"), () -> "not one safe segment: " + segment);
    assertTrue(segment.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f), () -> "raw bytes in " + segment);
    assertEquals(id, URLDecoder.decode(segment, StandardCharsets.UTF_8), "the segment decodes to the id");
  }

  @Test
  void hostileQueryValuesAreEncodedAndAddNoParameter() {
    server.respond(LocalServer.Response.of(200, "application/json", Endpoints.TIMBAL_COMPOSE_LIST.body()));
    server.takeTargets();
    String user = "maria@acme.example&user_id=admin#x\r\n";

    Clients.at(server.origin()).timbal.composeSessions()
        .list(ListComposeSessionsRequest.builder().userId(user).build());

    String target = server.takeTargets().get(0);
    String query = target.substring(target.indexOf('?') + 1);
    assertEquals(1, query.split("&").length, query);
    assertEquals("user_id=" + user, URLDecoder.decode(query, StandardCharsets.UTF_8));
  }

  static Stream<Arguments> headerInjections() {
    String crlf = "alice\r\nX-Evil: 1";
    Map<String, Executable> cases = new LinkedHashMap<>();
    cases.put("AgentScope user id with CR LF", () -> AgentsClient.builder().userId(crlf));
    cases.put("AgentScope user id with LF", () -> AgentsClient.builder().userId("alice\nX-Evil: 1"));
    cases.put("AgentScope user id with NUL", () -> AgentsClient.builder().userId("alice\u0000"));
    cases.put("Timbal API key with CR LF", () -> TimbalClient.builder().apiKey("sk-1\r\nX-Evil: 1"));
    cases.put("Syntropic token with LF", () -> SyntropicClient.builder().bearerToken("tok\nX-Evil: 1"));
    cases.put("Syntropic basic user with CR", () -> SyntropicClient.builder().basicAuth("syn\radmin", "pw-12345"));
    cases.put("Syntropic basic password with LF", () -> SyntropicClient.builder().basicAuth("syn", "pw\nX: 1"));
    cases.put("a call's header value", () -> RequestOptions.builder().header("X-Trace", crlf));
    cases.put("a call's header name", () -> RequestOptions.builder().header("X-Trace\r\nX-Evil", "1"));
    cases.put("a default header", () -> TimbalClient.builder().defaultHeader("X-Team", crlf));
    cases.put("the user agent", () -> AgentsClient.builder().userAgent("my-app/1.0\r\nX-Evil: 1"));
    return cases.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("headerInjections")
  void aValueThatWouldInjectAHeaderIsRefusedBeforeAnyRequest(String name, Executable setting) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, setting);

    assertFalse(e.getMessage().contains("X-Evil: 1") || e.getMessage().contains("pw-12345"), e.getMessage());
    wm.verify(0, anyRequestedFor(anyUrl()));
  }

  @Test
  void headerValuesThatJavaNetHttpCannotSendAreRefusedInTheBuilder() {
    // java.net.http refuses control characters and characters past U+00FF in a header value; refusing
    // them in the builder names the setting, instead of failing every call later.
    for (String userId : Arrays.asList("李雷", "alice\u0001", "alice\u007f", "bob\u001b[31m")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> AgentsClient.builder().baseUrl(wm.baseUrl()).userId(userId).build(), userId);
      assertTrue(e.getMessage().startsWith("x-user-id ") || e.getMessage().startsWith("userId "), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> TimbalClient.builder().apiKey("sk-\u0001abc"));
    assertThrows(IllegalArgumentException.class, () -> RequestOptions.builder().header("X-Trace", "trace-\u0007"));
    wm.verify(0, anyRequestedFor(anyUrl()));
  }
}
