package dev.sessionkit.agents.sessions;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static dev.sessionkit.agents.testing.AgentsFixtures.SESSION_RECORD;
import static dev.sessionkit.agents.testing.AgentsWireMock.USER_ID;
import static dev.sessionkit.agents.testing.AgentsWireMock.assertQueryNames;
import static dev.sessionkit.agents.testing.AgentsWireMock.client;
import static dev.sessionkit.agents.testing.AgentsWireMock.onlyRequest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.messages.TextBlock;
import dev.sessionkit.agents.state.PermissionMode;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.core.errors.UnprocessableEntityException;
import dev.sessionkit.core.errors.ValidationError;
import dev.sessionkit.core.testing.RecordingSleeper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code POST /sessions/}, {@code PATCH /sessions/{id}}, {@code DELETE /sessions/{id}}. */
class SessionWritesTest {
  @RegisterExtension
  static WireMockExtension wm = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private static final ChatModelConfig GPT = ChatModelConfig.builder().type("openai_chat")
      .credentialId("cred-openai-1").model("gpt-4o").putParameters("temperature", IntNode.valueOf(0)).build();
  private static final ChatModelConfig QWEN = ChatModelConfig.builder().type("dashscope_chat")
      .credentialId("cred-dashscope-2").model("qwen-max").build();
  private static final TtsModelConfig VOICE = TtsModelConfig.builder().type("dashscope_tts")
      .credentialId("cred-dashscope-2").model("qwen-tts").putParameters("voice", TextNode.valueOf("Cherry")).build();
  private static final SessionKnowledgeConfig HANDBOOK = SessionKnowledgeConfig.builder()
      .addKnowledgeBaseIds("kb-handbook", "kb-faq").putParameters("top_k", IntNode.valueOf(5)).build();

  private final RecordingSleeper sleeper = new RecordingSleeper();
  private final AgentsClient agents = client(wm, sleeper);

  @Test
  void createPostsEveryFieldSetAndReadsTheNewId() {
    wm.stubFor(post(urlPathEqualTo("/sessions/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"session_id\": \"sess-new-1\"}")));

    CreateSessionResponse created = agents.sessions().create(CreateSessionRequest.builder()
        .agentId("agt-7f3a").workspaceId("ws-docs-42").name("Release notes for 2.5")
        .chatModelConfig(GPT).fallbackChatModelConfig(QWEN).ttsModelConfig(VOICE).knowledgeConfig(HANDBOOK).build());

    assertEquals("sess-new-1", created.sessionId());
    LoggedRequest request = onlyRequest(wm);
    assertEquals("POST", request.getMethod().getName());
    assertEquals("/sessions/", request.getUrl());
    assertEquals(USER_ID, request.getHeader("x-user-id"));
    assertTrue(request.getHeader("Content-Type").startsWith("application/json"), request.getHeader("Content-Type"));
    wm.verify(postRequestedFor(urlPathEqualTo("/sessions/")).withRequestBody(equalToJson("""
        {"agent_id": "agt-7f3a", "workspace_id": "ws-docs-42", "name": "Release notes for 2.5",
         "chat_model_config": {"type": "openai_chat", "credential_id": "cred-openai-1", "model": "gpt-4o",
                               "parameters": {"temperature": 0}},
         "fallback_chat_model_config": {"type": "dashscope_chat", "credential_id": "cred-dashscope-2",
                                        "model": "qwen-max", "parameters": {}},
         "tts_model_config": {"type": "dashscope_tts", "credential_id": "cred-dashscope-2", "model": "qwen-tts",
                              "parameters": {"voice": "Cherry"}},
         "knowledge_config": {"knowledge_base_ids": ["kb-handbook", "kb-faq"], "parameters": {"top_k": 5}}}""")));
  }

  @Test
  void createSendsOnlyTheAgentIdWhenNothingElseIsSet() {
    wm.stubFor(post(urlPathEqualTo("/sessions/")).willReturn(aResponse().withStatus(201)
        .withHeader("Content-Type", "application/json").withBody("{\"session_id\": \"sess-new-2\"}")));

    agents.sessions().create(CreateSessionRequest.builder().agentId("agt-7f3a").build());

    // equalToJson is strict about extra fields: nothing the caller did not set is sent, not even as null.
    wm.verify(postRequestedFor(urlPathEqualTo("/sessions/")).withRequestBody(equalToJson("{\"agent_id\": \"agt-7f3a\"}")));
  }

  @Test
  void createIsNeverRetried() {
    wm.stubFor(post(urlPathEqualTo("/sessions/")).willReturn(aResponse().withStatus(503)));

    assertThrows(InternalServerException.class,
        () -> agents.sessions().create(CreateSessionRequest.builder().agentId("agt-7f3a").build()));

    assertEquals(1, wm.findAll(postRequestedFor(urlPathEqualTo("/sessions/"))).size());
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void createRefusedByValidationIsUnprocessableWithTheErrors() {
    wm.stubFor(post(urlPathEqualTo("/sessions/")).willReturn(aResponse().withStatus(422)
        .withHeader("Content-Type", "application/json").withBody("""
            {"detail": [{"type": "missing", "loc": ["body", "chat_model_config", "model"],
                         "msg": "Field required", "input": {"type": "openai_chat"}}]}""")));

    UnprocessableEntityException e = assertThrows(UnprocessableEntityException.class,
        () -> agents.sessions().create(CreateSessionRequest.builder().agentId("agt-7f3a").build()));

    List<ValidationError> errors = e.detail().validationErrors();
    assertEquals(1, errors.size());
    assertEquals(List.of("body", "chat_model_config", "model"), errors.get(0).location());
    assertEquals("Field required", errors.get(0).message());
    assertEquals(Optional.of("missing"), errors.get(0).type());
    assertEquals(422, e.statusCode());
  }

  @Test
  void updateSendsSetFieldsAndExplicitNullsOnlyAndReadsTheRecord() {
    wm.stubFor(patch(urlPathEqualTo("/sessions/sess-9c1e")).willReturn(okJson(SESSION_RECORD)));

    SessionRecord record = agents.sessions().update(UpdateSessionRequest.builder()
        .agentId("agt-7f3a").sessionId("sess-9c1e")
        .name("Release notes, v2")
        .clearFallbackChatModelConfig()
        .clearCwd()
        .permissionMode(PermissionMode.DONT_ASK)
        .build());

    LoggedRequest request = onlyRequest(wm);
    assertEquals("PATCH", request.getMethod().getName());
    assertEquals(USER_ID, request.getHeader("x-user-id"));
    assertQueryNames(request, "agent_id");
    // chat_model_config was neither set nor cleared: it must not be in the body at all.
    wm.verify(patchRequestedFor(urlPathEqualTo("/sessions/sess-9c1e"))
        .withQueryParam("agent_id", equalTo("agt-7f3a"))
        .withRequestBody(equalToJson("""
            {"name": "Release notes, v2", "fallback_chat_model_config": null, "cwd": null,
             "permission_mode": "dont_ask"}""")));

    assertEquals("sess-9c1e", record.id());
    assertEquals(SessionSource.USER, record.source());
    assertEquals(Optional.of("Release notes, v2"), record.config().name());
    assertEquals(Optional.empty(), record.config().chatModelConfig());
    assertEquals(Optional.empty(), record.config().fallbackChatModelConfig());
    assertEquals(Optional.empty(), record.teamId());
    assertEquals(Optional.of(Instant.parse("2026-05-02T08:00:00Z")), record.updatedAt());
    assertEquals(List.of(TextBlock.of("Notes drafted.")), record.state().summary().blocks());
    assertEquals("Notes drafted.", record.state().summary().asText());
  }

  @Test
  void updateSetsEveryModelAndTheKnowledgeBases() {
    wm.stubFor(patch(urlPathEqualTo("/sessions/sess-9c1e")).willReturn(okJson(SESSION_RECORD)));

    agents.sessions().update(UpdateSessionRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e")
        .chatModelConfig(GPT).fallbackChatModelConfig(QWEN).ttsModelConfig(VOICE).knowledgeConfig(HANDBOOK)
        .cwd("docs/release").build());

    wm.verify(patchRequestedFor(urlPathEqualTo("/sessions/sess-9c1e")).withRequestBody(equalToJson("""
        {"chat_model_config": {"type": "openai_chat", "credential_id": "cred-openai-1", "model": "gpt-4o",
                               "parameters": {"temperature": 0}},
         "fallback_chat_model_config": {"type": "dashscope_chat", "credential_id": "cred-dashscope-2",
                                        "model": "qwen-max", "parameters": {}},
         "tts_model_config": {"type": "dashscope_tts", "credential_id": "cred-dashscope-2", "model": "qwen-tts",
                              "parameters": {"voice": "Cherry"}},
         "knowledge_config": {"knowledge_base_ids": ["kb-handbook", "kb-faq"], "parameters": {"top_k": 5}},
         "cwd": "docs/release"}""")));
  }

  @Test
  void updateClearsWhatTheServerCanClear() {
    wm.stubFor(patch(urlPathEqualTo("/sessions/sess-9c1e")).willReturn(okJson(SESSION_RECORD)));

    agents.sessions().update(UpdateSessionRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e")
        .clearChatModelConfig().clearFallbackChatModelConfig().clearTtsModelConfig().clearKnowledgeConfig()
        .clearCwd().build());

    wm.verify(patchRequestedFor(urlPathEqualTo("/sessions/sess-9c1e")).withRequestBody(equalToJson("""
        {"chat_model_config": null, "fallback_chat_model_config": null, "tts_model_config": null,
         "knowledge_config": null, "cwd": null}""")));
  }

  @Test
  @SuppressWarnings("deprecation")
  void theNameCannotBeClearedAndTheBuilderSaysSoBeforeAnyRequest() {
    // The real server's SessionConfig.name is a str: "name": null is a 500 there (seen on agentscope da00849).
    UpdateSessionRequest.Builder b = UpdateSessionRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e");

    IllegalStateException e = assertThrows(IllegalStateException.class, b::clearName);

    assertEquals("name cannot be cleared: the Agent Service requires every session to have a name and answers "
        + "\"name\": null with a 500; set another name instead", e.getMessage());
    assertEquals("name must not be null", assertThrows(NullPointerException.class, () -> b.name(null)).getMessage());
    assertTrue(b.build().name().isUnchanged());
    assertEquals(0, wm.findAll(patchRequestedFor(urlPathEqualTo("/sessions/sess-9c1e"))).size());
  }

  @Test
  void anUpdateWhileARunIsActiveIsAConflictAndNeverRetried() {
    wm.stubFor(patch(urlPathEqualTo("/sessions/sess-9c1e")).willReturn(aResponse().withStatus(409)
        .withHeader("Content-Type", "application/json").withBody(
            "{\"detail\": \"Cannot modify session configuration while the session is running.\"}")));

    ConflictException e = assertThrows(ConflictException.class, () -> agents.sessions().update(
        UpdateSessionRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e").name("n").build()));

    assertEquals(409, e.statusCode());
    assertEquals("Cannot modify session configuration while the session is running.", e.detail().message());
    assertEquals(1, wm.findAll(patchRequestedFor(urlPathEqualTo("/sessions/sess-9c1e"))).size());
    assertEquals(List.of(), sleeper.sleeps());
  }

  @Test
  void anUpdateThatChangesNothingSendsAnEmptyObject() {
    wm.stubFor(patch(urlPathEqualTo("/sessions/sess-9c1e")).willReturn(okJson(SESSION_RECORD)));

    agents.sessions().update(UpdateSessionRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e").build());

    wm.verify(patchRequestedFor(urlPathEqualTo("/sessions/sess-9c1e")).withRequestBody(equalToJson("{}")));
  }

  @Test
  void theLastCallOnAFieldWins() {
    UpdateSessionRequest r = UpdateSessionRequest.builder().agentId("a").sessionId("s")
        .name("first").name("second").clearCwd().fallbackChatModelConfig(QWEN).cwd("docs").build();

    assertEquals(FieldUpdate.set("second"), r.name());
    assertEquals(FieldUpdate.set("docs"), r.cwd());
    assertEquals(FieldUpdate.set(QWEN), r.fallbackChatModelConfig());
    assertEquals(Optional.of(QWEN), r.fallbackChatModelConfig().value());
    assertTrue(r.chatModelConfig().isUnchanged());
    assertEquals("unchanged", r.ttsModelConfig().toString());
    assertTrue(r.knowledgeConfig().isUnchanged());
    assertEquals(r, r.toBuilder().build());
  }

  @Test
  void updateOfAnotherUsersSessionIsNotFoundAndNotRetried() {
    wm.stubFor(patch(urlPathEqualTo("/sessions/sess-x")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Session not found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class, () -> agents.sessions().update(
        UpdateSessionRequest.builder().agentId("agt-7f3a").sessionId("sess-x").name("n").build()));

    assertEquals("Session not found", e.detail().message());
    assertEquals(1, wm.findAll(patchRequestedFor(urlPathEqualTo("/sessions/sess-x"))).size());
  }

  @Test
  void updateNeedsBothIds() {
    assertEquals("UpdateSessionRequest: agentId is required but was not set", assertThrows(
        IllegalStateException.class, () -> UpdateSessionRequest.builder().sessionId("s").build()).getMessage());
    assertEquals("UpdateSessionRequest: sessionId is required but was not set", assertThrows(
        IllegalStateException.class, () -> UpdateSessionRequest.builder().agentId("a").build()).getMessage());
    assertEquals("sessionId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> UpdateSessionRequest.builder().sessionId("")).getMessage());
    assertEquals("agentId must not be null", assertThrows(NullPointerException.class,
        () -> UpdateSessionRequest.builder().agentId(null)).getMessage());
  }

  @Test
  void aSessionRefSetsBothIdsOfAnUpdate() {
    SessionRef ref = SessionRef.of("agt-7f3a", "sess-9c1e");

    UpdateSessionRequest r = UpdateSessionRequest.builder().session(ref).name("n").build();

    assertEquals(UpdateSessionRequest.builder().agentId("agt-7f3a").sessionId("sess-9c1e").name("n").build(), r);
    assertEquals(ref, r.ref());
    assertEquals("session must not be null", assertThrows(NullPointerException.class,
        () -> UpdateSessionRequest.builder().session(null)).getMessage());
  }

  @Test
  void aNullValueIsRefusedNamingTheFieldSinceClearingHasItsOwnMethod() {
    // In a PATCH, null would mean either "leave it" or "send null": the builder takes neither guess.
    UpdateSessionRequest.Builder b = UpdateSessionRequest.builder();

    assertEquals("chatModelConfig must not be null",
        assertThrows(NullPointerException.class, () -> b.chatModelConfig(null)).getMessage());
    assertEquals("fallbackChatModelConfig must not be null",
        assertThrows(NullPointerException.class, () -> b.fallbackChatModelConfig(null)).getMessage());
    assertEquals("ttsModelConfig must not be null",
        assertThrows(NullPointerException.class, () -> b.ttsModelConfig(null)).getMessage());
    assertEquals("knowledgeConfig must not be null",
        assertThrows(NullPointerException.class, () -> b.knowledgeConfig(null)).getMessage());
    assertEquals("cwd must not be null", assertThrows(NullPointerException.class, () -> b.cwd(null)).getMessage());
    assertEquals("permissionMode must not be null",
        assertThrows(NullPointerException.class, () -> b.permissionMode(null)).getMessage());
    assertEquals("value must not be null",
        assertThrows(NullPointerException.class, () -> FieldUpdate.set(null)).getMessage());
  }

  @Test
  void deleteSendsTheAgentIdAndAcceptsNoContent() {
    wm.stubFor(delete(urlPathEqualTo("/sessions/sess%2F9c1e")).willReturn(aResponse().withStatus(204)));

    agents.sessions().delete(SessionRef.of("agt-7f3a", "sess/9c1e"));

    LoggedRequest request = onlyRequest(wm);
    assertEquals("DELETE", request.getMethod().getName());
    assertQueryNames(request, "agent_id");
    wm.verify(deleteRequestedFor(urlPathEqualTo("/sessions/sess%2F9c1e"))
        .withQueryParam("agent_id", equalTo("agt-7f3a"))
        .withHeader("x-user-id", equalTo(USER_ID)));
  }

  @Test
  void deleteIsRetriedAfterAServerError() {
    wm.stubFor(delete(urlPathEqualTo("/sessions/sess-9c1e")).inScenario("flaky").whenScenarioStateIs("Started")
        .willReturn(aResponse().withStatus(503)).willSetStateTo("up"));
    wm.stubFor(delete(urlPathEqualTo("/sessions/sess-9c1e")).inScenario("flaky").whenScenarioStateIs("up")
        .willReturn(aResponse().withStatus(204)));

    agents.sessions().delete(SessionRef.of("agt-7f3a", "sess-9c1e"));

    assertEquals(2, wm.findAll(deleteRequestedFor(urlPathEqualTo("/sessions/sess-9c1e"))).size());
    assertEquals(1, sleeper.sleeps().size());
  }

  @Test
  void deleteOfAMissingSessionIsNotFound() {
    wm.stubFor(delete(urlPathEqualTo("/sessions/sess-x")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"detail\": \"Session not found\"}")));

    NotFoundException e = assertThrows(NotFoundException.class,
        () -> agents.sessions().delete(SessionRef.of("agt-7f3a", "sess-x"),
            RequestOptions.builder().maxRetries(0).build()));

    assertEquals("404 Not Found from DELETE /sessions/sess-x: Session not found", e.getMessage());
  }

  @Test
  void deleteRefusesAMissingSessionBeforeAnyRequest() {
    assertEquals("session must not be null",
        assertThrows(NullPointerException.class, () -> agents.sessions().delete(null)).getMessage());
    assertEquals(0, wm.getAllServeEvents().size());
  }

  @Test
  void createNeedsAnAgentId() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> CreateSessionRequest.builder().name("n").build());
    assertTrue(e.getMessage().contains("agentId"), e.getMessage());
    assertEquals(Map.of(), CreateSessionRequest.builder().agentId("a").build().chatModelConfig()
        .map(ChatModelConfig::parameters).orElse(Map.of()));
  }

  @Test
  void aCreateRefusesBlankIdsAndNullClearsAnOptionalField() {
    assertEquals("agentId must not be blank", assertThrows(IllegalArgumentException.class,
        () -> CreateSessionRequest.builder().agentId(" ").build()).getMessage());
    assertEquals("workspaceId must not be blank (pass null to leave it unset)", assertThrows(
        IllegalArgumentException.class, () -> CreateSessionRequest.builder().agentId("a").workspaceId("").build())
        .getMessage());
    String none = null;
    CreateSessionRequest r = CreateSessionRequest.builder().agentId("a").workspaceId("ws-1").name("n")
        .workspaceId(none).name(none).build();

    assertEquals(Optional.empty(), r.workspaceId());
    assertEquals(Optional.empty(), r.name());
    assertEquals(CreateSessionRequest.builder().agentId("a").build(), r);
  }
}
