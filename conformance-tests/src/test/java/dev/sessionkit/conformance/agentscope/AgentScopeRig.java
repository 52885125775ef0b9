package dev.sessionkit.conformance.agentscope;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.conformance.harness.Rig;
import dev.sessionkit.testkit.FakeAgentScope;
import java.time.Duration;

/**
 * A FakeAgentScope as current servers answer (before/has_more paging: the document is agentscope da00849's)
 * behind a tap, and a client of the tap. The fake's pre-2.0.4 offset mode is not judged here: vendor-data has
 * no document of that version.
 */
final class AgentScopeRig extends Rig {
  static final String DOCUMENT = "agentscope/openapi.assembled.json";

  final FakeAgentScope fake;
  final AgentsClient client;
  final String user;
  final String agent;

  AgentScopeRig() {
    this(FakeAgentScope.builder().messagesPerSession(30).streamEventDelay(Duration.ZERO).start());
  }

  private AgentScopeRig(FakeAgentScope fake) {
    super(fake, fake.baseUrl(), DOCUMENT, "");
    this.fake = fake;
    this.client = fake.clientBuilder().baseUrl(tapUrl()).maxRetries(0).build();
    this.user = fake.userIds().get(0);
    this.agent = fake.agentIds(user).get(0);
  }

  /** The id of a seeded session of the rig's user and agent. */
  String sessionId() {
    return fake.sessionsJson(user, agent).get(0).path("session").path("id").asText();
  }
}
