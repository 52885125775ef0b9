package dev.sessionkit.timbal.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.timbal.testing.TimbalFixtures.COMPOSE_SESSION;
import static dev.sessionkit.timbal.testing.TimbalFixtures.COMPOSE_SESSION_2;
import static dev.sessionkit.timbal.testing.TimbalFixtures.COMPOSE_SESSION_JUNE_2026;
import static dev.sessionkit.timbal.testing.TimbalWireMock.BEARER;
import static dev.sessionkit.timbal.testing.TimbalWireMock.assertQueryNames;
import static dev.sessionkit.timbal.testing.TimbalWireMock.builder;
import static dev.sessionkit.timbal.testing.TimbalWireMock.onlyRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.AuthenticationException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.ResponseParseException;
import dev.sessionkit.core.testing.RecordingSleeper;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import dev.sessionkit.timbal.TimbalClient;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ComposeSessionServiceTest {
  private static final String SESSIONS = "/orgs/acme/projects/support-bot/compose/sessions";

  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final TimbalClient timbal = builder(wm, new RecordingSleeper()).build();
  private final ListComposeSessionsRequest acme =
      ListComposeSessionsRequest.builder().orgId("acme").projectId("support-bot").build();

  @Test
  void listSendsTheUserFilterAndReadsEveryFieldOfTheBareArray() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[" + COMPOSE_SESSION + "," + COMPOSE_SESSION_2 + "]")));

    List<ComposeSession> sessions = timbal.composeSessions().list(acme.toBuilder().userId("usr_7Hq2").build());

    LoggedRequest request = onlyRequest(wm);
    assertEquals("GET", request.getMethod().getName());
    assertEquals(BEARER, request.getHeader("Authorization"));
    assertQueryNames(request, "user_id");
    wm.verify(getRequestedFor(urlPathEqualTo(SESSIONS)).withQueryParam("user_id", equalTo("usr_7Hq2")));
    assertEquals(1, sessions.size(), "the other session is usr_9's");

    ComposeSession s = sessions.get(0);
    assertEquals("cs_01HV8Z3K7Q", s.id());
    assertEquals("refund-flow-pairing", s.uid());
    assertEquals(Optional.of("support-bot"), s.projectId());
    assertEquals("usr_7Hq2", s.userId());
    assertEquals("feature/refund-flow", s.rev());
    assertEquals(ComposeSessionStatus.IDLE, s.status());
    assertEquals(Optional.of("claude-sonnet-4-5"), s.model());
    assertEquals(Instant.parse("2026-03-14T09:20:00Z"), s.createdAt());
    assertEquals(Instant.parse("2026-03-14T10:02:17.250Z"), s.lastActiveAt());
    assertEquals(Optional.of(52340L), s.inputTokens());
    assertEquals(Optional.of(9120L), s.outputTokens());
    assertEquals(Optional.of(18230L), s.cacheCreationTokens());
    assertEquals(Optional.of(402113L), s.cacheReadTokens());
    assertEquals(Optional.of(new BigDecimal("1.874215")), s.costUsd());
    assertEquals(Optional.empty(), s.firstPrompt(), "the shape of seed 000 has no first_prompt");
    assertTrue(s.reportsUsage());
    assertEquals(7, s.turnCount());
    assertEquals(41, s.iterationCount());
    assertEquals(63, s.toolCallCount());
    assertEquals(9120, s.modelUsage().orElseThrow().get("claude-sonnet-4-5").get("output_tokens").asLong());
    assertTrue(s.additionalProperties().isEmpty());

    ComposeSession other = timbal.composeSessions().list(acme).get(1);
    assertEquals(Optional.empty(), other.model());
    assertEquals(Optional.empty(), other.modelUsage());
    assertEquals(ComposeSessionStatus.of("archived"), other.status());
    assertFalse(other.status().isKnown());
    assertEquals(Optional.of(0L), other.inputTokens(), "a reported 0 is 0, not absent");
    assertEquals(Optional.of(BigDecimal.ZERO), other.costUsd());
    assertTrue(other.reportsUsage());
  }

  @Test
  void listReadsEveryFieldOfTheJune2026ShapeAndInventsNoUsage() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[" + COMPOSE_SESSION_JUNE_2026 + "]")));

    ComposeSession s = timbal.composeSessions().list(acme.toBuilder().rev("feat/csv-export").build()).get(0);

    LoggedRequest request = onlyRequest(wm);
    assertEquals(SESSIONS + "?rev=feat%2Fcsv-export", request.getUrl());
    assertEquals(BEARER, request.getHeader("Authorization"));
    assertEquals("019d1bbe-2f61-7393-afa7-6bb770878c9b", s.id());
    assertEquals("csv-export", s.uid());
    assertEquals("usr_7Hq2", s.userId());
    assertEquals("feat/csv-export", s.rev());
    assertEquals(ComposeSessionStatus.ACTIVE, s.status());
    assertEquals(Optional.of("claude-sonnet-4-5"), s.model());
    assertEquals(Optional.of("Add a CSV export to the invoices page and stream the rows instead of buil…"),
        s.firstPrompt());
    assertEquals(Instant.parse("2026-06-02T14:10:00Z"), s.createdAt());
    assertEquals(Instant.parse("2026-06-02T14:31:09.500Z"), s.lastActiveAt());
    assertEquals(3, s.turnCount());
    assertEquals(12, s.iterationCount());
    assertEquals(19, s.toolCallCount());
    assertEquals(Optional.empty(), s.projectId());
    assertEquals(Optional.empty(), s.inputTokens());
    assertEquals(Optional.empty(), s.outputTokens());
    assertEquals(Optional.empty(), s.cacheCreationTokens());
    assertEquals(Optional.empty(), s.cacheReadTokens());
    assertEquals(Optional.empty(), s.costUsd());
    assertEquals(Optional.empty(), s.modelUsage());
    assertFalse(s.reportsUsage());
    assertTrue(s.additionalProperties().isEmpty());

    SessionUsage usage = s.toSessionUsage();
    assertEquals(Optional.empty(), usage.costUsd(), "no cost was sent: none is made up");
    assertEquals(TokenUsage.zero(), usage.tokens());
    assertEquals("active", usage.status());
    assertEquals(Optional.of(Instant.parse("2026-06-02T14:10:00Z")), usage.startedAt());
  }

  @Test
  void bothFiltersAreSentWhenBothAreSet() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[" + COMPOSE_SESSION + "]")));

    List<ComposeSession> sessions = timbal.composeSessions().list(acme.toBuilder().userId("usr_7Hq2")
        .rev("feature/refund-flow").build());

    LoggedRequest request = onlyRequest(wm);
    assertQueryNames(request, "user_id", "rev");
    assertEquals("usr_7Hq2", request.queryParameter("user_id").firstValue());
    assertEquals("feature/refund-flow", request.queryParameter("rev").firstValue());
    assertEquals(1, sessions.size());
  }

  @Test
  void aFilterTheServerIgnoresIsAppliedToWhatItSends() {
    // A June 2026 server takes rev only and answers every user's sessions to a user_id filter; a server of
    // seed 000 takes user_id only and ignores rev. Both shapes carry user_id and rev, so the SDK keeps the
    // matching ones itself.
    String otherUser = COMPOSE_SESSION_JUNE_2026.replace("usr_7Hq2", "usr_9").replace("019d1bbe", "019d1bbf");
    String otherBranch = COMPOSE_SESSION_JUNE_2026.replace("feat/csv-export", "main").replace("019d1bbe", "019d1bc0");
    wm.stubFor(get(urlPathEqualTo(SESSIONS))
        .willReturn(okJson("[" + COMPOSE_SESSION_JUNE_2026 + "," + otherUser + "," + otherBranch + "]")));

    List<String> byUser = timbal.composeSessions().list(acme.toBuilder().userId("usr_9").build()).stream()
        .map(ComposeSession::id).toList();
    List<String> byBranch = timbal.composeSessions().list(acme.toBuilder().rev("main").build()).stream()
        .map(ComposeSession::id).toList();
    List<String> both = timbal.composeSessions().list(acme.toBuilder().userId("usr_7Hq2").rev("feat/csv-export")
        .build()).stream().map(ComposeSession::id).toList();
    List<String> none = timbal.composeSessions().list(acme).stream().map(ComposeSession::id).toList();

    assertEquals(List.of("019d1bbf-2f61-7393-afa7-6bb770878c9b"), byUser);
    assertEquals(List.of("019d1bc0-2f61-7393-afa7-6bb770878c9b"), byBranch);
    assertEquals(List.of("019d1bbe-2f61-7393-afa7-6bb770878c9b"), both);
    assertEquals(3, none.size());
  }

  @Test
  void listWithoutAUserSendsNoQueryParameter() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[]")));

    assertEquals(List.of(), timbal.composeSessions().list(acme));

    LoggedRequest request = onlyRequest(wm);
    assertEquals(SESSIONS, request.getUrl());
    assertQueryNames(request);
  }

  @Test
  void aListWrappedInASuccessEnvelopeIsUnwrapped() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("{\"success\": [" + COMPOSE_SESSION + "]}")));

    assertEquals("cs_01HV8Z3K7Q", timbal.composeSessions().list(acme).get(0).id());
  }

  @Test
  void listWithOnlyABranchSendsOnlyRev() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[]")));

    timbal.composeSessions().list(acme.toBuilder().rev("main").build());

    LoggedRequest request = onlyRequest(wm);
    assertQueryNames(request, "rev");
    assertEquals("main", request.queryParameter("rev").firstValue());
  }

  @Test
  void toSessionUsageIsTheCrossVendorView() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[" + COMPOSE_SESSION + "]")));

    SessionUsage usage = timbal.composeSessions().list(acme).get(0).toSessionUsage();

    assertEquals(SessionUsage.builder()
        .vendor(Vendor.TIMBAL)
        .id("cs_01HV8Z3K7Q")
        .status("idle")
        .model("claude-sonnet-4-5")
        .startedAt(Instant.parse("2026-03-14T09:20:00Z"))
        .lastActivityAt(Instant.parse("2026-03-14T10:02:17.250Z"))
        .tokens(TokenUsage.builder().input(52340).output(9120).cacheCreation(18230).cacheRead(402113).build())
        .costUsd(new BigDecimal("1.874215"))
        .build(), usage);
  }

  @Test
  void getReadsTheSessionAndItsMessages() {
    String detail = COMPOSE_SESSION.substring(0, COMPOSE_SESSION.lastIndexOf('}')) + """
        , "messages": [
          {"id": "msg_1", "role": "user", "content": "Add a refund button to the order page",
           "created_at": "2026-03-14T09:20:05Z"},
          {"id": "msg_2", "role": "assistant", "created_at": "2026-03-14T09:21:40.5Z",
           "content": [{"type": "text", "text": "Done: see OrderPage.tsx"},
                       {"type": "tool_use", "name": "edit_file", "input": {"path": "src/OrderPage.tsx"}}],
           "model": "claude-sonnet-4-5"}
        ]}""";
    wm.stubFor(get(urlPathEqualTo(SESSIONS + "/cs%2001")).willReturn(okJson(detail)));

    ComposeSessionDetail s = timbal.composeSessions().get(GetComposeSessionRequest.builder()
        .orgId("acme").projectId("support-bot").sessionId("cs 01").build());

    LoggedRequest request = onlyRequest(wm);
    assertEquals(SESSIONS + "/cs%2001", request.getUrl());
    assertEquals(BEARER, request.getHeader("Authorization"));
    assertEquals("cs_01HV8Z3K7Q", s.id());
    assertEquals(Optional.of(new BigDecimal("1.874215")), s.costUsd());
    assertEquals(63, s.toolCallCount());
    assertEquals(2, s.messages().size());
    ComposeMessage first = s.messages().get(0);
    assertEquals(Optional.of("msg_1"), first.id());
    assertEquals(Optional.of("user"), first.role());
    assertEquals("Add a refund button to the order page", first.content().orElseThrow().asText());
    assertEquals(Optional.of(Instant.parse("2026-03-14T09:20:05Z")), first.createdAt());
    assertTrue(first.additionalProperties().isEmpty());
    ComposeMessage second = s.messages().get(1);
    assertEquals(Optional.of("assistant"), second.role());
    assertEquals("edit_file", second.content().orElseThrow().at("/1/name").asText());
    assertEquals(Optional.of(Instant.parse("2026-03-14T09:21:40.500Z")), second.createdAt());
    assertEquals("claude-sonnet-4-5", second.additionalProperties().get("model").asText());
    assertTrue(s.additionalProperties().isEmpty(), "messages is a field, not an extra");
    assertEquals("cs_01HV8Z3K7Q", s.toSessionUsage().id());
    assertEquals(402113, s.toSessionUsage().tokens().cacheRead());
  }

  @Test
  void getReadsTheJune2026ShapeWithItsMessages() {
    String detail = COMPOSE_SESSION_JUNE_2026.substring(0, COMPOSE_SESSION_JUNE_2026.lastIndexOf('}')) + """
        , "messages": [{"type": "user", "uuid": "5e0c", "message": {"role": "user", "content": "Add a CSV export"}}]}""";
    wm.stubFor(get(urlPathEqualTo(SESSIONS + "/019d1bbe-2f61-7393-afa7-6bb770878c9b")).willReturn(okJson(detail)));

    ComposeSessionDetail s = timbal.composeSessions().get(GetComposeSessionRequest.builder()
        .orgId("acme").projectId("support-bot").sessionId("019d1bbe-2f61-7393-afa7-6bb770878c9b").build());

    assertEquals(SESSIONS + "/019d1bbe-2f61-7393-afa7-6bb770878c9b", onlyRequest(wm).getUrl());
    assertFalse(s.reportsUsage());
    assertEquals(Optional.of("Add a CSV export to the invoices page and stream the rows instead of buil…"),
        s.firstPrompt());
    assertEquals(Optional.empty(), s.toSessionUsage().costUsd());
    ComposeMessage m = s.messages().get(0);
    assertEquals(Optional.empty(), m.role(), "this message keeps its role under message");
    assertEquals("user", m.additionalProperties().get("message").get("role").asText());
    assertEquals("user", m.additionalProperties().get("type").asText());
    assertTrue(s.additionalProperties().isEmpty());
  }

  @Test
  void aMissingSessionIsANotFoundWithTheServersMessage() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS + "/nope")).willReturn(aResponse().withStatus(404)
        .withBody("{\"code\": \"not_found\", \"message\": \"Session nope not found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> timbal.composeSessions()
        .get(GetComposeSessionRequest.builder().orgId("acme").projectId("support-bot").sessionId("nope").build()));

    assertEquals("Session nope not found", e.detail().message());
    assertEquals(Optional.of("not_found"), e.detail().code());
  }

  @Test
  void aBadKeyIsAnAuthenticationErrorThatNeverShowsTheKey() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(aResponse().withStatus(401)
        .withBody("{\"code\": \"invalid_api_key\", \"message\": \"Invalid API key\"}")));

    AuthenticationException e = assertThrows(AuthenticationException.class, () -> timbal.composeSessions().list(acme));

    assertEquals("Invalid API key", e.detail().message());
    assertFalse(e.getMessage().contains(dev.sessionkit.timbal.testing.TimbalWireMock.API_KEY), e.getMessage());
  }

  @Test
  void aBodyThatIsNotTheExpectedJsonIsAParseError() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[" + COMPOSE_SESSION + "] trailing")));

    ResponseParseException e = assertThrows(ResponseParseException.class, () -> timbal.composeSessions().list(acme));

    assertTrue(e.getMessage().startsWith("could not read the response of GET "), e.getMessage());
  }

  @Test
  void aSessionMissingARequiredFieldIsAParseErrorThatNamesIt() {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[" + COMPOSE_SESSION.replace("\"uid\"", "\"uuid\"")
        + "]")));

    ResponseParseException e = assertThrows(ResponseParseException.class, () -> timbal.composeSessions().list(acme));

    assertTrue(e.getMessage().contains("uid"), e.getMessage());
  }

  @Test
  void asyncListAndGetMirrorTheSyncCalls() throws Exception {
    wm.stubFor(get(urlPathEqualTo(SESSIONS)).willReturn(okJson("[" + COMPOSE_SESSION + "]")));
    wm.stubFor(get(urlPathEqualTo(SESSIONS + "/cs_01HV8Z3K7Q")).willReturn(okJson(COMPOSE_SESSION)));
    RequestOptions options = RequestOptions.builder().timeout(Duration.ofSeconds(5)).header("X-Trace", "a1").build();

    List<ComposeSession> list = timbal.async().composeSessions().list(acme.toBuilder().userId("usr_7Hq2").build(),
        options).get();
    List<ComposeSession> filtered = timbal.async().composeSessions().list(acme.toBuilder().userId("usr_9").build(),
        options).get();
    ComposeSessionDetail one = timbal.async().composeSessions().get(GetComposeSessionRequest.builder()
        .orgId("acme").projectId("support-bot").sessionId("cs_01HV8Z3K7Q").build()).get();

    assertEquals("cs_01HV8Z3K7Q", list.get(0).id());
    assertEquals(List.of(), one.messages());
    assertEquals(List.of(), filtered, "the async listing filters as the blocking one does");
    wm.verify(getRequestedFor(urlPathEqualTo(SESSIONS)).withQueryParam("user_id", equalTo("usr_9"))
        .withHeader("X-Trace", equalTo("a1")).withHeader("Authorization", equalTo(BEARER)));
  }

  @Test
  void theRequestsValidateAndCopyTheirFields() {
    assertEquals("Cannot build GetComposeSessionRequest, some of required attributes are not set [sessionId]",
        assertThrows(IllegalStateException.class, () -> GetComposeSessionRequest.builder().build()).getMessage());
    assertEquals("sessionId", assertThrows(NullPointerException.class,
        () -> GetComposeSessionRequest.builder().sessionId(null)).getMessage());
    assertEquals("sessionId must not be blank",
        assertThrows(IllegalArgumentException.class, () -> GetComposeSessionRequest.builder().sessionId(" ").build())
            .getMessage());
    assertEquals("userId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListComposeSessionsRequest.builder().userId("").build())
            .getMessage());
    assertEquals("rev must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListComposeSessionsRequest.builder().rev(" ").build())
            .getMessage());
    assertEquals("orgId must not be blank (pass null to leave it unset)",
        assertThrows(IllegalArgumentException.class, () -> ListComposeSessionsRequest.builder().orgId(" ").build())
            .getMessage());
    ListComposeSessionsRequest list = acme.toBuilder().userId("u").build().toBuilder().build();
    assertEquals("ListComposeSessionsRequest{orgId=acme, projectId=support-bot, userId=u}", list.toString());
    ListComposeSessionsRequest both = list.toBuilder().rev("main").build().toBuilder().build();
    assertEquals(Optional.of("main"), both.rev());
    assertEquals(Optional.of("u"), both.userId());
    assertEquals("ListComposeSessionsRequest{orgId=acme, projectId=support-bot, userId=u, rev=main}",
        both.toString());
    assertEquals(Optional.empty(), both.toBuilder().rev((String) null).build().rev());
    GetComposeSessionRequest get = GetComposeSessionRequest.builder().sessionId("s").build().toBuilder().build();
    assertEquals("s", get.sessionId());
    assertEquals("GetComposeSessionRequest{sessionId=s}", get.toString());
  }
}
