package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.core.usage.Vendor;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one view across vendors ({@link SessionUsage}) of every session each fake serves, worked out here from the
 * fake's JSON: what a cost report built on the SDK adds up.
 */
class UsageViewAgainstFakesTest {
  @RegisterExtension
  static SessionKitFakes fakes = new SessionKitFakes().agentScope(b -> b.serverTimeZone(ZoneId.of("Europe/Zurich")))
      .perClass();

  static TokenUsage tokens(JsonNode raw, String input, String output, String cacheCreation, String cacheRead) {
    return TokenUsage.builder().input(raw.path(input).asLong()).output(raw.path(output).asLong())
        .cacheCreation(raw.path(cacheCreation).asLong()).cacheRead(raw.path(cacheRead).asLong()).build();
  }

  @Test
  void timbalComposeSessions(FakeTimbal fake, TimbalClient client) {
    List<ComposeSession> sessions = client.composeSessions().list(ListComposeSessionsRequest.builder().build());
    List<JsonNode> raw = new ArrayList<>(fake.composeSessionsJson());
    assertEquals(raw.size(), sessions.size());
    BigDecimal total = BigDecimal.ZERO;
    for (int i = 0; i < raw.size(); i++) {
      JsonNode r = Sdk.reparsed(raw.get(i));
      SessionUsage expected = SessionUsage.builder().vendor(Vendor.TIMBAL).id(r.get("id").asText())
          .status(r.get("status").asText()).model(Sdk.text(r, "model")).startedAt(Sdk.iso(r, "created_at"))
          .lastActivityAt(Sdk.iso(r, "last_active_at"))
          .tokens(tokens(r, "input_tokens", "output_tokens", "cache_creation_tokens", "cache_read_tokens"))
          .costUsd(r.get("cost_usd").decimalValue()).build();
      assertEquals(expected, sessions.get(i).toSessionUsage());
      total = total.add(sessions.get(i).toSessionUsage().costUsd().orElseThrow());
    }
    assertTrue(total.signum() > 0, "the seeded sessions cost something");
  }

  @Test
  void syntropicSessions(FakeSyntropic fake, SyntropicClient client) {
    List<Session> sessions = new ArrayList<>();
    client.sessions().listAll(dev.sessionkit.syntropic.sessions.ListSessionsRequest.builder().build())
        .forEach(sessions::add);
    List<JsonNode> raw = new ArrayList<>(fake.sessionsJson());
    assertEquals(raw.size(), sessions.size());
    for (int i = 0; i < raw.size(); i++) {
      JsonNode r = Sdk.reparsed(raw.get(i));
      SessionUsage expected = SessionUsage.builder().vendor(Vendor.SYNTROPIC).id(r.get("id").asText())
          .status(r.get("status").asText()).model(Sdk.text(r, "agent_model")).startedAt(Sdk.pythonStr(r, "started_at"))
          // A session still going on has no completion time: its last activity is its start.
          .lastActivityAt(Sdk.pythonStr(r, "completed_at").or(() -> Sdk.pythonStr(r, "started_at")))
          .tokens(tokens(r, "input_tokens", "output_tokens", "cache_creation_tokens", "cache_read_tokens"))
          .costUsd(new BigDecimal(r.get("total_cost_usd").asText())).build();
      assertEquals(expected, sessions.get(i).toSessionUsage());
    }
  }

  @Test
  void agentScopeSessionsWithTheirMessagesTokensAndWithoutACost(FakeAgentScope fake, AgentsClient client) {
    int seen = 0;
    int cached = 0;
    for (String agent : fake.agentIds("alice")) {
      List<SessionView> views = client.sessions()
          .list(dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId(agent).build()).sessions();
      List<JsonNode> raw = new ArrayList<>(fake.sessionsJson("alice", agent));
      assertEquals(raw.size(), views.size());
      for (int i = 0; i < raw.size(); i++) {
        JsonNode r = Sdk.reparsed(raw.get(i));
        JsonNode s = r.get("session");
        String model = Sdk.text(s.get("config").get("chat_model_config"), "model").orElseThrow();
        long in = 0;
        long out = 0;
        long cacheRead = 0;
        for (JsonNode m : fake.messagesJson(s.get("id").asText())) {
          JsonNode u = m.path("usage");
          // The fake's replies count as OpenAI's, DashScope's and Gemini's do: the input includes the cache
          // reads, and there are no cache writes. Its Anthropic replies have no cache tokens: AgentScope asks
          // Anthropic to cache nothing.
          assertEquals(0, u.path("cache_creation_input_tokens").asLong());
          assertTrue(u.path("cache_input_tokens").asLong() <= u.path("input_tokens").asLong(), u.toString());
          assertTrue(!model.startsWith("claude") || u.path("cache_input_tokens").asLong() == 0, u.toString());
          in += u.path("input_tokens").asLong() - u.path("cache_input_tokens").asLong();
          out += u.path("output_tokens").asLong();
          cacheRead += u.path("cache_input_tokens").asLong();
        }
        SessionUsage expected = SessionUsage.builder().vendor(Vendor.AGENTSCOPE).id(s.get("id").asText())
            .status(r.get("status").asText())
            .model(Sdk.text(s.get("config").get("chat_model_config"), "model"))
            .agentId(s.get("agent_id").asText())
            .startedAt(Sdk.naive(s, "created_at", fake.storageTimeZone()))
            .lastActivityAt(Sdk.naive(s, "updated_at", fake.storageTimeZone()))
            .tokens(TokenUsage.builder().input(in).output(out).cacheRead(cacheRead).build()).build();
        SessionUsage actual = client.sessions().usage(views.get(i));
        assertEquals(expected, actual);
        assertEquals(Optional.empty(), actual.costUsd(), "AgentScope reports no cost");
        // The listed view alone has no context to sum: current servers clear it.
        assertEquals(TokenUsage.zero(), views.get(i).toSessionUsage().tokens());
        seen += in > 0 ? 1 : 0;
        cached += cacheRead > 0 ? 1 : 0;
      }
    }
    assertTrue(seen > 2);
    assertTrue(cached > 2);
  }
}
