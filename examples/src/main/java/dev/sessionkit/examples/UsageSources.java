package dev.sessionkit.examples;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.core.RequestListener;
import dev.sessionkit.core.usage.SessionUsage;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.sessions.ComposeSession;
import dev.sessionkit.timbal.sessions.ListComposeSessionsRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Where the cost report's sessions come from: the real services when their settings are in the
 * environment, else the SDK's fake servers (see {@link VendorClients}; closed by {@link #close()}).
 */
final class UsageSources implements AutoCloseable {
  private final VendorClients clients;

  UsageSources(Map<String, String> env) {
    this(env, RequestListener.none());
  }

  /**
   * @param env the environment variables that choose between the real services and the fakes
   * @param listener given to every client (see {@link VendorClients})
   */
  UsageSources(Map<String, String> env, RequestListener listener) {
    this.clients = new VendorClients(env, listener);
  }

  /** The clients the sessions are read with. */
  VendorClients clients() {
    return clients;
  }

  /** Which service each vendor's figures came from, for the report's header. */
  List<String> origins() {
    return clients.origins();
  }

  /** Every Timbal compose session of the project (one request: the endpoint has no paging). */
  Stream<SessionUsage> timbal() {
    List<ComposeSession> sessions = clients.timbal().composeSessions().list(ListComposeSessionsRequest.builder().build());
    return sessions.stream().map(ComposeSession::toSessionUsage);
  }

  /** Every Syntropic137 session, past the API's 200-item limit (keyset paging under the hood). */
  Stream<SessionUsage> syntropic() {
    return clients.syntropic().sessions()
        .listAll(dev.sessionkit.syntropic.sessions.ListSessionsRequest.builder().build())
        .stream().map(Session::toSessionUsage);
  }

  /**
   * The sessions of each AgentScope agent named in AGENTSCOPE_AGENT_IDS (or every agent of the fake), with the
   * tokens of their messages.
   */
  Stream<SessionUsage> agentScope() {
    AgentsClient client = clients.agentScope();
    // Current servers list sessions with their context cleared: the tokens come from each session's messages.
    return clients.agentIds().stream().flatMap(agentId -> client.sessions()
        .list(dev.sessionkit.agents.sessions.ListSessionsRequest.builder().agentId(agentId).build())
        .sessions().stream().map(view -> client.sessions().usage(view)));
  }

  /**
   * All three, one after the other, each item also passed to {@code progress}. A failure names the vendor,
   * and for a real service the environment variables to check (see {@link CommandLine}).
   */
  Stream<SessionUsage> all(Consumer<SessionUsage> progress) {
    return Stream.of(
        CommandLine.stream(clients.timbalService(), this::timbal),
        CommandLine.stream(clients.syntropicService(), this::syntropic),
        CommandLine.stream(clients.agentScopeService(), this::agentScope))
        .flatMap(vendor -> vendor).peek(progress);
  }

  @Override
  public void close() {
    clients.close();
  }
}
