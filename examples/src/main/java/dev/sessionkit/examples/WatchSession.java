package dev.sessionkit.examples;

import dev.sessionkit.agents.AgentsClient;
import dev.sessionkit.agents.events.AgentEvent;
import dev.sessionkit.agents.events.ReplyEndEvent;
import dev.sessionkit.agents.events.TextBlockDeltaEvent;
import dev.sessionkit.agents.messages.Message;
import dev.sessionkit.agents.sessions.ChatModelConfig;
import dev.sessionkit.agents.sessions.ChatRequest;
import dev.sessionkit.agents.sessions.CreateSessionRequest;
import dev.sessionkit.agents.sessions.SessionRef;
import dev.sessionkit.core.streaming.EventStream;
import dev.sessionkit.testkit.FakeAgentScope;
import java.io.PrintStream;

/** AgentScope: start a run in a new session and print its live event stream as it arrives. */
public final class WatchSession {
  private WatchSession() {}

  /**
   * Runs against the fake AgentScope server (swap in {@code AgentsClient.fromEnv()} for a real one).
   *
   * @param args {@code --debug} for the stack trace of a failure (see {@code CommandLine}); nothing else
   */
  public static void main(String[] args) {
    CommandLine.main("watch-session", args, call -> {
      call.noArguments();
      try (FakeAgentScope fake = FakeAgentScope.start()) {
        String user = fake.userIds().get(0);
        AgentsClient agents = AgentsClient.builder().baseUrl(fake.baseUrl()).userId(user).build();
        run(agents, fake.agentIds(user).get(0), call.out());
      }
    });
  }

  static void run(AgentsClient agents, String agentId, PrintStream out) {
    // A session needs a model to reply: the server fails a run without one at once (REPLY_END with an error).
    // On a real server, name a credential the user has stored.
    ChatModelConfig model = ChatModelConfig.builder().type("openai_credential").credentialId("cred-openai")
        .model("gpt-4o-mini").build();
    String sessionId = agents.sessions().create(CreateSessionRequest.builder().agentId(agentId)
        .name("release notes").chatModelConfig(model).build()).sessionId();
    SessionRef session = SessionRef.of(agentId, sessionId);
    agents.sessions().chat(ChatRequest.builder().session(session)
        .input(Message.user("alice", "Draft the release notes for 0.1.0")).build());
    out.println("session " + sessionId + ":");
    // The stream ends when the run does; try-with-resources closes the connection either way.
    try (EventStream<AgentEvent> events = agents.sessions().stream(session)) {
      while (events.hasNext()) {
        AgentEvent event = events.next();
        if (event instanceof TextBlockDeltaEvent) {
          out.print(((TextBlockDeltaEvent) event).delta());
        } else if (event instanceof ReplyEndEvent) {
          ReplyEndEvent end = (ReplyEndEvent) event;
          out.println("\n[" + event.type() + " " + end.finishedReason().map(Object::toString).orElse("")
              + end.error().map(e -> ": " + e.type() + ": " + e.message()).orElse("") + "]");
        } else {
          out.println("[" + event.type() + "]");
        }
      }
    }
  }
}
