package dev.sessionkit.agents.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.core.internal.json.SessionKitJson;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The fields a current server's session record has (agentscope da00849, storage/_model/_session.py). */
class SessionRecordFieldsTest {
  private final SessionKitJson json = new SessionKitJson(ZoneId.of("Asia/Shanghai"));

  @Test
  void aChannelSessionWithSpeechAndKnowledgeReadsEveryField() throws Exception {
    SessionRecord r = json.readerFor(SessionRecord.class).readValue("""
        {"id": "s-1", "user_id": "alice", "agent_id": "a-1", "source": "channel",
         "source_schedule_id": null, "source_chat_id": "chat-42", "source_channel_id": "ch-7", "team_id": null,
         "config": {"workspace_id": "ws-1", "name": "Support", "cwd": null,
           "chat_model_config": null, "fallback_chat_model_config": null,
           "tts_model_config": {"type": "dashscope_tts", "credential_id": "cred-2", "model": "qwen-tts",
                                "parameters": {"voice": "Cherry"}},
           "knowledge_config": {"knowledge_base_ids": ["kb-1", "kb-2"], "parameters": {"top_k": 5}}},
         "created_at": "2026-08-20T01:14:04.123456", "updated_at": "2026-08-20T01:15:00"}""");

    assertEquals(SessionSource.CHANNEL, r.source());
    assertEquals(Optional.of("chat-42"), r.sourceChatId());
    assertEquals(Optional.of("ch-7"), r.sourceChannelId());
    assertEquals(Optional.empty(), r.sourceScheduleId());
    TtsModelConfig tts = r.config().ttsModelConfig().orElseThrow();
    assertEquals("dashscope_tts", tts.type());
    assertEquals("cred-2", tts.credentialId());
    assertEquals("qwen-tts", tts.model());
    assertEquals("Cherry", tts.parameters().get("voice").asText());
    SessionKnowledgeConfig kb = r.config().knowledgeConfig().orElseThrow();
    assertEquals(List.of("kb-1", "kb-2"), kb.knowledgeBaseIds());
    assertEquals(5, kb.parameters().get("top_k").intValue());
    assertTrue(kb.additionalProperties().isEmpty());
    assertTrue(r.config().additionalProperties().isEmpty());
    assertTrue(r.additionalProperties().isEmpty());
    // Record times are storage times: naive UTC whatever the host zone (the reader's server zone here).
    assertEquals(Optional.of(Instant.parse("2026-08-20T01:14:04.123456Z")), r.createdAt());
    assertEquals(Optional.of(Instant.parse("2026-08-20T01:15:00Z")), r.updatedAt());
  }

  @Test
  void anEmptyKnowledgeConfigTakesItsDefaults() throws Exception {
    SessionKnowledgeConfig kb = json.readerFor(SessionKnowledgeConfig.class).readValue("{}");

    assertEquals(List.of(), kb.knowledgeBaseIds());
    assertTrue(kb.parameters().isEmpty());
  }
}
