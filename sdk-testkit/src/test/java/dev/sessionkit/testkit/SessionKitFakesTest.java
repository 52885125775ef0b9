package dev.sessionkit.testkit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.core.errors.ApiConnectionException;
import dev.sessionkit.core.errors.InternalServerException;
import dev.sessionkit.core.errors.NotFoundException;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class SessionKitFakesTest {
  private static void assertClosed(FakeServer fake) {
    assertThrows(UncheckedIOException.class, () -> Wire.get(fake.baseUrl() + "/"));
  }

  /**
   * One instance for the class, so that {@code @AfterAll} sees the fake each test got: a test's fake can only be
   * seen closed once its test is over. The tests themselves share nothing.
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class PerTest {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes().timbal(b -> b.runs(3).composeSessions(1));

    final List<FakeTimbal> handedOut = new ArrayList<>();
    FakeTimbal fromBeforeEach;

    @BeforeEach
    void setUp(FakeTimbal fake) {
      fromBeforeEach = fake;
      handedOut.add(fake);
    }

    @Test
    void startsAConfiguredFakeSharedWithTheTestsSetUp(FakeTimbal fake, FakeTimbal again, FakeSyntropic other) {
      assertEquals(3, fake.runsJson().size());
      assertEquals(1, fake.composeSessionsJson().size());
      assertSame(fake, again);
      assertSame(fromBeforeEach, fake);
      assertEquals(60, other.sessionsJson().size(), "the other fakes keep their defaults");
      assertEquals(200, FakeTimbalTest.get(fake, "/runs").status());
    }

    @Test
    void startsAFreshFakeForEachTest(FakeTimbal fake) {
      fake.addComposeSession(new FakeTimbal.ComposeSessionSpec());
      assertEquals(2, fake.composeSessionsJson().size(), "a fresh fake, whatever ran before");
      assertSame(fromBeforeEach, fake);
    }

    @AfterAll
    void closedEachTestsFakeAfterItsTest() {
      assertEquals(2, handedOut.size(), "a fake for each test");
      assertNotSame(handedOut.get(0), handedOut.get(1));
      handedOut.forEach(SessionKitFakesTest::assertClosed);
    }
  }

  /**
   * Like {@link PerTest}, {@code @AfterAll} sees the fake each test got, here to check that they were one, still
   * serving after the tests. (No {@code @BeforeAll} asks for a fake: one made there is the class's anyway.)
   */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class PerClass {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes().perClass();

    final List<FakeAgentScope> handedOut = new ArrayList<>();

    @BeforeEach
    void setUp(FakeAgentScope fake) {
      handedOut.add(fake);
    }

    @Test
    void givesTheTestTheFakeOfItsSetUp(FakeAgentScope fake, FakeAgentScope again) {
      assertSame(handedOut.get(handedOut.size() - 1), fake);
      assertSame(fake, again);
    }

    @Test
    void givesTheTestAClientOfThatFake(FakeAgentScope fake, AgentsClient client) {
      assertSame(handedOut.get(handedOut.size() - 1), fake);
      assertEquals(URI.create(fake.baseUrl()), client.config().baseUrl());
    }

    @AfterAll
    void sharedOneFakeThatOutlivesEachTest() {
      assertEquals(2, handedOut.size());
      assertSame(handedOut.get(0), handedOut.get(1), "one fake for the class");
      assertDoesNotThrow(() -> Wire.get(handedOut.get(0).baseUrl() + "/"), "still serving after the tests");
    }
  }

  @Nested
  @ExtendWith(SessionKitFakes.class)
  class ThroughTheConstructor {
    private final FakeSyntropic classFake;

    ThroughTheConstructor(FakeSyntropic classFake) {
      this.classFake = classFake;
    }

    @Test
    void givesTheTestTheFakeStartedForItsInstance(FakeSyntropic fake) {
      assertSame(classFake, fake);
    }
  }

  // ---- clients ---------------------------------------------------------------------------------------

  static final ListRunsRequest ALL_RUNS = ListRunsRequest.builder().build();

  static dev.sessionkit.syntropic.sessions.ListSessionsRequest allSessions() {
    return dev.sessionkit.syntropic.sessions.ListSessionsRequest.builder().build();
  }

  static dev.sessionkit.agents.sessions.ListSessionsRequest sessionsOf(String agentId) {
    return dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId(agentId).build();
  }

  @Nested
  @ExtendWith(SessionKitFakes.class)
  class Clients {
    @Test
    void aClientAloneTalksToAFakeStartedForIt(TimbalClient timbal, SyntropicClient syntropic, AgentsClient agents) {
      // No org, project, credentials or base URL named here: the fake's are set on the client.
      assertEquals(50, timbal.runs().list(ALL_RUNS).items().size());
      assertEquals(50, syntropic.sessions().list(allSessions()).sessions().size());
      NotFoundException e = assertThrows(NotFoundException.class, () -> agents.sessions().list(sessionsOf("agent-x")));
      assertEquals("Agent not found: agent-x", e.detail().message(), "a fake answered, in AgentScope's shape");
      for (URI url : List.of(timbal.config().baseUrl(), syntropic.config().baseUrl(), agents.config().baseUrl())) {
        assertEquals("127.0.0.1", url.getHost());
      }
    }

    @Test
    void aClientTalksToTheFakeItsTestGets(FakeTimbal fake, TimbalClient client) {
      fake.clearRequests();
      assertEquals(FakeTimbalTest.ids(fake.runsJson()).subList(0, 50),
          client.runs().list(ALL_RUNS).items().stream().map(r -> r.id()).toList());
      RecordedRequest r = fake.requests().get(0);
      assertEquals("/orgs/" + fake.orgId() + "/projects/" + fake.projectId() + "/runs", r.path());
      assertEquals(Optional.of("Bearer " + fake.apiKey()), r.header("authorization"));
      assertEquals(Optional.of(fake.orgId()), client.defaultOrgId());
      assertEquals(Optional.of(fake.projectId()), client.defaultProjectId());
      assertEquals(URI.create(fake.baseUrl()), client.config().baseUrl());
    }

    @Test
    void theClientMayBeAskedForBeforeItsFake(SyntropicClient client, FakeSyntropic fake, AgentsClient agents,
        FakeAgentScope agentScope) {
      fake.clearRequests();
      client.sessions().list(allSessions());
      assertEquals(1, fake.requests().size(), "the parameter's fake is the client's");
      assertEquals(URI.create(fake.baseUrl()), client.config().baseUrl());
      agentScope.clearRequests();
      String agent = agentScope.agentIds("alice").get(0);
      assertEquals(Optional.of((long) agentScope.sessionsJson("alice", agent).size()),
          agents.sessions().list(sessionsOf(agent)).total());
      assertEquals(Optional.of("alice"), agentScope.requests().get(0).header("x-user-id"), "the fake's first user");
    }

    @Test
    void aTestAndItsSetUpShareOneClient(TimbalClient client) {
      assertSame(fromSetUp, client);
    }

    TimbalClient fromSetUp;

    @BeforeEach
    void setUp(TimbalClient client) {
      fromSetUp = client;
    }
  }

  @Nested
  class AgentScopeClient {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes()
        .agentScope(b -> b.users("carol", "dave").serverTimeZone(ZoneId.of("America/New_York")));

    @Test
    void readsNaiveTimesInTheFakesZoneAsItsFirstUser(FakeAgentScope fake, AgentsClient client) {
      assertEquals(ZoneId.of("America/New_York"), client.config().serverTimeZone());
      assertEquals(fake.storageTimeZone(), client.config().storageTimeZone());
      String agent = fake.agentIds("carol").get(0);
      JsonNode raw = fake.sessionsJson("carol", agent).get(0).get("session");
      SessionView view = client.sessions().list(sessionsOf(agent)).sessions().get(0);
      // Record times are the storage's (UTC); the tasks in the state are stamped by the host's clock.
      assertEquals(Optional.of(LocalDateTime.parse(raw.get("created_at").asText())
          .atZone(ZoneId.of("UTC")).toInstant()), view.session().createdAt());
      JsonNode tasks = raw.get("state").get("tasks_context").get("tasks");
      for (int i = 0; i < tasks.size(); i++) {
        assertEquals(Optional.of(LocalDateTime.parse(tasks.get(i).get("created_at").asText())
            .atZone(ZoneId.of("America/New_York")).toInstant()), view.session().state().tasksContext().tasks().get(i)
            .createdAt());
      }
      assertEquals(Optional.of("carol"), fake.requests().get(fake.requests().size() - 1).header("x-user-id"));
    }
  }

  @Nested
  class SyntropicCredentials {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes().syntropic(b -> b.sessions(4).bearerToken("syn-token"));

    @Test
    void aFakeThatWantsATokenGetsOneFromItsClient(FakeSyntropic fake, SyntropicClient client) {
      assertEquals(4, client.sessions().list(allSessions()).sessions().size());
      assertEquals(Optional.of("Bearer syn-token"), fake.requests().get(0).header("authorization"));
    }
  }

  @Nested
  class SyntropicBasicCredentials {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes().syntropic(b -> b.sessions(4).basicAuth("ops", "s3cret"));

    @Test
    void aFakeThatWantsBasicCredentialsGetsThemFromItsClient(FakeSyntropic fake, SyntropicClient client) {
      assertEquals(4, client.sessions().list(allSessions()).sessions().size());
      assertTrue(fake.requests().get(0).header("authorization").orElseThrow().startsWith("Basic "));
    }
  }

  @Nested
  class ClientConfiguration {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes()
        .timbalClient(b -> b.maxRetries(0))
        .agentsClient(b -> b.userId("bob"))
        .syntropicClient(b -> b.userAgent("report-tests/1.0"));

    @Test
    void appliesTheConfigurationAfterTheFakesSettings(FakeTimbal timbal, TimbalClient client, FakeAgentScope agentScope,
        AgentsClient agents, FakeSyntropic syntropic, SyntropicClient syn) {
      timbal.failNext(1, 503);
      timbal.clearRequests();
      assertThrows(InternalServerException.class, () -> client.runs().list(ALL_RUNS));
      assertEquals(1, timbal.requests().size(), "no retries, as configured");

      String agent = agentScope.agentIds("bob").get(0);
      assertEquals(Optional.of((long) agentScope.sessionsJson("bob", agent).size()),
          agents.sessions().list(sessionsOf(agent)).total());
      assertEquals(Optional.of("bob"), agentScope.requests().get(0).header("x-user-id"));

      syn.sessions().list(allSessions());
      assertTrue(syntropic.requests().get(0).header("user-agent").orElseThrow().startsWith("report-tests/1.0 "));
    }

    @Test
    void refusesANullConfiguration() {
      assertThrows(NullPointerException.class, () -> fakes.timbalClient(null));
      assertThrows(NullPointerException.class, () -> fakes.syntropicClient(null));
      assertThrows(NullPointerException.class, () -> fakes.agentsClient(null));
    }
  }

  /** Like {@link PerTest}: {@code @AfterAll} checks each test's client once its test is over. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ClientsPerTest {
    @RegisterExtension
    // No retries: the call to a closed fake fails at once instead of backing off.
    final SessionKitFakes fakes = new SessionKitFakes().timbal(b -> b.runs(5)).timbalClient(b -> b.maxRetries(0));

    final List<TimbalClient> handedOut = new ArrayList<>();

    @BeforeEach
    void setUp(TimbalClient client) {
      handedOut.add(client);
    }

    @Test
    void getsAClientOfThisTestsFake(TimbalClient client, FakeTimbal fake) {
      fake.clearRequests();
      assertEquals(5, client.runs().list(ALL_RUNS).items().size());
      assertEquals(1, fake.requests().size(), "the client talks to the test's fake");
    }

    @Test
    void getsAClientOfItsOwn(TimbalClient client) {
      assertEquals(5, client.runs().list(ALL_RUNS).items().size());
    }

    @AfterAll
    void eachTestsClientTalkedToAFakeClosedAfterItsTest() {
      assertEquals(2, handedOut.size(), "a client for each test");
      assertNotSame(handedOut.get(0), handedOut.get(1));
      for (TimbalClient client : handedOut) {
        assertThrows(ApiConnectionException.class, () -> client.runs().list(ALL_RUNS), "the test's fake is closed");
      }
    }
  }

  /** Like {@link PerClass}, for clients. */
  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class ClientsPerClass {
    @RegisterExtension
    final SessionKitFakes fakes = new SessionKitFakes().syntropic(b -> b.sessions(3)).perClass();

    final List<SyntropicClient> handedOut = new ArrayList<>();

    @BeforeEach
    void setUp(SyntropicClient client) {
      handedOut.add(client);
    }

    @Test
    void givesTheTestTheClientOfItsSetUp(SyntropicClient client) {
      assertSame(handedOut.get(handedOut.size() - 1), client);
      assertEquals(3, client.sessions().list(allSessions()).sessions().size());
    }

    @Test
    void whoseFakeIsTheTestsFake(SyntropicClient client, FakeSyntropic fake) {
      assertSame(handedOut.get(handedOut.size() - 1), client);
      assertEquals(URI.create(fake.baseUrl()), client.config().baseUrl());
    }

    @AfterAll
    void sharedOneClientWhoseFakeOutlivesEachTest() {
      assertEquals(2, handedOut.size());
      assertSame(handedOut.get(0), handedOut.get(1), "one client for the class");
      assertEquals(3, handedOut.get(0).sessions().list(allSessions()).sessions().size(), "its fake still serves");
    }
  }

  @Nested
  @ExtendWith(SessionKitFakes.class)
  class ClientThroughTheConstructor {
    private final AgentsClient classClient;

    ClientThroughTheConstructor(AgentsClient classClient) {
      this.classClient = classClient;
    }

    @Test
    void isTheTestsClientAndTalksToTheTestsFake(AgentsClient client, FakeAgentScope fake) {
      assertSame(classClient, client);
      fake.clearRequests();
      client.sessions().list(sessionsOf(fake.agentIds("alice").get(0)));
      assertEquals(1, fake.requests().size());
      assertFalse(fake.requests().get(0).header("x-user-id").isEmpty());
    }
  }
}
