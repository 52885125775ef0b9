package dev.sessionkit.examples;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.testkit.FakeAgentScope;
import dev.sessionkit.testkit.FakeServer;
import dev.sessionkit.testkit.FakeSyntropic;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where the cost report's sessions come from: the real services when their settings are in the
 * environment, else the SDK's fake servers (started here, closed by {@link #close()}).
 */
final class UsageSources implements AutoCloseable {
  private final Map<String, String> env;
  private final List<FakeServer> fakes = new ArrayList<>();
  private final List<String> origins = new ArrayList<>();

  UsageSources(Map<String, String> env) {
    this.env = env;
  }

  /** Which service each vendor's figures came from, for the report's header. */
  List<String> origins() {
    return origins;
  }

  /** Every Timbal compose session of the project (one request: the endpoint has no paging). */
  Stream<SessionUsage> timbal() {
    TimbalClient client;
    if (timbalConfigured()) {
      client = TimbalClient.builder().fromEnv().build();
      origins.add("Timbal: " + client.config().baseUrl());
    } else {
      FakeTimbal fake = track(FakeTimbal.start());
      client = TimbalClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
          .orgId(fake.orgId()).projectId(fake.projectId()).build();
      origins.add("Timbal: fake server at " + fake.baseUrl());
    }
    List<ComposeSession> sessions = client.composeSessions().list(ListComposeSessionsRequest.builder().build());
    return sessions.stream().map(ComposeSession::toSessionUsage);
  }

  /** Every Syntropic137 session, past the API's 200-item limit (keyset paging under the hood). */
  Stream<SessionUsage> syntropic() {
    SyntropicClient client;
    if (syntropicConfigured()) {
      client = SyntropicClient.builder().fromEnv().build();
      origins.add("Syntropic137: " + client.config().baseUrl());
    } else {
      FakeSyntropic fake = track(FakeSyntropic.builder().sessions(450).start());
      client = SyntropicClient.builder().baseUrl(fake.baseUrl()).build();
      origins.add("Syntropic137: fake server at " + fake.baseUrl());
    }
    return client.sessions().listAll(dev.sessionkit.syntropic.sessions.ListSessionsRequest.builder().build())
        .stream().map(Session::toSessionUsage);
  }

  /**
   * The sessions of each AgentScope agent named in AGENTSCOPE_AGENT_IDS (or every agent of the fake), with the
   * tokens of their messages. AGENTSCOPE_SERVER_TZ names the server host's zone when it is not UTC.
   */
  Stream<SessionUsage> agentScope() {
    AgentsClient client;
    List<String> agentIds;
    if (agentScopeConfigured()) {
      client = AgentsClient.builder().fromEnv().build();
      agentIds = Arrays.stream(env.getOrDefault("AGENTSCOPE_AGENT_IDS", "").split(","))
          .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
      origins.add("AgentScope: " + client.config().baseUrl());
    } else {
      FakeAgentScope fake = track(FakeAgentScope.start());
      String user = fake.userIds().get(0);
      client = fake.clientBuilder().userId(user).build();
      agentIds = fake.agentIds(user);
      origins.add("AgentScope: fake server at " + fake.baseUrl());
    }
    // Current servers list sessions with their context cleared: the tokens come from each session's messages.
    return agentIds.stream().flatMap(agentId -> client.sessions()
        .list(dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId(agentId).build())
        .sessions().stream().map(view -> client.sessions().usage(view)));
  }

  /**
   * All three, one after the other, each item also passed to {@code progress}. A failure names the vendor,
   * and for a real service the environment variables to check (see {@link CommandLine}).
   */
  Stream<SessionUsage> all(Consumer<SessionUsage> progress) {
    return Stream.of(
        CommandLine.stream(timbalConfigured() ? new CommandLine.Service("Timbal", "TIMBAL_BASE_URL", "TIMBAL_")
            : CommandLine.Service.unconfigured("Timbal fake server"), this::timbal),
        CommandLine.stream(syntropicConfigured() ? new CommandLine.Service("Syntropic137", "SYN_API_URL", "SYN_")
            : CommandLine.Service.unconfigured("Syntropic137 fake server"), this::syntropic),
        CommandLine.stream(agentScopeConfigured()
            ? new CommandLine.Service("AgentScope", "AGENTSCOPE_API_URL", "AGENTSCOPE_")
            : CommandLine.Service.unconfigured("AgentScope fake server"), this::agentScope))
        .flatMap(vendor -> vendor).peek(progress);
  }

  private boolean timbalConfigured() {
    return env.containsKey("TIMBAL_API_KEY") || env.containsKey("TIMBAL_API_TOKEN");
  }

  private boolean syntropicConfigured() {
    return env.containsKey("SYN_API_URL");
  }

  private boolean agentScopeConfigured() {
    return env.containsKey("AGENTSCOPE_API_URL");
  }

  private <T extends FakeServer> T track(T fake) {
    fakes.add(fake);
    return fake;
  }

  @Override
  public void close() {
    for (FakeServer fake : fakes) {
      fake.close();
    }
  }
}
