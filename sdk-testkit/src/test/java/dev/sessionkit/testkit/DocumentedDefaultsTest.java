package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.messages.ListMessagesRequest;
import dev.sessionkit.agents.messages.MessageOrder;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.sessions.GetComposeSessionRequest;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every default that the fakes' Javadoc and the README's testkit tables state, one assertion each, so that the
 * documentation cannot go stale. A change here is a change of those tables.
 */
@ExtendWith(SessionKitFakes.class)
class DocumentedDefaultsTest {
  private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern HEX32 = Pattern.compile("[0-9a-f]{32}");

  @Test
  void everyFake() {
    assertEquals(42L, FakeServer.DEFAULT_SEED);
    assertEquals(Instant.parse("2026-05-01T12:00:00Z"), FakeServer.DEFAULT_REFERENCE_TIME);
  }

  @Test
  void timbal(FakeTimbal fake, TimbalClient client) {
    assertEquals("tk_test_sessionkit", fake.apiKey());
    assertEquals("org_demo", fake.orgId());
    assertEquals("proj_demo", fake.projectId());
    assertEquals(4, fake.userIds().size());
    fake.userIds().forEach(id -> assertTrue(id.matches("usr_[0-9a-f]{12}"), id));
    assertEquals(3, fake.workforceIds().size());
    fake.workforceIds().forEach(id -> assertTrue(id.matches("wf_[0-9a-f]{12}"), id));

    assertEquals(20, fake.composeSessions().size());
    fake.composeSessions().forEach(s -> assertTrue(UUID.matcher(s.id()).matches(), s.id()));
    String first = fake.composeSessions().get(0).id();
    assertEquals(6, client.composeSessions().get(GetComposeSessionRequest.builder().sessionId(first).build())
        .messages().size());

    List<Run> runs = fake.runs();
    assertEquals(120, runs.size());
    runs.forEach(r -> assertTrue(r.id().matches("run_[0-9a-f]{24}"), r.id()));
    assertEquals(50, client.runs().list(SessionKitFakesTest.ALL_RUNS).items().size(), "pages of 50");
    assertEquals(3, java.util.stream.StreamSupport.stream(client.runs().listAll(SessionKitFakesTest.ALL_RUNS).pages().spliterator(), false).count(), "three pages");
    assertTrue(runs.stream().allMatch(r -> !r.createdAt().isAfter(FakeServer.DEFAULT_REFERENCE_TIME)
        && r.createdAt().isAfter(FakeServer.DEFAULT_REFERENCE_TIME.minus(Duration.ofDays(31)))),
        "spread over the 30 days before the reference time");
    assertFalse(fake.runsJson().get(0).has("success"), "bodies are not wrapped");
  }

  @Test
  void syntropic(FakeSyntropic fake, SyntropicClient client) {
    assertEquals(60, fake.sessions().size());
    fake.sessions().forEach(s -> assertTrue(UUID.matcher(s.id()).matches(), s.id()));
    assertEquals(8, fake.sessionDetail(fake.sessions().get(0).id()).orElseThrow().operations().size());
    assertTrue(fake.baseUrl().endsWith("/api/v1"), fake.baseUrl());
    assertEquals(50, client.sessions().list(SessionKitFakesTest.allSessions()).sessions().size(), "limit 50");
    assertEquals(Optional.empty(), fake.requests().get(0).header("authorization"), "no auth");
    assertEquals(Optional.of(1), client.sessions().list(SessionKitFakesTest.allSessions()).page(),
        "the PAGED generation: the response says its page");
  }

  @Test
  void agentScope(FakeAgentScope fake, AgentsClient client) {
    assertEquals(List.of("alice", "bob"), fake.userIds());
    assertEquals(2, fake.agentIds("alice").size());
    assertEquals(2, fake.agentIds("bob").size());
    fake.agentIds("alice").forEach(id -> assertTrue(HEX32.matcher(id).matches(), id));
    int sessions = 0;
    for (String user : fake.userIds()) {
      for (String agent : fake.agentIds(user)) {
        sessions += fake.sessions(user, agent).size();
        fake.sessions(user, agent).forEach(v -> assertTrue(HEX32.matcher(v.session().id()).matches()));
      }
    }
    assertEquals(12, sessions);
    String agent = fake.agentIds("alice").get(0);
    String session = fake.sessions("alice", agent).get(0).session().id();
    assertEquals(8, fake.messages(session).size());
    assertEquals(ZoneId.of("UTC"), fake.serverTimeZone());
    assertEquals(ZoneId.of("UTC"), fake.storageTimeZone());
    fake.clearRequests();
    assertEquals(MessageOrder.NEWEST_FIRST, client.sessions().messages()
        .list(ListMessagesRequest.builder().agentId(agent).sessionId(session).build()).order(),
        "paged by before, as 2.0.4.post1 and newer");
    assertEquals(Optional.of("alice"), fake.requests().get(0).header("x-user-id"), "the client is the first user's");
    String longSession = fake.addSession(new FakeAgentScope.SessionSpec().userId("alice").agentId(agent)
        .messages(60)).get("id").asText();
    assertEquals(50, Wire.get(fake.baseUrl() + "/sessions/" + longSession + "/messages?agent_id=" + agent,
        "x-user-id", "alice").json().get("messages").size(), "message pages of 50 when no limit is sent");
  }

  @Test
  void clientsOfAFakeRecordRetryWaitsInsteadOfSleeping(FakeTimbal fake, TimbalClient client) {
    fake.failNext(1, 429, 30);
    client.runs().list(SessionKitFakesTest.ALL_RUNS);
    assertEquals(List.of(Duration.ofSeconds(30)), fake.sleeps());
    assertEquals(2, fake.retryPolicy().maxRetries());
  }
}
