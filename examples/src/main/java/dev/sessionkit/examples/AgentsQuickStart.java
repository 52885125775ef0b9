package dev.sessionkit.examples;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.sessions.ListSessionsRequest;
import dev.sessionkit.agents.sessions.SessionList;
import dev.sessionkit.agents.sessions.SessionView;
import dev.sessionkit.testkit.FakeAgentScope;
import java.io.PrintStream;

/** AgentScope in a minute: an agent's sessions, which are running, and their token usage. */
public final class AgentsQuickStart {
  private AgentsQuickStart() {}

  /**
   * Runs against the fake AgentScope server (swap in {@code AgentsClient.fromEnv()} for a real one).
   *
   * @param args {@code --debug} for the stack trace of a failure (see {@code CommandLine}); nothing else
   */
  public static void main(String[] args) {
    CommandLine.main("agents-quick-start", args, call -> {
      call.noArguments();
      try (FakeAgentScope fake = FakeAgentScope.start()) {
        String user = fake.userIds().get(0);
        AgentsClient agents = AgentsClient.builder().baseUrl(fake.baseUrl()).userId(user)
            .serverTimeZone(fake.serverTimeZone()).build();
        run(agents, fake.agentIds(user).get(0), call.out());
      }
    });
  }

  static void run(AgentsClient agents, String agentId, PrintStream out) {
    SessionList list = agents.sessions().list(ListSessionsRequest.builder().agentId(agentId).build());
    out.println("agent " + agentId + ": " + list.sessions().size() + " sessions");
    for (SessionView v : list.sessions()) {
      out.println("  " + v.session().id() + (v.running() ? " (running)" : "") + " tokens "
          + v.toSessionUsage().tokens().total());
    }
  }
}
