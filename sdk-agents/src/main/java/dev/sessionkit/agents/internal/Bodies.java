package dev.sessionkit.agents.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.sessions.ChatInput;
import dev.sessionkit.agents.sessions.ChatRequest;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.agents.sessions.FieldUpdate;
import dev.sessionkit.agents.sessions.UpdateSessionRequest;
import dev.sessionkit.core.internal.json.SessionKitJson;
import java.util.Optional;

/**
 * The JSON bodies of the write calls, built as trees: only a tree tells "not sent" (no field) from "cleared"
 * (an explicit {@code null}), which {@code PATCH} and {@code POST /chat/} both need.
 */
final class Bodies {
  private static final ObjectMapper MAPPER = SessionKitJson.mapper();

  private Bodies() {}

  static ObjectNode create(CreateSessionRequest r) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("agent_id", r.agentId());
    putIfPresent(body, "workspace_id", r.workspaceId());
    putIfPresent(body, "name", r.name());
    putIfPresent(body, "chat_model_config", r.chatModelConfig());
    putIfPresent(body, "fallback_chat_model_config", r.fallbackChatModelConfig());
    putIfPresent(body, "tts_model_config", r.ttsModelConfig());
    putIfPresent(body, "knowledge_config", r.knowledgeConfig());
    return body;
  }

  static ObjectNode update(UpdateSessionRequest r) {
    ObjectNode body = MAPPER.createObjectNode();
    put(body, "name", r.name());
    put(body, "chat_model_config", r.chatModelConfig());
    put(body, "fallback_chat_model_config", r.fallbackChatModelConfig());
    put(body, "tts_model_config", r.ttsModelConfig());
    put(body, "knowledge_config", r.knowledgeConfig());
    put(body, "cwd", r.cwd());
    put(body, "permission_mode", r.permissionMode());
    return body;
  }

  static ObjectNode chat(ChatRequest r) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("agent_id", r.agentId());
    body.put("session_id", r.sessionId());
    ChatInput input = r.input();
    if (input.message().isPresent()) {
      body.set("input", MAPPER.valueToTree(input.message().get()));
    } else if (input.messages().isPresent()) {
      ArrayNode messages = body.putArray("input");
      for (Message m : input.messages().get()) {
        messages.add(MAPPER.<JsonNode>valueToTree(m));
      }
    } else {
      body.putNull("input");
    }
    return body;
  }

  private static void putIfPresent(ObjectNode body, String field, Optional<?> value) {
    value.ifPresent(v -> body.set(field, MAPPER.valueToTree(v)));
  }

  private static void put(ObjectNode body, String field, FieldUpdate<?> update) {
    if (update.isClear()) {
      body.putNull(field);
    } else {
      putIfPresent(body, field, update.value());
    }
  }
}
