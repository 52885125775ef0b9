package dev.sessionkit.readme;

// readme:begin use-it
import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.syntropic.SyntropicClient;
import dev.sessionkit.syntropic.sessions.ListSessionsRequest;
import dev.sessionkit.syntropic.sessions.Session;
import dev.sessionkit.timbal.TimbalClient;
import dev.sessionkit.timbal.runs.ListRunsRequest;
import dev.sessionkit.timbal.runs.Run;
import java.util.List;
// readme:end use-it

/** README, "Use it": compiled only, as it needs the real services. */
final class UseIt {
  private UseIt() {}

  static void useIt() {
    // readme:begin use-it
    TimbalClient timbal = TimbalClient.fromEnv();              // TIMBAL_API_KEY, TIMBAL_ORG_ID, …
    for (Run run : timbal.runs().listAll(ListRunsRequest.builder().status("error").build())) {
      System.out.println(run.id() + " " + run.costUsd());
    }

    SyntropicClient syn = SyntropicClient.builder().baseUrl("http://localhost:8137/api/v1").build();
    syn.sessions().listAll(ListSessionsRequest.builder().statuses(List.of("failed")).build())
        .stream().map(Session::toSessionUsage).forEach(System.out::println);

    AgentsClient agents = AgentsClient.builder().baseUrl("http://localhost:8000").userId("alice").build();
    try (EventStream<AgentEvent> events = agents.sessions().stream(SessionRef.of("agent-1", "session-1"))) {
      events.forEachRemaining(System.out::println);
    }
    // readme:end use-it
  }
}
