package dev.sessionkit.agents.sessions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sessionkit.agents.messages.MessageUsage;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.state.AgentState;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link SessionView#toSessionUsage()}: the cross-vendor view of an AgentScope session. */
class SessionUsageTest {
  private static final Instant CREATED = Instant.parse("2026-05-01T09:00:00Z");
  private static final Instant UPDATED = Instant.parse("2026-05-01T12:34:56.789012Z");

  private static SessionRecord.Builder record() {
    return SessionRecord.builder().id("sess-9c1e").userId("alice").agentId("agt-7f3a")
        .createdAt(CREATED).updatedAt(UPDATED);
  }

  private static Message reply(long in, long out) {
    return Message.builder().name("Scribe").usage(MessageUsage.builder().inputTokens(in).outputTokens(out).build()).build();
  }

  @Test
  void tokensAreTheContextsUsageAddedUpAndTheModelIsTheSessions() {
    SessionView view = SessionView.builder().running(true).session(record()
        .config(SessionConfig.builder().chatModelConfig(ChatModelConfig.builder().type("openai_chat")
            .credentialId("cred-1").model("gpt-4o").build()).build())
        .state(AgentState.builder().addContext(Message.user("alice", "Go"), reply(1523, 312), reply(2210, 95)).build())
        .build()).build();

    SessionUsage usage = view.toSessionUsage();

    assertEquals(SessionUsage.builder().vendor(Vendor.AGENTSCOPE).id("sess-9c1e").status("running").model("gpt-4o")
        .agentId("agt-7f3a").startedAt(CREATED).lastActivityAt(UPDATED).tokens(TokenUsage.builder().input(3733).output(407).build())
        .build(), usage);
    assertEquals(Optional.empty(), usage.costUsd());
  }

  @Test
  void negativeOrOverflowingCountsFromTheServerNeverMakeTheUsageViewThrow() {
    SessionView view = SessionView.builder().session(record()
        .state(AgentState.builder().addContext(reply(-1, 40), reply(Long.MAX_VALUE, -7), reply(10, 2)).build())
        .build()).build();

    assertEquals(TokenUsage.builder().input(Long.MAX_VALUE).output(42).build(), view.toSessionUsage().tokens());
  }

  @Test
  void anIdleSessionWithoutModelOrContextHasNoTokens() {
    SessionUsage usage = SessionView.builder().session(record().build()).build().toSessionUsage();

    assertEquals("idle", usage.status());
    assertEquals(Optional.empty(), usage.model());
    assertEquals(TokenUsage.zero(), usage.tokens());
  }

  @Test
  void theServersStatusWinsOverIsRunning() {
    SessionUsage usage = SessionView.builder().session(record().build()).running(false)
        .status(SessionStatus.AWAITING_PERMISSION).build().toSessionUsage();

    assertEquals("awaiting_permission", usage.status());
  }
}
