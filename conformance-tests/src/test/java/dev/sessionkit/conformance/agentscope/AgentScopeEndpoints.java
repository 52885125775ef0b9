package dev.sessionkit.conformance.agentscope;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessagePage;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.sessions.ChatModelConfig;
import dev.sessionkit.agents.sessions.ChatRequest;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.agents.sessions.ListSessionsRequest;
import dev.sessionkit.agents.sessions.SessionKnowledgeConfig;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.agents.sessions.TtsModelConfig;
import dev.sessionkit.agents.sessions.UpdateSessionRequest;
import dev.sessionkit.agents.state.PermissionMode;
import dev.sessionkit.conformance.harness.Endpoint;
import dev.sessionkit.core.errors.ConflictException;
import dev.sessionkit.core.streaming.EventStream;
import java.util.List;

/**
 * What the suite drives on the AgentScope Agent Service: one entry per operation and scenario. Each scenario
 * takes its ids from the fake, so that it calls only its own operation.
 */
final class AgentScopeEndpoints {
  private AgentScopeEndpoints() {}

  private static ChatModelConfig model() {
    return ChatModelConfig.builder().type("openai_credential").credentialId("cred-1").model("gpt-4o")
        .putParameters("temperature", DoubleNode.valueOf(0.2)).build();
  }

  private static TtsModelConfig tts() {
    return TtsModelConfig.builder().type("dashscope_credential").credentialId("cred-2").model("qwen-tts")
        .putParameters("voice", TextNode.valueOf("Cherry")).build();
  }

  private static SessionKnowledgeConfig knowledge() {
    return SessionKnowledgeConfig.builder().addKnowledgeBaseIds("kb-handbook")
        .putParameters("top_k", IntNode.valueOf(5)).build();
  }

  static final List<Endpoint<AgentScopeRig>> ALL = List.of(
      new Endpoint<>("GET", "/sessions/", "an agent's sessions",
          rig -> rig.client.sessions().list(ListSessionsRequest.builder().agentId(rig.agent).build())),
      new Endpoint<>("POST", "/sessions/", "only the agent, then every field",
          rig -> {
            rig.client.sessions().create(CreateSessionRequest.builder().agentId(rig.agent).build());
            rig.client.sessions().create(CreateSessionRequest.builder().agentId(rig.agent).workspaceId("ws-1")
                .name("Quarterly report").chatModelConfig(model()).fallbackChatModelConfig(model())
                .ttsModelConfig(tts()).knowledgeConfig(knowledge()).build());
          }),
      new Endpoint<>("PATCH", "/sessions/{session_id}", "each field set, then each field cleared that can be",
          rig -> {
            String id = rig.sessionId();
            rig.client.sessions().update(UpdateSessionRequest.builder().agentId(rig.agent).sessionId(id)
                .name("Renamed").chatModelConfig(model()).fallbackChatModelConfig(model()).ttsModelConfig(tts())
                .knowledgeConfig(knowledge()).cwd("/workspace/app").permissionMode(PermissionMode.ACCEPT_EDITS)
                .build());
            rig.client.sessions().update(UpdateSessionRequest.builder().agentId(rig.agent).sessionId(id)
                .clearFallbackChatModelConfig().clearTtsModelConfig().clearKnowledgeConfig().clearCwd().build());
          }),
      new Endpoint<>("PATCH", "/sessions/{session_id}", "while a run is active: 409, a ConflictException",
          rig -> {
            String id = rig.sessionId();
            rig.client.sessions().chat(ChatRequest.builder().agentId(rig.agent).sessionId(id)
                .input(Message.user(rig.user, "Keep going.")).build());
            assertThrows(ConflictException.class, () -> rig.client.sessions().update(
                UpdateSessionRequest.builder().agentId(rig.agent).sessionId(id).name("Busy").build()));
          }),
      new Endpoint<>("DELETE", "/sessions/{session_id}", "a seeded session",
          rig -> rig.client.sessions().delete(SessionRef.of(rig.agent, rig.sessionId()))),
      new Endpoint<>("GET", "/sessions/{session_id}/messages", "the latest page, the page before it, every page",
          rig -> {
            String id = rig.sessionId();
            MessagePage latest = rig.client.sessions().messages().list(
                ListMessagesRequest.builder().agentId(rig.agent).sessionId(id).limit(10).build());
            latest.items().stream().findFirst().flatMap(Message::id).ifPresent(oldest -> rig.client.sessions().messages()
                .list(ListMessagesRequest.builder().agentId(rig.agent).sessionId(id).before(oldest).limit(10).build()));
            rig.client.sessions().messages().listAll(
                ListMessagesRequest.builder().agentId(rig.agent).sessionId(id).limit(7).build()).stream().count();
          }),
      new Endpoint<>("POST", "/chat/", "a user message",
          rig -> rig.client.sessions().chat(ChatRequest.builder().agentId(rig.agent).sessionId(rig.sessionId())
              .input(Message.user(rig.user, "What changed since yesterday?")).build())),
      new Endpoint<>("POST", "/chat/", "a second message while the first runs: 409",
          rig -> {
            ChatRequest chat = ChatRequest.builder().agentId(rig.agent).sessionId(rig.sessionId())
                .input(Message.user(rig.user, "One thing at a time.")).build();
            rig.client.sessions().chat(chat);
            assertThrows(ConflictException.class, () -> rig.client.sessions().chat(chat));
          }),
      new Endpoint<>("GET", "/sessions/{session_id}/stream", "the events of a chat run, to the end",
          rig -> {
            String id = rig.sessionId();
            rig.client.sessions().chat(ChatRequest.builder().agentId(rig.agent).sessionId(id)
                .input(Message.user(rig.user, "Summarise the thread.")).build());
            try (EventStream<AgentEvent> events = rig.client.sessions().stream(SessionRef.of(rig.agent, id))) {
              events.forEachRemaining(e -> { });
            }
          }),
      new Endpoint<>("GET", "/sessions/{session_id}/status", "a seeded session",
          rig -> rig.client.sessions().status(SessionRef.of(rig.agent, rig.sessionId()))),
      new Endpoint<>("POST", "/sessions/{session_id}/interrupt", "an idle session, then one with a run",
          rig -> {
            String id = rig.sessionId();
            rig.client.sessions().interrupt(SessionRef.of(rig.agent, id));
            rig.client.sessions().chat(ChatRequest.builder().agentId(rig.agent).sessionId(id)
                .input(Message.user(rig.user, "Start something long.")).build());
            rig.client.sessions().interrupt(SessionRef.of(rig.agent, id));
          }));
}
