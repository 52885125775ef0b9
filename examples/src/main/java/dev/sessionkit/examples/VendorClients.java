package dev.sessionkit.examples;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.testkit.FakeAgentScope;
import dev.sessionkit.testkit.FakeServer;
import dev.sessionkit.testkit.FakeSyntropic;
import dev.sessionkit.testkit.FakeTimbal;
import dev.sessionkit.timbal.TimbalClient;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The examples' clients: the real services when their settings are in the environment, else the SDK's fake
 * servers (started on first use, closed by {@link #close()}). Each client is made once, with the listener
 * given to the constructor (for instance OpenTelemetry's).
 */
final class VendorClients implements AutoCloseable {
  private final Map<String, String> env;
  private final RequestListener listener;
  private final List<FakeServer> fakes = new ArrayList<>();
  private final List<String> origins = new ArrayList<>();
  private TimbalClient timbal;
  private SyntropicClient syntropic;
  private AgentsClient agentScope;
  private List<String> agentIds;

  VendorClients(Map<String, String> env) {
    this(env, RequestListener.none());
  }

  /**
   * @param env the environment variables that choose between the real services and the fakes
   * @param listener given to every client's builder
   */
  VendorClients(Map<String, String> env, RequestListener listener) {
    this.env = env;
    this.listener = listener;
  }

  /** Which service each client talks to, in the order they were made. */
  List<String> origins() {
    return origins;
  }

  /** Timbal: {@code TIMBAL_API_KEY} and the other {@code TIMBAL_*} settings, or a fake. */
  TimbalClient timbal() {
    if (timbal == null) {
      if (timbalConfigured()) {
        timbal = TimbalClient.builder().fromEnv().listener(listener).build();
        origins.add("Timbal: " + timbal.config().baseUrl());
      } else {
        FakeTimbal fake = track(FakeTimbal.start());
        timbal = TimbalClient.builder().baseUrl(fake.baseUrl()).apiKey(fake.apiKey())
            .orgId(fake.orgId()).projectId(fake.projectId()).listener(listener).build();
        origins.add("Timbal: fake server at " + fake.baseUrl());
      }
    }
    return timbal;
  }

  /** Syntropic137: {@code SYN_API_URL} and its credentials, or a fake with 450 sessions. */
  SyntropicClient syntropic() {
    if (syntropic == null) {
      if (syntropicConfigured()) {
        syntropic = SyntropicClient.builder().fromEnv().listener(listener).build();
        origins.add("Syntropic137: " + syntropic.config().baseUrl());
      } else {
        FakeSyntropic fake = track(FakeSyntropic.builder().sessions(450).start());
        syntropic = SyntropicClient.builder().baseUrl(fake.baseUrl()).listener(listener).build();
        origins.add("Syntropic137: fake server at " + fake.baseUrl());
      }
    }
    return syntropic;
  }

  /**
   * AgentScope: {@code AGENTSCOPE_API_URL} with {@code AGENTSCOPE_USER_ID} ({@code AGENTSCOPE_SERVER_TZ} names
   * the server host's zone when it is not UTC), or a fake as its first user.
   */
  AgentsClient agentScope() {
    if (agentScope == null) {
      if (agentScopeConfigured()) {
        agentScope = AgentsClient.builder().fromEnv().listener(listener).build();
        agentIds = Arrays.stream(env.getOrDefault("AGENTSCOPE_AGENT_IDS", "").split(","))
            .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toList());
        origins.add("AgentScope: " + agentScope.config().baseUrl());
      } else {
        FakeAgentScope fake = track(FakeAgentScope.start());
        String user = fake.userIds().get(0);
        agentScope = fake.clientBuilder().userId(user).listener(listener).build();
        agentIds = fake.agentIds(user);
        origins.add("AgentScope: fake server at " + fake.baseUrl());
      }
    }
    return agentScope;
  }

  /** The AgentScope agents to read: {@code AGENTSCOPE_AGENT_IDS} (comma-separated), or every agent of the fake. */
  List<String> agentIds() {
    agentScope();
    return agentIds;
  }

  /** Timbal as a failure line names it. */
  CommandLine.Service timbalService() {
    return timbalConfigured() ? new CommandLine.Service("Timbal", "TIMBAL_BASE_URL", "TIMBAL_")
        : CommandLine.Service.unconfigured("Timbal fake server");
  }

  /** Syntropic137 as a failure line names it. */
  CommandLine.Service syntropicService() {
    return syntropicConfigured() ? new CommandLine.Service("Syntropic137", "SYN_API_URL", "SYN_")
        : CommandLine.Service.unconfigured("Syntropic137 fake server");
  }

  /** AgentScope as a failure line names it. */
  CommandLine.Service agentScopeService() {
    return agentScopeConfigured() ? new CommandLine.Service("AgentScope", "AGENTSCOPE_API_URL", "AGENTSCOPE_")
        : CommandLine.Service.unconfigured("AgentScope fake server");
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
