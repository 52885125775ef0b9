package dev.sessionkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.core.RequestOptions;
import dev.sessionkit.core.paging.AutoPager;
import dev.sessionkit.core.paging.Page;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.core.usage.TokenUsage;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.syntropic.sessions.SessionDetail;
import dev.sessionkit.testkit.FakeAgentScope;
import dev.sessionkit.testkit.FakeSyntropic;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.GetRunRequest;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import dev.sessionkit.timbal.runs.RunDetail;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public surface of DESIGN.md, written as code outside the SDK would write it, from a named module.
 * It is a contract: if a name here stops compiling, code in the wild stops compiling too.
 */
class PublicSurfaceTest {
  @Test
  void timbal() throws Exception {
    try (FakeTimbal fake = FakeTimbal.start()) {
      TimbalClient timbal = TimbalClient.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl())
          .timeout(Duration.ofSeconds(30)).connectTimeout(Duration.ofSeconds(5)).maxRetries(1).userAgent("surface/1")
          .build();
      List<ComposeSession> s = timbal.composeSessions().list(
          ListComposeSessionsRequest.builder().orgId(fake.orgId()).projectId(fake.projectId()).build());
      assertFalse(s.isEmpty());
      ListRunsRequest request = ListRunsRequest.builder().orgId(fake.orgId()).projectId(fake.projectId())
          .status("success").from(Instant.parse("2026-01-01T00:00:00Z")).build();
      Page<Run> page = timbal.runs().list(request);
      AutoPager<Run> all = timbal.runs().listAll(request);
      long n = 0;
      for (Run run : all) {
        n++;
      }
      assertTrue(n >= page.items().size());
      RunDetail one = timbal.runs().get(GetRunRequest.builder().orgId(fake.orgId()).projectId(fake.projectId())
          .runId(page.items().get(0).id()).build());
      assertEquals(page.items().get(0).id(), one.id());
      CompletableFuture<Page<Run>> f = timbal.async().runs().list(request);
      assertEquals(page.items(), f.get().items());
      Page<Run> withOptions = timbal.runs().list(request, RequestOptions.builder().header("X-Trace", "t").build());
      assertEquals(page.items(), withOptions.items());
      SessionUsage u = s.get(0).toSessionUsage();
      assertTrue(u.costUsd().isPresent());
    }
  }

  @Test
  void syntropic() {
    try (FakeSyntropic fake = FakeSyntropic.builder().sessions(250).start()) {
      SyntropicClient syn = SyntropicClient.builder().baseUrl(fake.baseUrl()).build();
      dev.sessionkit.syntropic.sessions.ListSessionsRequest request = dev.sessionkit.syntropic.sessions.ListSessionsRequest
          .builder().statuses(List.of("running", "failed", "completed"))
          .startedAfter(Instant.parse("2026-01-01T00:00:00Z")).limit(200).build();
      dev.sessionkit.syntropic.sessions.SessionList first = syn.sessions().list(request);
      Stream<Session> all = syn.sessions().listAll(request).stream();
      assertTrue(all.count() >= first.sessions().size());
      SessionDetail detail = syn.sessions().get(first.sessions().get(0).id().substring(0, 8));
      assertEquals(first.sessions().get(0).id(), detail.id());
      SessionUsage u = detail.toSessionUsage();
      TokenUsage tokens = u.tokens();
      Optional<BigDecimal> cost = u.costUsd();
      assertTrue(tokens.total() >= 0 && cost.isPresent());
    }
  }

  @Test
  void agentScope() {
    try (FakeAgentScope fake = FakeAgentScope.start()) {
      String user = fake.userIds().get(0);
      String agentId = fake.agentIds(user).get(0);
      AgentsClient agents = AgentsClient.builder().baseUrl(fake.baseUrl()).userId(user).build();
      dev.sessionkit.agents.sessions.SessionList list = agents.sessions().list(
          dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId(agentId).build());
      SessionView v = list.sessions().get(0);
      assertEquals(v.session().id(), v.toSessionUsage().id());
      assertEquals(Optional.empty(), v.toSessionUsage().costUsd(), "AgentScope reports no cost");
      v.running();
      v.team();
      assertEquals(agentId, v.ref().agentId());
      try (EventStream<AgentEvent> events = agents.sessions().stream(v.ref())) {
        while (events.hasNext()) {
          events.next();
        }
      }
    }
  }
}
